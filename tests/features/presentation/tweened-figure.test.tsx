import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { TweenedFigure } from '@/features/presentation/components/tweened-figure'
import { TWEEN_MS } from '@/features/presentation/model/tween'
import { formatUsd } from '@/lib/format'

const originalMatchMedia = window.matchMedia.bind(window)

afterEach(() => {
  window.matchMedia = originalMatchMedia
})

function preferReducedMotion(): void {
  window.matchMedia = (query: string) => ({
    ...originalMatchMedia(query),
    matches: query.includes('reduce'),
  })
}

const shown = () => screen.getByTestId('figure').textContent

describe('TweenedFigure', () => {
  it('shows … until there is a value, then the value at once', () => {
    const { rerender } = render(
      <TweenedFigure label="Cost" value={undefined} format={formatUsd} testId="figure" />,
    )
    expect(shown()).toBe('…')
    rerender(<TweenedFigure label="Cost" value={1} format={formatUsd} testId="figure" />)
    expect(shown()).toBe(formatUsd(1))
  })

  it('glides to a new value through in-between values and lands on it', async () => {
    const { rerender } = render(
      <TweenedFigure label="Cost" value={1} format={formatUsd} testId="figure" />,
    )
    rerender(<TweenedFigure label="Cost" value={0.01} format={formatUsd} testId="figure" />)
    expect(shown()).toBe(formatUsd(1))
    const seen = new Set<string>()
    await vi.waitFor(
      () => {
        seen.add(shown() ?? '')
        expect(shown()).toBe(formatUsd(0.01))
      },
      { timeout: TWEEN_MS * 4, interval: 10 },
    )
    expect(seen.size).toBeGreaterThan(1)
  })

  it('jumps at once when the user prefers reduced motion', () => {
    preferReducedMotion()
    const { rerender } = render(
      <TweenedFigure label="Cost" value={1} format={formatUsd} testId="figure" />,
    )
    rerender(<TweenedFigure label="Cost" value={0.01} format={formatUsd} testId="figure" />)
    expect(shown()).toBe(formatUsd(0.01))
  })
})
