import { describe, expect, it } from 'vitest'

import {
  deltaTone,
  formatDelta,
  INITIAL_METRIC_IDS,
  METRICS,
} from '@/features/compare/model/metrics'

import { outcomeOf } from '../fixtures'

describe('compare metrics', () => {
  it('every metric reads a finite value from a real result, with a unit and a format', () => {
    const outcome = outcomeOf({ year: 2030, levers: { hbm: 1 } })
    if (!outcome.ok) throw new Error('reference scenario should run')
    for (const m of METRICS) {
      const value = m.value(outcome)
      expect({ id: m.id, finite: Number.isFinite(value) }).toEqual({ id: m.id, finite: true })
      expect(m.format(value!)).not.toBe('—')
      expect(m.unit.length).toBeGreaterThan(0)
    }
    expect(INITIAL_METRIC_IDS.length).toBeGreaterThan(3)
  })

  it('phrases changes as percentages near 1× and as folds beyond 2×', () => {
    expect(formatDelta(1)).toBe('same')
    expect(formatDelta(0.82)).toBe('−18 %')
    expect(formatDelta(1.07)).toBe('+7 %')
    expect(formatDelta(0.1)).toBe('10× lower')
    expect(formatDelta(3.4)).toBe('3.4× higher')
    expect(formatDelta(Number.NaN)).toBe('—')
  })

  it('colours a change by which way is better', () => {
    expect(deltaTone(0.5, 'lower')).toBe('better')
    expect(deltaTone(0.5, 'higher')).toBe('worse')
    expect(deltaTone(2, 'higher')).toBe('better')
    expect(deltaTone(2, 'neither')).toBe('neutral')
    expect(deltaTone(1, 'lower')).toBe('neutral')
  })
})
