import { describe, expect, it } from 'vitest'

import { createContext } from '@/engine/analysis/context'
import { leverPayoff, siteAccelerators, siteTokensPerDay } from '@/engine/economics/power-cap'
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
    // The extra tokens are worth more than the cost saving on today's tokens: the article's point.
    expect(p.extraRevenueUsdPerYear).toBeGreaterThan(p.costSavingUsdPerYear)
  })

  it('compares 0 % and 100 % whatever the scenario slider says', () => {
    const off = leverPayoff(context(), site, 'advancedNodes')
    const on = leverPayoff(context({ levers: { advancedNodes: 1 } }), site, 'advancedNodes')
    expect(on.costPerTokenChange).toBeCloseTo(off.costPerTokenChange, 12)
    expect(on.siteTokensChange).toBeCloseTo(off.siteTokensChange, 12)
  })
})
