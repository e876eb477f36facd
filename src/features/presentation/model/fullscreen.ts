/**
 * Full screen follows presentation mode. Browsers grant it asynchronously: requestFullscreen()
 * settles a frame or more later, so a presenter pressing P twice in quick succession left the page
 * in full screen out of presentation mode (the exit found nothing to exit yet, and the request
 * landed after it), and a late fullscreenchange then ended the next presentation. So a request in
 * flight is settled against what presentation mode wants by then (`wanted`), never issued twice.
 */
let wanted = false
/** Full screen is on because we asked: ending it some other way (Esc) ends presentation mode too. */
let enteredByUs = false
let pending = false

/** Ask for full screen; a refusal (no user gesture, an iframe, a kiosk policy) is fine and silent. */
export function enterFullscreen(doc: Document = document): void {
  wanted = true
  const root = doc.documentElement
  if (pending) {
    // The request in flight settles against `wanted`, now true again.
    enteredByUs = true
    return
  }
  if (doc.fullscreenElement || typeof root.requestFullscreen !== 'function') return
  try {
    enteredByUs = true
    pending = true
    root.requestFullscreen().then(
      () => {
        pending = false
        if (wanted) return
        // Presentation mode ended while the request was in flight: leave what it granted.
        enteredByUs = false
        if (typeof doc.exitFullscreen === 'function') doc.exitFullscreen().catch(() => undefined)
      },
      () => {
        pending = false
        enteredByUs = false
      },
    )
  } catch {
    pending = false
    enteredByUs = false
  }
}

export function exitFullscreen(doc: Document = document): void {
  wanted = false
  enteredByUs = false
  // A request still in flight is left when it lands (enterFullscreen).
  if (!doc.fullscreenElement || typeof doc.exitFullscreen !== 'function') return
  doc.exitFullscreen().catch(() => undefined)
}

/**
 * True once when full screen that we asked for has ended some other way (the browser eats the Esc
 * key that leaves full screen, so the page never sees it): then presentation mode should end too.
 */
export function fullscreenEndedByUser(doc: Document = document): boolean {
  if (doc.fullscreenElement || !enteredByUs || pending) return false
  enteredByUs = false
  return true
}
