/**
 * Issue 12's done-when, checked through the CLI contract: over every catalogue chip × both
 * assumption sets × 2026–2030 × {no levers, every lever at 1, the Conservative preset's levers},
 * chip power stays within its limit and no figure is NaN or infinite (the JSON writer would turn
 * them into null). The 4-bit floor over the same grid is checked on the packed parameters, where
 * the levers act, in tests/engine/levers/overlaps.test.ts.
 */
import { describe, expect, it } from 'vitest'

import { ACCELERATORS, LEVER_IDS, presetById, type SimulationResult } from '@/engine/index'

import { runCli } from '../../scripts/lib/cli'

const YEARS = [2026, 2027, 2028, 2029, 2030] as const
const ALL_AT_ONE = Object.fromEntries(LEVER_IDS.map((id) => [id, 1]))
const conservative = presetById('conservative')
if (!conservative) throw new Error('the Conservative preset is missing from the catalogue')
const LEVER_SETS = {
  none: {},
  all: ALL_AT_ONE,
  conservative: conservative.input.levers ?? {},
} as const

const cases = ACCELERATORS.flatMap((chip) =>
  (['article', 'evidence'] as const).flatMap((assumptions) =>
    YEARS.flatMap((year) =>
      Object.entries(LEVER_SETS).map(([set, levers]) => ({
        label: `${chip.id} · ${assumptions} · ${year} · ${set}`,
        input: { hardware: chip.id, assumptions, year, levers },
      })),
    ),
  ),
)

function runAll(): unknown[] {
  let stdout = ''
  const code = runCli(['-'], {
    stdout: (text) => (stdout += text),
    stderr: () => undefined,
    stdin: () => JSON.stringify(cases.map((c) => c.input)),
  })
  expect(code).toBe(0)
  return JSON.parse(stdout) as unknown[]
}

/** Paths of every null or non-finite number in a JSON value (NaN and ±Infinity print as null). */
function badNumbers(value: unknown, path: string, into: string[]): string[] {
  if (value === null) into.push(path)
  else if (typeof value === 'number' && !Number.isFinite(value)) into.push(path)
  else if (Array.isArray(value)) value.forEach((v, i) => badNumbers(v, `${path}[${i}]`, into))
  else if (typeof value === 'object')
    for (const [k, v] of Object.entries(value)) badNumbers(v, `${path}.${k}`, into)
  return into
}

/** A runner-up plan that cannot serve has no cost: null there is the contract, not a NaN. */
const ALLOWED_NULL = /\.deployment\.alternatives\[\d+\]\.costPerMillionOutputTokens$/

describe('issue 12 done-when: power, formats and finiteness over the whole grid', () => {
  const results = runAll()
  it(`runs ${cases.length} scenarios (chips × sets × years × lever sets)`, () => {
    expect(results).toHaveLength(cases.length)
    expect(cases.length).toBe(ACCELERATORS.length * 2 * 5 * 3)
  })

  it('keeps every chip within its power limit, in prefill and in decode', () => {
    const over = results.flatMap((r, i) => {
      const s = r as SimulationResult
      if (!('power' in s)) return []
      const limit = s.power.limitWattsPerAccelerator * (1 + 1e-9)
      return s.power.prefill.chipWattsPerAccelerator > limit ||
        s.power.decode.chipWattsPerAccelerator > limit
        ? [
            `${cases[i]!.label}: ${Math.round(s.power.decode.chipWattsPerAccelerator)} W > ${s.power.limitWattsPerAccelerator} W`,
          ]
        : []
    })
    expect(over).toEqual([])
    // the grid must reach the limit somewhere, or the check above proves nothing
    const throttled = results.filter((r) => (r as SimulationResult).power?.decode.clockShare < 1)
    expect(throttled.length).toBeGreaterThan(0)
  })

  it('has no NaN or infinite figure in any result', () => {
    const bad = results.flatMap((r, i) =>
      badNumbers(r, cases[i]!.label, []).filter((path) => !ALLOWED_NULL.test(path)),
    )
    expect(bad).toEqual([])
  })

  it('computes a feasible result for most of the grid (the checks above are not vacuous)', () => {
    const feasible = results.filter((r) => (r as SimulationResult).feasible === true).length
    expect(feasible).toBeGreaterThan(cases.length * 0.8)
  })
})
