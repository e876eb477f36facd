import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { analyzeEconomics } from '@/engine/economics/analyze-economics'
import { PARADIGMS, speculativeExtension } from '@/engine/economics/horizon'
import { defaultEconomicsInputs } from '@/engine/economics/inputs'

const halving = [
  { year: 2026, value: 16 },
  { year: 2027, value: 8 },
  { year: 2028, value: 4 },
  { year: 2029, value: 2 },
  { year: 2030, value: 1 },
]

describe('speculative extension (hand-computed)', () => {
  it('continues the 2026–2030 rate with a shrinking exponent', () => {
    // Rate: halves every year. With half the rate kept each year: ×0.5^0.5, then ×0.5^0.25, …
    const ext = speculativeExtension(halving, 0.5)
    expect(ext.map((p) => p.year)).toEqual([2030, 2031, 2032, 2033, 2034, 2035])
    expect(ext[0]).toEqual({ year: 2030, value: 1, anchor: true })
    expect(ext[1]?.value).toBeCloseTo(0.5 ** 0.5, 12)
    expect(ext[2]?.value).toBeCloseTo(0.5 ** 0.75, 12)
    expect(ext.slice(1).every((p) => !p.anchor)).toBe(true)
  })

  it('keeps the pace at 100 % and stops at 0 %', () => {
    expect(speculativeExtension(halving, 1)[5]?.value).toBeCloseTo(1 / 32, 12)
    expect(speculativeExtension(halving, 0)[5]?.value).toBeCloseTo(1, 12)
  })

  it('never returns a year before 2030 and stays between 2030 and the full-pace value (seed 4401)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (first, last, kept) => {
          const series = [
            { year: 2026, value: first },
            { year: 2030, value: last },
          ]
          const ext = speculativeExtension(series, kept)
          expect(ext.every((p) => p.year >= 2030)).toBe(true)
          const full = speculativeExtension(series, 1)
          const end = ext[ext.length - 1]!.value
          const [lo, hi] = [Math.min(last, full[5]!.value), Math.max(last, full[5]!.value)]
          expect(end).toBeGreaterThanOrEqual(lo * (1 - 1e-9))
          expect(end).toBeLessThanOrEqual(hi * (1 + 1e-9))
        },
      ),
      { seed: 4401, numRuns: 200 },
    )
  })
})

describe('horizon in the analysis', () => {
  it('keeps the extension out of the 2026–2030 series and off by default', () => {
    const off = analyzeEconomics({ levers: { modelOptimization: 1 } }, defaultEconomicsInputs(), [
      'horizon',
    ])
    if (!off.ok || !off.value.horizon) throw new Error('horizon failed')
    expect(off.value.horizon.speculative).toBeUndefined()
    expect(off.value.horizon.years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030])

    const inputs = defaultEconomicsInputs()
    const on = analyzeEconomics(
      { levers: { modelOptimization: 1 } },
      { ...inputs, horizon: { ...inputs.horizon, showSpeculative: true } },
      ['horizon'],
    )
    if (!on.ok || !on.value.horizon?.speculative) throw new Error('speculative missing')
    expect(on.value.horizon.years).toEqual(off.value.horizon.years)
    expect(on.value.horizon.speculative.usdPerMillion[0]?.value).toBeCloseTo(
      on.value.horizon.years[4]!.scenarioUsdPerMillion,
      12,
    )
  })

  it('describes each paradigm with a cost term, a readiness and the article’s caveats', () => {
    expect(PARADIGMS.map((p) => p.id)).toEqual(['photonic', 'neuromorphic', 'quantum'])
    for (const p of PARADIGMS) {
      expect(p.effects.length).toBeGreaterThan(0)
      expect(p.caveats.length).toBeGreaterThan(0)
      expect(p.sources.length).toBeGreaterThan(0)
    }
  })
})
