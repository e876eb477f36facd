// Setup for the jsdom ("ui") Vitest project. See vitest.config.ts.
import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

import { useAppStore } from '@/state/store'

// The ui project shares one module graph per worker (isolate: false in vitest.config.ts), so each
// file starts from what a fresh page would have: the shared store at its initial state, empty
// storage, no hash, no attributes left on <html> by a presentation-mode test.
useAppStore.setState(useAppStore.getInitialState(), true)
localStorage.clear()
sessionStorage.clear()
window.history.replaceState(null, '', '/')
for (const name of document.documentElement.getAttributeNames())
  if (name !== 'lang') document.documentElement.removeAttribute(name)
document.documentElement.className = ''
document.body.innerHTML = ''

// jsdom does no layout and has no ResizeObserver; recharts' ResponsiveContainer needs one to mount.
// Chart assertions belong on the data-shaping functions in features/*/model (house style §7).
class ResizeObserverStub implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub

// jsdom has no matchMedia; every query reports "no match" (light theme, no reduced motion, …).
if (typeof window.matchMedia !== 'function') {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    writable: true,
    value: (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }),
  })
}

// Vitest runs without `globals: true`, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup()
})
