import { useLayoutEffect, useRef, type RefObject } from 'react'

import { easeOut, TWEEN_MS, tweenValue } from '../model/tween'

import { usePrefersReducedMotion } from './use-reduced-motion'

const PENDING = '…'
const now = (): number => (typeof performance === 'undefined' ? Date.now() : performance.now())
const nextFrame = (callback: () => void): number =>
  typeof requestAnimationFrame === 'function'
    ? requestAnimationFrame(callback)
    : window.setTimeout(callback, 16)
const cancelFrame = (handle: number): void => {
  if (typeof cancelAnimationFrame === 'function') cancelAnimationFrame(handle)
  else window.clearTimeout(handle)
}

/**
 * Writes `format(value)` into the element and, when the value changes, lets the number glide to
 * the new one in TWEEN_MS instead of jumping (at once when the user prefers reduced motion).
 * Frames go straight to the DOM: a tween never waits for React to render the page.
 */
export function useTweenedText(
  ref: RefObject<HTMLElement | null>,
  target: number | undefined,
  format: (value: number) => string,
  durationMs = TWEEN_MS,
): void {
  const reduced = usePrefersReducedMotion()
  const shownRef = useRef<number | undefined>(undefined)

  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return undefined
    const write = (value: number | undefined): void => {
      shownRef.current = value
      element.textContent = value === undefined ? PENDING : format(value)
    }
    const from = shownRef.current
    if (
      target === undefined ||
      from === undefined ||
      reduced ||
      durationMs <= 0 ||
      from === target
    ) {
      write(target)
      return undefined
    }
    const started = now()
    let handle = 0
    const tick = (): void => {
      const progress = (now() - started) / durationMs
      write(tweenValue(from, target, easeOut(progress)))
      if (progress < 1) handle = nextFrame(tick)
    }
    handle = nextFrame(tick)
    return () => cancelFrame(handle)
  }, [ref, target, format, reduced, durationMs])
}
