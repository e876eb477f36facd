import { describe, expect, it } from 'vitest'

import { METRICS } from '@/features/compare/model/metrics'
import { logAxis, overlayData, overlayExport } from '@/features/compare/model/overlay'
import {
  compareExport,
  compareName,
  compareRows,
  leverWords,
  PRESET_PREFIX,
} from '@/features/compare/model/rows'
import { CURRENT_SCENARIO_ID, REFERENCE_SCENARIO_ID } from '@/state/compare-slice'

import { outcomeOf } from '../fixtures'

const outcomes = {
  [REFERENCE_SCENARIO_ID]: outcomeOf({}),
  [CURRENT_SCENARIO_ID]: outcomeOf({ year: 2030, levers: { hbm: 1, inferenceEngine: 1 } }),
  broken: outcomeOf({ model: 'llama-3.1-405b', accelerators: 1 }),
}
const ctx = {
  saved: [
    {
      id: 'broken',
      name: 'Too big',
      createdAt: '',
      updatedAt: '',
      input: {},
      schemaVersion: 1 as const,
    },
  ],
  activeName: undefined,
}

describe('compareRows', () => {
  const rows = compareRows(
    [REFERENCE_SCENARIO_ID, CURRENT_SCENARIO_ID, 'broken'],
    REFERENCE_SCENARIO_ID,
    outcomes,
    METRICS,
    ctx,
  )

  it('names rows, marks the reference, and gives ratios against it', () => {
    expect(rows.map((r) => r.name)).toEqual([
      '2026 reference (no levers)',
      'Current scenario',
      'Too big',
    ])
    expect(rows[0]?.isReference).toBe(true)
    expect(rows[0]?.ratios.costOutput).toBe(1)
    const current = rows[1]!
    expect(current.ratios.costOutput).toBeCloseTo(
      current.values.costOutput! / rows[0]!.values.costOutput!,
      12,
    )
    expect(current.ratios.costOutput).toBeLessThan(1)
  })

  it('shows a scenario that cannot run with its issues and no figures', () => {
    const broken = rows[2]!
    expect(broken.issues.length).toBeGreaterThan(0)
    expect(broken.values.costOutput).toBeUndefined()
    expect(broken.ratios.costOutput).toBeUndefined()
  })

  it('names presets on the current scenario and the open saved scenario', () => {
    expect(compareName(`${PRESET_PREFIX}aggressive`, ctx)).toMatch(/^Current \+ /)
    expect(compareName(CURRENT_SCENARIO_ID, { saved: [], activeName: 'Plan A' })).toBe(
      'Current: Plan A',
    )
  })

  it('exports the shown figures with units and ratios', () => {
    const table = compareExport(rows, ['costOutput', 'joules'], '2026 reference')
    expect(table.columns.map((c) => c.key)).toEqual([
      'scenario',
      'detail',
      'costOutput',
      'costOutput_ratio',
      'joules',
      'joules_ratio',
    ])
    expect(table.columns[2]).toMatchObject({ unit: '$ per million' })
    expect(table.rows[2]?.detail).toMatch(/^cannot run: /)
  })
})

describe('overlayData', () => {
  it('puts each runnable scenario in a column by year, in order, and bounds the log axis', () => {
    const rows = compareRows(
      [REFERENCE_SCENARIO_ID, CURRENT_SCENARIO_ID, 'broken'],
      REFERENCE_SCENARIO_ID,
      outcomes,
      METRICS,
      ctx,
    )
    const data = overlayData(rows, outcomes, 'cost')
    expect(data.series.map((s) => s.name)).toEqual([
      '2026 reference (no levers)',
      'Current scenario',
    ])
    expect(data.rows.map((r) => r.year)).toEqual([2026, 2027, 2028, 2029, 2030])
    const current = outcomes[CURRENT_SCENARIO_ID]
    expect(data.rows[4]?.s1).toBe(
      current?.ok ? current.trajectory[4]?.costPerMillionTokens.output : undefined,
    )
    const { domain, ticks } = logAxis(data)
    const [lo, hi] = domain
    for (const r of data.rows) for (const s of data.series) expect(r[s.key]).toBeGreaterThan(lo)
    for (const r of data.rows) for (const s of data.series) expect(r[s.key]).toBeLessThan(hi)
    expect(ticks.length).toBeGreaterThanOrEqual(2)
    // Round numbers inside the axis: at most two significant digits.
    for (const t of ticks) expect(t >= lo && t <= hi && Number(t.toPrecision(2)) === t).toBe(true)
    expect(overlayExport(data, 'energy').columns[1]).toMatchObject({
      label: '2026 reference (no levers)',
      unit: 'J per output token, each scenario at its own energy boundary',
    })
  })
})

describe('logAxis', () => {
  it('uses round, evenly spaced ticks when the lines barely move', () => {
    const data = {
      rows: [
        { year: 2026, s0: 0.98 },
        { year: 2030, s0: 0.98 },
      ],
      series: [{ key: 's0', name: 'flat', colorIndex: 1 }],
    }
    const { domain, ticks } = logAxis(data)
    expect(ticks.length).toBeGreaterThanOrEqual(3)
    expect(ticks).toContain(1)
    for (const t of ticks) expect(t >= domain[0] && t <= domain[1]).toBe(true)
  })
})

/**
 * Each row says which levers it has on (two rows on the same model and hardware had read the same),
 * and every ratio column carries its unit (found by an export review, 2026-12-07).
 */
describe('compare rows: levers and units', () => {
  it('names the levers that are on, with their adoption', () => {
    expect(leverWords({})).toBe('no levers')
    expect(leverWords({ hbm: 1, scaleUp: 0.5, customSilicon: 0 })).toBe(
      'HBM evolution (HBM4 and beyond) 100 %, Scale-up interconnect (integrated racks, open fabric) 50 %',
    )
  })

  it('tells the reference and a scenario with levers apart in the Details column', () => {
    const rows = compareRows(
      [REFERENCE_SCENARIO_ID, CURRENT_SCENARIO_ID],
      REFERENCE_SCENARIO_ID,
      outcomes,
      METRICS,
      ctx,
    )
    expect(rows[0]!.detail).toMatch(/· no levers$/)
    expect(rows[1]!.detail).toMatch(
      /· HBM evolution \(HBM4 and beyond\) 100 %, Inference engine and workload orchestrator 100 %$/,
    )
    expect(rows[1]!.detail).toContain('energy at the facility boundary')
    const table = compareExport(rows, ['costOutput'], '2026 reference (no levers)')
    expect(table.columns.find((c) => c.key === 'costOutput_ratio')?.unit).toBe('×')
    const energy = compareExport(rows, ['joules'], '2026 reference (no levers)')
    expect(energy.columns.find((c) => c.key === 'joules')?.unit).toBe(
      'J per output token, at the boundary in Details',
    )
  })
})
