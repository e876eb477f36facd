import { describe, expect, it } from 'vitest'

import {
  BAR_CATEGORY_GAP,
  linearY,
  logScale,
  polylinePoints,
  stackedBars,
} from '@/features/overview/model/chart-geometry'
import { costBreakdown, niceTicks, timeBreakdown } from '@/features/overview/model/phase-breakdown'

import { engineResult } from './fixtures'

const BOX = { left: 68, top: 22, width: 300, height: 178 }

describe('stackedBars', () => {
  it('stacks each phase bottom-up in series order, and the stack reaches the total', () => {
    const b = timeBreakdown(engineResult())
    const ticks = niceTicks(Math.max(b.rows[0].total, b.rows[1].total))
    const { bars } = stackedBars(b, ticks, BOX)
    const y = linearY(ticks[ticks.length - 1]!, BOX)
    expect(bars.map((bar) => bar.label)).toEqual(['Prefill', 'Decode'])
    for (const [i, bar] of bars.entries()) {
      const row = b.rows[i]!
      // Each segment sits on the one below; the first on the axis.
      let bottom = BOX.top + BOX.height
      for (const seg of bar.segments) {
        expect(seg.y + seg.height).toBeCloseTo(bottom, 9)
        expect(seg.height).toBeCloseTo((seg.value / ticks[ticks.length - 1]!) * BOX.height, 9)
        bottom = seg.y
      }
      expect(bottom).toBeCloseTo(y(row.total), 9)
      expect(bar.top).toBeCloseTo(y(row.total), 9)
      // Only components that are drawn, in the series' order.
      const keys = b.series.map((s) => s.key).filter((k) => (row.values[k] ?? 0) > 0)
      expect(bar.segments.map((s) => s.key)).toEqual(keys)
    }
  })

  it('centres each bar in its slot, leaving the category gap on both sides', () => {
    const b = costBreakdown(engineResult())
    const { bars } = stackedBars(b, niceTicks(1), BOX)
    for (const [i, bar] of bars.entries()) {
      expect(bar.bandX).toBeCloseTo(BOX.left + (i * BOX.width) / 2, 9)
      expect(bar.x - bar.bandX).toBeCloseTo(bar.bandWidth * BAR_CATEGORY_GAP, 9)
      expect(bar.width).toBeCloseTo(bar.bandWidth * (1 - 2 * BAR_CATEGORY_GAP), 9)
    }
  })

  it('places the ticks from the bottom (0) to the top (the largest tick)', () => {
    const b = timeBreakdown(engineResult())
    const { ticks } = stackedBars(b, [0, 20, 40, 60], BOX)
    const expected = [200, 200 - 178 / 3, 200 - (2 * 178) / 3, 22]
    ticks.forEach((t, i) => expect(t.position).toBeCloseTo(expected[i]!, 9))
  })
})

describe('logScale', () => {
  it('maps decades evenly, reverses for a y axis, and clamps outside the domain', () => {
    const x = logScale([10, 1e6], [0, 500])
    expect(x(10)).toBe(0)
    expect(x(1000)).toBeCloseTo(200, 9)
    expect(x(1e6)).toBeCloseTo(500, 9)
    expect(x(1)).toBe(0)
    expect(x(1e9)).toBeCloseTo(500, 9)
    expect(x(0)).toBe(0)
    const y = logScale([10, 10_000], [300, 0])
    expect(y(100)).toBeCloseTo(200, 9)
    expect(
      polylinePoints(
        [
          { x: 10, y: 10 },
          { x: 1e6, y: 1e4 },
        ],
        x,
        y,
      ),
    ).toBe('0,300 500,0')
  })
})
