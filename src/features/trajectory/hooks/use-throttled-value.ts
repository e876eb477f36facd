import { useEffect, useRef, useState } from 'react'

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
