import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { interpolate, useTweenedNumber } from '@/features/kpi/hooks/use-tweened-number'

const format = (v: number): string => v.toFixed(2)

function Value({ value }: { readonly value: number }) {
  const ref = useTweenedNumber<HTMLSpanElement>(value, format)
  return (
    <span ref={ref} data-testid="value">
      {format(value)}
    </span>
  )
}

function mockReducedMotion(matches: boolean): void {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({
        matches: matches && query.includes('reduce'),
        media: query,
        onchange: null,
        addListener: () => {},
        removeListener: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
        dispatchEvent: () => false,
      }) as MediaQueryList,
  )
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('useTweenedNumber', () => {
  it('starts from the previous value and reaches the new one through requestAnimationFrame', () => {
    const frames: FrameRequestCallback[] = []
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb))
    const { rerender } = render(<Value value={1} />)
    expect(screen.getByText('1.00')).toBeInTheDocument()

    rerender(<Value value={4} />)
    expect(screen.getByText('1.00')).toBeInTheDocument()
    frames.shift()?.(1000)
    frames.shift()?.(1100)
    const midway = Number(screen.getByTestId('value').textContent)
    expect(midway).toBeGreaterThan(1)
    expect(midway).toBeLessThan(4)
    frames.shift()?.(1200)
    expect(screen.getByText('4.00')).toBeInTheDocument()
    expect(frames).toHaveLength(0)
  })

  it('jumps straight to the new value when the user prefers reduced motion', () => {
    mockReducedMotion(true)
    const raf = vi.spyOn(window, 'requestAnimationFrame')
    const { rerender } = render(<Value value={1} />)
    rerender(<Value value={4} />)
    expect(screen.getByText('4.00')).toBeInTheDocument()
    expect(raf).not.toHaveBeenCalled()
  })
})

describe('interpolate', () => {
  it('moves geometrically between positive values and linearly otherwise', () => {
    expect(interpolate(1, 100, 0.5)).toBeCloseTo(10, 12)
    expect(interpolate(-1, 1, 0.5)).toBe(0)
  })
})
