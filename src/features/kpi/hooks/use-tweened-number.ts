import { useLayoutEffect, useRef } from 'react'

const DEFAULT_DURATION_MS = 200

let reducedMotion:
  { readonly matchMedia: Window['matchMedia']; readonly list: MediaQueryList } | undefined
/**
 * The media query list is made once per matchMedia implementation (a new one per tween showed up
 * in drag profiles); its `.matches` stays live.
 */
function prefersReducedMotion(): boolean {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return false
  // Compared by identity only (a test may swap the implementation), never called detached.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const current = window.matchMedia
  if (reducedMotion?.matchMedia !== current) {
    reducedMotion = {
      matchMedia: current,
      list: window.matchMedia('(prefers-reduced-motion: reduce)'),
    }
  }
  return reducedMotion.list.matches
}

/** Geometric between two positive numbers (a 10× change reads evenly), linear otherwise. */
export function interpolate(from: number, to: number, t: number): number {
  if (from > 0 && to > 0) return from * Math.pow(to / from, t)
  return from + (to - from) * t
}

const easeOutCubic = (t: number): number => 1 - Math.pow(1 - t, 3)

/**
 * Tweens the text of an element from the previous value to `target` in about 200 ms with
 * requestAnimationFrame, writing the text node directly so React does not re-render every frame.
 * The element must render `format(target)` as its only child; that is also what the first paint
 * and reduced-motion users see.
 */
export function useTweenedNumber<T extends HTMLElement>(
  target: number,
  format: (value: number) => string,
  durationMs = DEFAULT_DURATION_MS,
) {
  const ref = useRef<T>(null)
  const shown = useRef(target)

  useLayoutEffect(() => {
    const node = ref.current?.firstChild
    const from = shown.current
    shown.current = target
    if (!node || node.nodeType !== Node.TEXT_NODE) return undefined
    if (
      from === target ||
      !Number.isFinite(from) ||
      !Number.isFinite(target) ||
      prefersReducedMotion() ||
      typeof requestAnimationFrame !== 'function'
    ) {
      node.nodeValue = format(target)
      return undefined
    }
    let frame = 0
    let start: number | undefined
    node.nodeValue = format(from)
    const tick = (now: number): void => {
      start ??= now
      const t = Math.min(1, (now - start) / durationMs)
      const value = t >= 1 ? target : interpolate(from, target, easeOutCubic(t))
      shown.current = value
      node.nodeValue = format(value)
      if (t < 1) frame = requestAnimationFrame(tick)
    }
    frame = requestAnimationFrame(tick)
    return () => {
      cancelAnimationFrame(frame)
      node.nodeValue = format(target)
    }
  }, [target, format, durationMs])

  return ref
}
