import { describe, expect, it } from 'vitest'

import { analyze } from '@/engine/analysis/analyze'
import { adoptionsInYear, createContext, setPlanHint } from '@/engine/analysis/context'
import { LEVER_IDS } from '@/engine/index'
import { evaluate } from '@/engine/kernel/evaluate'
import { createOutput, O } from '@/engine/kernel/outputs'
import { applyCompiled } from '@/engine/levers/apply'
import { P } from '@/engine/params'

import { scenarioOf } from '../helpers/scenario'

// DeepSeek-R1 on GB200 (an NVL72 domain), every lever on at a quarter or a half, in 2028: the
// scale-up lever grows the domain past 72, and the search spreads the model over one domain-wide group.
const LEVERS = Object.fromEntries(LEVER_IDS.map((id, i) => [id, i % 2 ? 0.5 : 0.25]))
const scenario = () =>
  scenarioOf({ model: 'deepseek-r1', hardware: 'gb200', year: 2028, levers: LEVERS })

describe('the analyses’ plan hint at another scale-up domain', () => {
  const ctx = createContext(scenario())
  const params = new Float64Array(ctx.base.length)
  const adoptions = new Float64Array(ctx.levers.length)
  const hinted = createOutput()
  const searched = createOutput()

  /** `year`'s parameters with the domain set to `domain`: hinted (lean) and searched afresh. */
  function atDomain(year: number, domain: number) {
    params.set(ctx.base)
    applyCompiled(params, ctx.effects, adoptionsInYear(ctx, year, adoptions))
    params[P.SCALE_UP_DOMAIN] = domain
    setPlanHint(ctx, year, params)
    evaluate(params, hinted, true)
    const hintedGroup = hinted[O.TENSOR_PARALLEL]!
    const hintedCost = hinted[O.USD_PER_M_OUTPUT]!
    params[P.HINT_TENSOR_PARALLEL] = 0
    params[P.HINT2_TENSOR_PARALLEL] = 0
    evaluate(params, searched, true)
    return { hintedGroup, hintedCost, searchedCost: searched[O.USD_PER_M_OUTPUT]! }
  }

  it('the scenario exercises it: each year’s plan is one group wider than an NVL72', () => {
    // 2026: 96 accelerators; 2028: 128 (more than an NVL72, fewer than two of 2026's domain). It was
    // 198 until the busiest rank held ⌈256 / 198⌉ = 2 of DeepSeek-R1's experts (2026-12-08).
    expect(ctx.yearPlans[0]!.slice(0, 2)).toEqual([96, 1])
    expect(ctx.yearPlans[2]!.slice(0, 2)).toEqual([128, 1])
  })

  // 72: an attribution coalition without the scale-up lever; the others, Monte Carlo draws of it
  it.each([
    [2026, 72],
    [2026, 73.4],
    [2026, 80.2],
    [2026, 88.7],
    [2026, 91.5],
    [2026, 95.2],
    [2028, 72],
    [2028, 95.2],
    [2028, 99.5],
    [2028, 150.3],
    [2028, 197.2],
  ])(
    'in %i at a domain of %f the hinted plan is one the search could make and costs what it finds',
    (year, domain) => {
      const { hintedGroup, hintedCost, searchedCost } = atDomain(year, domain)
      // The year's group fitted inside its domain: it runs at this domain's width at most (128 at
      // 99.5 runs as 99, not as a domain of 99 and more over scale-out).
      expect(hintedGroup).toBeLessThanOrEqual(Math.floor(domain))
      expect(Number.isFinite(searchedCost)).toBe(true)
      // A hint is the search's plan at another domain, not a new search: within a quarter.
      expect(hintedCost / searchedCost).toBeGreaterThan(0.999)
      expect(hintedCost / searchedCost).toBeLessThan(1.25)
    },
  )

  it('the Monte Carlo band is one mode, not a tenfold tail from plans that straddle domains', () => {
    const result = analyze(scenario(), { parts: ['uncertainty'], samples: 1000 })
    for (const year of result.uncertainty!) {
      expect(year.cost.p90 / year.cost.p10).toBeLessThan(2)
      expect(year.cost.p90 / year.cost.p50).toBeLessThan(1.5)
    }
  })
})
