import type { AppStore } from '@/state/store'

import { enterFullscreen, exitFullscreen } from './fullscreen'
import { neighbourStep, storySteps, viewForStep } from './story-player'

/** Everything a presenter can do, as plain functions on the store (keyboard, buttons and tests share them). */
export interface PresentationCommands {
  readonly enter: () => void
  readonly leave: () => void
  readonly toggle: () => void
  readonly showStep: (index: number) => void
  readonly next: () => void
  readonly previous: () => void
  readonly first: () => void
  readonly last: () => void
  readonly toggleFreeze: () => void
  readonly toggleLegend: () => void
}

export function createPresentationCommands(
  store: AppStore,
  viewIds: () => readonly string[],
): PresentationCommands {
  const showStep = (index: number): void => {
    const state = store.getState()
    const steps = storySteps(state.story)
    const step = steps[Math.min(Math.max(0, index), steps.length - 1)]
    if (!step) return
    state.setScenario(step.input, step.presetId ?? null)
    state.setActiveView(viewForStep(step.view, viewIds()))
    state.setStoryStep(steps.indexOf(step))
    if (state.frozen) state.setFrozen(false)
  }
  const step = (direction: 1 | -1): void => {
    const state = store.getState()
    const next = neighbourStep(state.storyStep, storySteps(state.story).length, direction)
    if (next !== null && next !== state.storyStep) showStep(next)
  }
  const enter = (): void => {
    if (store.getState().presentation) return
    store.getState().setPresentation(true)
    enterFullscreen()
  }
  const leave = (): void => {
    const state = store.getState()
    if (state.frozen) state.setFrozen(false)
    if (state.shortcutsOpen) state.setShortcutsOpen(false)
    if (state.presentation) state.setPresentation(false)
    exitFullscreen()
  }
  return {
    enter,
    leave,
    toggle: () => (store.getState().presentation ? leave() : enter()),
    showStep,
    next: () => step(1),
    previous: () => step(-1),
    first: () => showStep(0),
    last: () => showStep(storySteps(store.getState().story).length - 1),
    toggleFreeze: () => store.getState().setFrozen(!store.getState().frozen),
    toggleLegend: () => store.getState().setShortcutsOpen(!store.getState().shortcutsOpen),
  }
}
