import { describe, expect, it } from 'vitest'

import { createContext } from '@/engine/analysis/context'
import { analyzeEconomics } from '@/engine/economics/analyze-economics'
import { defaultEconomicsInputs } from '@/engine/economics/inputs'
import {
  leverPayoff,
  siteAccelerators,
  siteRevenueUsdPerYear,
  siteTokensPerDay,
} from '@/engine/economics/power-cap'
import { resolveScenario } from '@/engine/index'

const context = (input = {}) => {
  const r = resolveScenario(input)
  if (!r.ok) throw new Error('invalid')
  return createContext(r.scenario)
}

describe('power-capped site (hand-computed)', () => {
  it('tokens per day = MW × tokens/s per MW × 86,400 × utilization', () => {
    expect(siteTokensPerDay(100, 1e5, 0.5)).toBeCloseTo(100 * 1e5 * 86_400 * 0.5, 0)
  })

  it('accelerators = floor(MW × 10⁶ ÷ W per accelerator)', () => {
    expect(siteAccelerators(1, 1000)).toBe(1000)
    expect(siteAccelerators(1, 1001)).toBe(999)
  })
})

describe('lever payoff at a site', () => {
  const site = { megawatts: 100, year: 2030, tokenPriceUsdPerMillion: 1 }

  it('a lever not yet available that year changes nothing', () => {
    const p = leverPayoff(context(), { ...site, year: 2026 }, 'processingInMemory')
    expect(p.availability).toBe(0)
    expect(p.costPerTokenChange).toBeCloseTo(0, 12)
    expect(p.siteTokensChange).toBeCloseTo(0, 12)
    expect(p.extraRevenueUsdPerYear).toBeCloseTo(0, 6)
  })

  it('an energy-per-bit lever serves more tokens from the same MW by cutting energy per token', () => {
    const p = leverPayoff(context(), site, 'processingInMemory')
    expect(p.energyPerTokenChange).toBeLessThan(0)
    expect(p.siteTokensChange).toBeGreaterThan(0)
    // Both are worth something; which is larger depends on how memory-bound decode is (for
    // the reference on TP8 under its power limit, the cost saving is the larger).
    expect(p.extraRevenueUsdPerYear).toBeGreaterThan(0)
    expect(p.costSavingUsdPerYear).toBeGreaterThan(0)
  })

  it('compares 0 % and 100 % whatever the scenario slider says', () => {
    const off = leverPayoff(context(), site, 'advancedNodes')
    const on = leverPayoff(context({ levers: { advancedNodes: 1 } }), site, 'advancedNodes')
    expect(on.costPerTokenChange).toBeCloseTo(off.costPerTokenChange, 12)
    expect(on.siteTokensChange).toBeCloseTo(off.siteTokensChange, 12)
  })
})

describe('site revenue: prompt and output tokens, each at its own price', () => {
  it('hand-computed: 1 million output and 4 million prompt tokens a day at $2 and $0.50', () => {
    // (1 × 2 + 4 × 0.5) $/day × 365 days = $1,460 a year.
    expect(
      siteRevenueUsdPerYear(1e6, 4e6, { outputUsdPerMillion: 2, inputUsdPerMillion: 0.5 }),
    ).toBeCloseTo(1460, 9)
  })

  it('a chat site sells its prompt tokens too: revenue = (out + in × in:out) × price × 365', () => {
    const outcome = analyzeEconomics({}, defaultEconomicsInputs(), ['site'])
    if (!outcome.ok || !outcome.value.site) throw new Error('site failed')
    const site = outcome.value.site
    const point = site.years.find((y) => y.year === site.year)!.scenario
    // The chat workload reads 1,024 prompt tokens per 256 output tokens.
    expect(point.inputTokensPerDay / point.outputTokensPerDay).toBeCloseTo(4, 9)
    const expected =
      ((point.outputTokensPerDay * site.tokenPriceUsdPerMillion +
        point.inputTokensPerDay * site.inputTokenPriceUsdPerMillion) *
        365) /
      1e6
    expect(point.revenueUsdPerYear).toBeCloseTo(expected, -3)
    // Five times what pricing output tokens alone gave (review: $1.28B → about $6.4B at 100 MW).
    const outputOnly = ((point.outputTokensPerDay * 365) / 1e6) * site.tokenPriceUsdPerMillion
    expect(point.revenueUsdPerYear / outputOnly).toBeCloseTo(5, 6)
  })

  it('files saved before the input price existed read it as the output price', () => {
    const inputs = defaultEconomicsInputs()
    const { inputTokenPriceUsdPerMillion: _dropped, ...oldSite } = inputs.site
    const outcome = analyzeEconomics(
      {},
      { ...inputs, site: { ...oldSite, tokenPriceUsdPerMillion: 2 } },
      ['site'],
    )
    if (!outcome.ok || !outcome.value.site) throw new Error('site failed')
    expect(outcome.value.site.inputTokenPriceUsdPerMillion).toBe(2)
  })
})
