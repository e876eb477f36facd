import { useLayoutEffect, useRef, useState } from 'react'

/**
 * The rendered width of an element, in CSS pixels, kept up to date with a ResizeObserver: what a
 * hand-drawn SVG chart needs to lay itself out at the size it is shown (no scaling of its text).
 * `fallback` is used before the first measurement and where there is no layout (jsdom).
 */
export function useElementWidth<T extends Element>(fallback: number) {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState(fallback)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return undefined
    const apply = (measured: number): void => {
      if (measured > 0) setWidth(Math.round(measured))
    }
    apply(element.getBoundingClientRect().width)
    if (typeof ResizeObserver === 'undefined') return undefined
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) apply(entry.contentRect.width)
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return [ref, width] as const
}
