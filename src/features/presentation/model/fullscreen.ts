let enteredByUs = false

/** Ask for full screen; a refusal (no user gesture, an iframe, a kiosk policy) is fine and silent. */
export function enterFullscreen(doc: Document = document): void {
  const root = doc.documentElement
  if (doc.fullscreenElement || typeof root.requestFullscreen !== 'function') return
  try {
    enteredByUs = true
    root.requestFullscreen().catch(() => {
      enteredByUs = false
    })
  } catch {
    enteredByUs = false
  }
}

export function exitFullscreen(doc: Document = document): void {
  enteredByUs = false
  if (!doc.fullscreenElement || typeof doc.exitFullscreen !== 'function') return
  doc.exitFullscreen().catch(() => undefined)
}

/**
 * True once when full screen that we asked for has ended some other way (the browser eats the Esc
 * key that leaves full screen, so the page never sees it): then presentation mode should end too.
 */
export function fullscreenEndedByUser(doc: Document = document): boolean {
  if (doc.fullscreenElement || !enteredByUs) return false
  enteredByUs = false
  return true
}
