/**
 * Global keyboard shortcuts (the legend lists them: features/presentation/model/shortcut-list.ts).
 * Keys typed into a field, keys with Ctrl/Alt/Meta (Ctrl+P prints) and keys pressed while a dialog
 * is open are left alone; arrows also stay with widgets that use them (tabs, sliders, lists).
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

  const onFullscreenChange = (): void => {
    if (fullscreenEndedByUser(win.document) && store.getState().presentation) commands.leave()
  }

  win.addEventListener('keydown', onKeyDown)
  win.document.addEventListener('fullscreenchange', onFullscreenChange)
  return () => {
    win.removeEventListener('keydown', onKeyDown)
    win.document.removeEventListener('fullscreenchange', onFullscreenChange)
  }
}
