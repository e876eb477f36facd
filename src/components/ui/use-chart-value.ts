import { useDeferredValue, useEffect, useRef, useState } from 'react'

/** How often charts follow a value that changes on every frame (a slider drag). */
export const CHART_INTERVAL_MS = 150

/**
 * The value, passed on at most once per `intervalMs` (the latest one always arrives). Charts use it
 * so a slider drag re-renders them a few times a second rather than on every engine reply.
 */
export function useThrottledValue<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value)
  const lastShownAt = useRef(Number.NEGATIVE_INFINITY)
  useEffect(() => {
    const wait = Math.max(0, lastShownAt.current + intervalMs - performance.now())
    const timer = setTimeout(() => {
      lastShownAt.current = performance.now()
      setShown(value)
    }, wait)
    return () => clearTimeout(timer)
  }, [value, intervalMs])
  return shown
}

/**
 * What a chart should draw while its input streams in: a throttled copy (a few times a second),
 * rendered at low priority (React's deferred value), so the render is time-sliced and the slider
 * under the user's finger and the live KPI figures are never blocked by chart work. The first
 * value is passed through at once; the latest one always arrives.
 *
 * Render the expensive subtree from the returned value inside a `useMemo` (or memoised components)
 * keyed on it: the urgent render caused by the live value then skips the charts entirely.
 */
export function useChartValue<T>(value: T, intervalMs: number = CHART_INTERVAL_MS): T {
  return useDeferredValue(useThrottledValue(value, intervalMs))
}
