import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { analyzeEconomics } from '@/engine/economics/analyze-economics'
import { defaultEconomicsInputs } from '@/engine/economics/inputs'
import { SEGMENTS, segmentShares, segmentUsdPerMillion } from '@/engine/economics/value-chain'
import type { CostComponents } from '@/engine/index'

const COMPONENT_KEYS: readonly (keyof CostComponents)[] = [
  'acceleratorLogic',
  'acceleratorMemory',
  'acceleratorPackaging',
  'acceleratorOther',
  'vendorMargin',
  'system',
  'network',
  'energy',
  'facility',
  'operations',
  'rental',
]

describe('value chain', () => {
  it('every cost component belongs to exactly one segment', () => {
    for (const key of COMPONENT_KEYS)
      expect(SEGMENTS.filter((s) => s.components.includes(key))).toHaveLength(1)
  })

  it('segments add up to the total and shares to one (seed 4301)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 10, noNaN: true }), {
          minLength: COMPONENT_KEYS.length,
          maxLength: COMPONENT_KEYS.length,
        }),
        (values) => {
          const components = Object.fromEntries(
            COMPONENT_KEYS.map((k, i) => [k, values[i]!]),
          ) as unknown as CostComponents
          const total = values.reduce((a, b) => a + b, 0)
          const bySegment = segmentUsdPerMillion(components)
          expect(Object.values(bySegment).reduce((a, b) => a + b, 0)).toBeCloseTo(total, 9)
          const shares = Object.values(segmentShares(bySegment)).reduce((a, b) => a + b, 0)
          expect(shares).toBeCloseTo(total > 0 ? 1 : 0, 9)
        },
      ),
      { seed: 4301, numRuns: 200 },
    )
  })

  it('the engine’s components sum to the cost per token, and pools are $/M × tokens a year', () => {
    const outcome = analyzeEconomics(
      { levers: { customSilicon: 1 }, year: 2030 },
      defaultEconomicsInputs(),
      ['valueChain'],
    )
    if (!outcome.ok || !outcome.value.valueChain) throw new Error('value chain failed')
    const vc = outcome.value.valueChain
    const sum = vc.rows.reduce((a, r) => a + r.scenarioUsdPerMillion, 0)
    expect(sum).toBeCloseTo(vc.scenarioUsdPerMillion, 9)
    for (const r of vc.rows)
      expect(r.scenarioPoolUsdPerYear).toBeCloseTo(
        (r.scenarioUsdPerMillion * vc.outputTokensPerYear) / 1e6,
        3,
      )
    // Custom silicon removes most of the merchant vendor margin: its share falls.
    const margin = vc.rows.find((r) => r.id === 'vendorMargin')
    expect(margin?.scenarioShare).toBeLessThan(margin?.baselineShare ?? 0)
    expect(vc.rows.some((r) => r.id === 'rental')).toBe(false)
  })

  it('in rental mode shows one undivided rental segment', () => {
    const outcome = analyzeEconomics({ economics: { mode: 'rental' } }, defaultEconomicsInputs(), [
      'valueChain',
    ])
    if (!outcome.ok || !outcome.value.valueChain) throw new Error('value chain failed')
    expect(outcome.value.valueChain.rows.map((r) => r.id)).toEqual(['rental'])
    expect(outcome.value.valueChain.rows[0]?.scenarioShare).toBeCloseTo(1, 12)
  })
})
