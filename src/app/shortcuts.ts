/**
 * Global keyboard shortcuts (the legend lists them: features/presentation/model/shortcut-list.ts).
 * Keys typed into a field, keys with Ctrl/Alt/Meta (Ctrl+P prints) and keys pressed while a dialog
 * is open are left alone; arrows also stay with widgets that use them (tabs, sliders, lists).
 * Except while presenting: then →, ←, PageDown, PageUp and Space step the story whatever has focus
 * (a clicker sends PageDown, and a presenter who clicked a tab must not lose the clicker), and a
 * tab clicked by hand moves the story to the nearest step that shows that view, so story and view
 * never drift apart.
 */
import {
  createPresentationCommands,
  type PresentationCommands,
} from '@/features/presentation/model/commands'
import { fullscreenEndedByUser } from '@/features/presentation/model/fullscreen'
import {
  SHORTCUTS,
  type ShortcutCommand,
  type ShortcutSpec,
} from '@/features/presentation/model/shortcut-list'
import { storySteps, viewForStep } from '@/features/presentation/model/story-player'
import type { AppStore } from '@/state/store'

const BUTTON_LIKE_INPUTS = new Set(['button', 'submit', 'reset', 'checkbox', 'image'])
const ARROW_WIDGET_ROLES =
  '[role="tab"], [role="slider"], [role="radio"], [role="menuitem"], [role="option"], [role="listbox"], [role="grid"], [role="gridcell"], [role="spinbutton"], [role="combobox"], [role="tree"], [role="treeitem"]'
const ARROW_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown'])

/** True when the key goes to a field the user is typing in (text, number, range, select, contenteditable). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) return !BUTTON_LIKE_INPUTS.has(target.type)
  if (target instanceof HTMLElement && target.isContentEditable) return true
  return target.closest('[contenteditable=""], [contenteditable="true"]') !== null
}

function modalOpen(doc: Document): boolean {
  return doc.querySelector('[aria-modal="true"], dialog[open]') !== null
}

/** Keys that step the story while presenting, whatever has focus. */
const STEP_KEYS: Readonly<Record<string, 'next' | 'previous'>> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
}
/** Keys a text field needs for its caret (PageDown and PageUp it does not: those always step). */
const CARET_KEYS = new Set(['ArrowRight', 'ArrowLeft', ' '])

function isTextEntry(target: EventTarget | null): boolean {
  return (
    isTypingTarget(target) &&
    !(target instanceof HTMLInputElement && ['range', 'radio'].includes(target.type)) &&
    !(target instanceof HTMLSelectElement)
  )
}

/** The step nearest to `from` that shows `view`, or undefined when no step does. */
function nearestStepShowing(
  view: string,
  steps: readonly { readonly view: string }[],
  from: number,
  viewIds: readonly string[],
): number | undefined {
  let best: number | undefined
  steps.forEach((step, i) => {
    if (viewForStep(step.view, viewIds) !== view) return
    if (best === undefined || Math.abs(i - from) < Math.abs(best - from)) best = i
  })
  return best
}

export function shortcutFor(event: KeyboardEvent): ShortcutSpec | undefined {
  return SHORTCUTS.find((s) => s.keys.includes(event.key))
}

export function installShortcuts(
  store: AppStore,
  viewIds: () => readonly string[],
  win: Window = window,
): () => void {
  const commands: PresentationCommands = createPresentationCommands(store, viewIds)
  const run: Record<ShortcutCommand, () => void> = {
    toggle: commands.toggle,
    leave: commands.leave,
    next: commands.next,
    previous: commands.previous,
    first: commands.first,
    last: commands.last,
    freeze: commands.toggleFreeze,
    legend: commands.toggleLegend,
  }

  const onKeyDown = (event: KeyboardEvent): void => {
    if (
      event.defaultPrevented ||
      event.isComposing ||
      event.ctrlKey ||
      event.metaKey ||
      event.altKey
    )
      return
    const spec = shortcutFor(event)
    if (!spec) return
    if (modalOpen(win.document) || isTypingTarget(event.target)) return
    if (spec.presentingOnly && !store.getState().presentation) return
    if (
      ARROW_KEYS.has(event.key) &&
      event.target instanceof Element &&
      event.target.closest(ARROW_WIDGET_ROLES)
    )
      return
    event.preventDefault()
    run[spec.command]()
  }

  // Capture phase: runs before the focused widget (a tab list would take the arrow for itself).
  const onStepKey = (event: KeyboardEvent): void => {
    const direction = STEP_KEYS[event.key]
    if (
      !direction ||
      !store.getState().presentation ||
      event.defaultPrevented ||
      event.isComposing ||
      event.ctrlKey ||
      event.metaKey ||
      event.altKey ||
      modalOpen(win.document) ||
      (CARET_KEYS.has(event.key) && isTextEntry(event.target))
    )
      return
    event.preventDefault()
    event.stopPropagation()
    run[direction]()
  }

  const unsubscribeView = store.subscribe(
    (s) => s.activeView,
    (view) => {
      const state = store.getState()
      if (!state.presentation || state.storyStep === null) return
      const steps = storySteps(state.story)
      const current = steps[state.storyStep]
      if (!current || viewForStep(current.view, viewIds()) === view) return
      const nearest = nearestStepShowing(view, steps, state.storyStep, viewIds())
      if (nearest !== undefined) commands.showStep(nearest)
    },
  )

  const onFullscreenChange = (): void => {
    if (fullscreenEndedByUser(win.document) && store.getState().presentation) commands.leave()
  }

  win.addEventListener('keydown', onStepKey, { capture: true })
  win.addEventListener('keydown', onKeyDown)
  win.document.addEventListener('fullscreenchange', onFullscreenChange)
  return () => {
    unsubscribeView()
    win.removeEventListener('keydown', onStepKey, { capture: true })
    win.removeEventListener('keydown', onKeyDown)
    win.document.removeEventListener('fullscreenchange', onFullscreenChange)
  }
}
