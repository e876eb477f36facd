import { describe, expect, it } from 'vitest'

import type { SimulationResult } from '@/engine/index'
import {
  costBreakdown,
  energyBreakdown,
  niceTicks,
  tickDecimals,
  prefillCostShare,
  prefillTimeShare,
  REQUESTS_PER_COST_UNIT,
  timeBreakdown,
  type Breakdown,
} from '@/features/overview/model/phase-breakdown'

import { engineResult } from './fixtures'

const sumOf = (b: Breakdown, phase: 0 | 1): number =>
  Object.values(b.rows[phase].values).reduce((s, v) => s + v, 0)
const componentTotal = (b: Breakdown, key: string): number =>
  (b.rows[0].values[key] ?? 0) + (b.rows[1].values[key] ?? 0)

/** The reference result with hand-picked numbers in the fields a breakdown reads. */
function handMade(): SimulationResult {
  const base = engineResult()
  const zeroCost = Object.fromEntries(
    Object.keys(base.cost.perMillionOutputTokens).map((k) => [k, 0]),
  ) as unknown as SimulationResult['cost']['perMillionOutputTokens']
  return {
    ...base,
    scenario: { ...base.scenario, inputTokens: 1000, outputTokens: 500, accelerators: 2 },
    batchSize: 10,
    prefill: {
      ...base.prefill,
      seconds: 1,
      computeSeconds: 0.6,
      memorySeconds: 0.2,
      communicationSeconds: 0.15,
      overheadSeconds: 0.05,
    },
    decode: {
      ...base.decode,
      seconds: 3,
      computeSeconds: 1,
      memorySeconds: 1.5,
      communicationSeconds: 0.3,
      overheadSeconds: 0.2,
    },
    cost: { ...base.cost, perMillionOutputTokens: { ...zeroCost, acceleratorLogic: 2, energy: 2 } },
    // The engine's split of a request's cost, deliberately not the 1:3 time split above, so the
    // test shows the breakdown follows the engine rather than re-deriving a share from the times.
    costPerRequestUsdByPhase: { prefill: 0.0004, decode: 0.0016 },
  }
}

describe('timeBreakdown', () => {
  it('gives each phase its seconds per request in ms, by component', () => {
    const b = timeBreakdown(handMade())
    // prefill: 1 s for a batch of 10 → 100 ms per request; compute 0.6 s / 10 = 60 ms.
    expect(b.rows[0].total).toBeCloseTo(100, 10)
    expect(b.rows[0].values.compute).toBeCloseTo(60, 10)
    expect(b.rows[0].values.overhead).toBeCloseTo(5, 10)
    // decode: 3 s / 10 = 300 ms; memory 1.5 s / 10 = 150 ms.
    expect(b.rows[1].total).toBeCloseTo(300, 10)
    expect(b.rows[1].values.memory).toBeCloseTo(150, 10)
  })

  it("sums to the engine's phase seconds on a real result", () => {
    const r = engineResult()
    const b = timeBreakdown(r)
    expect(b.rows[0].total).toBeCloseTo((r.prefill.seconds / r.batchSize) * 1000, 9)
    expect(b.rows[1].total).toBeCloseTo((r.decode.seconds / r.batchSize) * 1000, 9)
    // No data-parallel attention here: no ranks wait, and the series is not shown.
    expect(b.series.map((s) => s.key)).not.toContain('wait')
  })

  it('shows the ranks’ wait for a step’s prompt under data-parallel attention as its own part', () => {
    const base = handMade()
    const r: SimulationResult = {
      ...base,
      prefill: { ...base.prefill, seconds: 1.3, waitSeconds: 0.3 },
    }
    const b = timeBreakdown(r)
    // 0.3 s for a batch of 10 → 30 ms per request, beside the 5 ms of fixed overhead, not in it.
    expect(b.rows[0].values.wait).toBeCloseTo(30, 10)
    expect(b.rows[0].values.overhead).toBeCloseTo(5, 10)
    expect(b.rows[0].total).toBeCloseTo(130, 10)
    expect(b.series.find((s) => s.key === 'wait')?.label).toBe('Waiting for other ranks')
  })
})

describe('costBreakdown', () => {
  it('splits each component by the phases’ share of the request cost the engine reports (hand computed)', () => {
    const r = handMade()
    expect(prefillTimeShare(r)).toBeCloseTo(0.25, 12)
    expect(prefillCostShare(r)).toBeCloseTo(0.2, 12)
    const b = costBreakdown(r)
    // $2/M output tokens × 500 tokens × 1,000 requests = $1.00 per 1,000 requests; prefill gets 1/5.
    expect(b.rows[0].values.acceleratorLogic).toBeCloseTo(0.2, 12)
    expect(b.rows[1].values.acceleratorLogic).toBeCloseTo(0.8, 12)
    expect(b.rows[0].total).toBeCloseTo(0.4, 12)
    expect(b.rows[1].total).toBeCloseTo(1.6, 12)
    expect(b.series.map((s) => s.key)).toEqual(['acceleratorLogic', 'energy'])
  })

  it('cost component rows sum to the output cost of the request', () => {
    const r = engineResult()
    const b = costBreakdown(r)
    const perUnit = (r.scenario.outputTokens / 1e6) * REQUESTS_PER_COST_UNIT
    expect(b.rows[0].total + b.rows[1].total).toBeCloseTo(
      r.costPerMillionTokens.output * perUnit,
      9,
    )
    for (const [key, value] of Object.entries(r.cost.perMillionOutputTokens)) {
      expect(componentTotal(b, key)).toBeCloseTo(value * perUnit, 9)
    }
  })

  it('gives prefill the $/M input-token figure × prompt tokens', () => {
    const r = engineResult()
    const b = costBreakdown(r)
    expect(b.rows[0].total).toBeCloseTo(
      (r.costPerMillionTokens.input * r.scenario.inputTokens * REQUESTS_PER_COST_UNIT) / 1e6,
      9,
    )
  })

  it('lists only the components that are drawn: rental alone when renting, never under TCO', () => {
    expect(costBreakdown(engineResult()).series.map((s) => s.key)).not.toContain('rental')
    expect(
      costBreakdown(engineResult({ economics: { mode: 'rental' } })).series.map((s) => s.key),
    ).toEqual(['rental'])
  })
})

describe('energyBreakdown', () => {
  it("matches the engine's energy per phase at the boundary", () => {
    for (const boundary of ['chip', 'node', 'facility'] as const) {
      const r = engineResult({ energy: { boundary } })
      const b = energyBreakdown(r)
      expect(sumOf(b, 0)).toBeCloseTo(r.energyPerToken.perInputToken * r.scenario.inputTokens, 6)
      expect(sumOf(b, 1)).toBeCloseTo(
        r.energyPerToken.decodePerOutputToken * r.scenario.outputTokens,
        6,
      )
    }
  })

  it('splits each component between the phases so that they add up to its per-request total', () => {
    const r = engineResult({ energy: { boundary: 'facility' } })
    const b = energyBreakdown(r)
    for (const [key, perToken] of Object.entries(r.energyPerToken.components)) {
      expect(componentTotal(b, key)).toBeCloseTo(perToken * r.scenario.outputTokens, 6)
    }
  })

  it('leaves host and facility out at the chip boundary', () => {
    const b = energyBreakdown(engineResult({ energy: { boundary: 'chip' } }))
    expect(b.series.map((s) => s.key)).toEqual(['compute', 'memory', 'network', 'static'])
    expect(componentTotal(b, 'host')).toBe(0)
    expect(componentTotal(b, 'facilityOverhead')).toBe(0)
  })
})

describe('niceTicks', () => {
  it('steps by 1, 2, 2.5 or 5 × a power of ten up to at least the maximum', () => {
    expect(niceTicks(0.161)).toEqual([0, 0.05, 0.1, 0.15, 0.2])
    expect(niceTicks(53.5)).toEqual([0, 20, 40, 60])
    expect(niceTicks(245)).toEqual([0, 100, 200, 300])
    expect(niceTicks(100)).toEqual([0, 25, 50, 75, 100])
    expect(niceTicks(0)).toEqual([0, 1])
  })
})

describe('tickDecimals', () => {
  it('shows every tick exactly', () => {
    expect(tickDecimals([0, 0.05, 0.1])).toBe(2)
    expect(tickDecimals([0, 2.5, 5])).toBe(1)
    expect(tickDecimals([0, 20, 40])).toBe(0)
  })
})
