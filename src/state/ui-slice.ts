import type { StateCreator } from 'zustand'

import type { AppState } from './store'

export interface Notice {
  readonly id: number
  readonly tone: 'info' | 'warning' | 'error'
  readonly message: string
}

export interface UiSlice {
  readonly activeView: string
  readonly presentation: boolean
  readonly notices: readonly Notice[]
  readonly setActiveView: (id: string) => void
  readonly setPresentation: (on: boolean) => void
  readonly notify: (tone: Notice['tone'], message: string) => void
  readonly dismissNotice: (id: number) => void
}

let nextNoticeId = 1

export const createUiSlice: StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], UiSlice> = (set) => ({
  activeView: 'overview',
  presentation: false,
  notices: [],
  setActiveView: (activeView) => set({ activeView }),
  setPresentation: (presentation) => set({ presentation }),
  notify: (tone, message) =>
    set((s) => ({ notices: [...s.notices.filter((n) => n.message !== message), { id: nextNoticeId++, tone, message }].slice(-4) })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
})
