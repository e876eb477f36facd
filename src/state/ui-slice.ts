import type { StateCreator } from 'zustand'

import type { ScenarioInput } from '@/engine/index'

import type { AppState } from './store'

export interface Notice {
  readonly id: number
  readonly tone: 'info' | 'warning' | 'error'
  readonly message: string
  /** The scenario before the change the notice reports, when the change threw away the user's edits: Undo restores it. */
  readonly undoScenario?: ScenarioInput
}

/** One step of a presentation story: a scenario, the view that shows it, and what to say about it. */
export interface StoryStep {
  readonly id: string
  readonly title: string
  /** Plain words; {cost}, {fold} … are filled from the live result when the step is shown. */
  readonly message: string
  readonly input: ScenarioInput
  readonly view: string
  readonly presetId?: string
}

export interface Story {
  readonly title: string
  readonly steps: readonly StoryStep[]
}

export interface UiSlice {
  readonly activeView: string
  readonly presentation: boolean
  readonly notices: readonly Notice[]
  /** The user's own story; null means the default story. */
  readonly story: Story | null
  /** The story step on screen; null while showing the user's own scenario. */
  readonly storyStep: number | null
  /** Presentation freeze: engine results are not applied while true (app/engine-sync.ts). */
  readonly frozen: boolean
  readonly shortcutsOpen: boolean
  readonly setActiveView: (id: string) => void
  readonly setPresentation: (on: boolean) => void
  readonly notify: (tone: Notice['tone'], message: string, undoScenario?: ScenarioInput) => void
  readonly dismissNotice: (id: number) => void
  readonly setStory: (story: Story | null) => void
  readonly setStoryStep: (step: number | null) => void
  readonly setFrozen: (frozen: boolean) => void
  readonly setShortcutsOpen: (open: boolean) => void
}

let nextNoticeId = 1

export const createUiSlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  UiSlice
> = (set) => ({
  activeView: 'overview',
  presentation: false,
  notices: [],
  story: null,
  storyStep: null,
  frozen: false,
  shortcutsOpen: false,
  setActiveView: (activeView) => set({ activeView }),
  setPresentation: (presentation) => set({ presentation }),
  notify: (tone, message, undoScenario) =>
    set((s) => ({
      notices: [
        ...s.notices.filter((n) => n.message !== message),
        { id: nextNoticeId++, tone, message, ...(undoScenario ? { undoScenario } : {}) },
      ].slice(-4),
    })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  setStory: (story) => set({ story, storyStep: null }),
  setStoryStep: (storyStep) => set({ storyStep }),
  setFrozen: (frozen) => set({ frozen }),
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
})
