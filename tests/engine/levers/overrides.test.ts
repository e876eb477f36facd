import { describe, expect, it } from 'vitest'

import { analyze } from '@/engine/analysis/analyze'
import { leverById, resolveScenario, runScenario, type ScenarioInput } from '@/engine/index'
import { LEVERS } from '@/engine/levers/catalog'
import { leversWithOverrides } from '@/engine/levers/overrides'

function cost(input: ScenarioInput): number {
  const outcome = runScenario(input)
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '))
  return outcome.result.costPerMillionTokens.output
}

const hbm = leverById('hbm')
const bandwidth = hbm.effects.find((e) => e.param === 'MEMORY_BANDWIDTH_BPS')!

describe('lever effect overrides', () => {
  const base: ScenarioInput = { year: 2030, levers: { hbm: 1 } }

  it('an override equal to the catalogue range changes nothing', () => {
    const same = {
      hbm: { MEMORY_BANDWIDTH_BPS: [...bandwidth.ranges.article] as [number, number, number] },
    }
    expect(cost({ ...base, leverOverrides: same })).toBe(cost(base))
  })

  it('a stronger bandwidth effect lowers the cost of a memory-bound decode', () => {
    const [, catalogueBase] = bandwidth.ranges.article
    const stronger = {
      hbm: {
        MEMORY_BANDWIDTH_BPS: [catalogueBase * 2, catalogueBase * 3, catalogueBase * 4] as [
          number,
          number,
          number,
        ],
      },
    }
    expect(cost({ ...base, leverOverrides: stronger })).toBeLessThan(cost(base))
  })

  it('does nothing while the lever is off', () => {
    const overrides = { hbm: { MEMORY_BANDWIDTH_BPS: [5, 6, 7] as [number, number, number] } }
    expect(cost({ year: 2030, leverOverrides: overrides })).toBe(cost({ year: 2030 }))
  })

  it('reaches the analyses (trajectory) as well as the single run', () => {
    const overrides = { hbm: { MEMORY_BANDWIDTH_BPS: [5, 6, 7] as [number, number, number] } }
    const plain = resolveScenario(base)
    const edited = resolveScenario({ ...base, leverOverrides: overrides })
    if (!plain.ok || !edited.ok) throw new Error('scenarios should resolve')
    const last = (s: typeof plain.scenario) =>
      analyze(s, { parts: ['trajectory'] }).trajectory!.at(-1)!.costPerMillionTokens.output
    expect(last(edited.scenario)).toBeLessThan(last(plain.scenario))
    expect(last(edited.scenario)).toBeCloseTo(cost({ ...base, leverOverrides: overrides }), 6)
  })

  it('replaces the range under both assumption sets and leaves other levers alone', () => {
    const levers = leversWithOverrides(LEVERS, { hbm: { MEMORY_BANDWIDTH_BPS: [2, 3, 4] } })
    const edited = levers
      .find((l) => l.id === 'hbm')!
      .effects.find((e) => e.param === 'MEMORY_BANDWIDTH_BPS')!
    expect(edited.ranges).toEqual({ article: [2, 3, 4], evidence: [2, 3, 4] })
    expect(levers.find((l) => l.id === 'scaleUp')).toBe(LEVERS.find((l) => l.id === 'scaleUp'))
    expect(leversWithOverrides(LEVERS, {})).toBe(LEVERS)
  })

  it.each([
    [{ hbm: { NOT_A_PARAM: [1, 1, 1] } }, /leverOverrides\.hbm\.NOT_A_PARAM.*not an effect/],
    [
      { hbm: { MEMORY_BANDWIDTH_BPS: [2, 5, 3] } },
      /base value must lie between.*got low 2, base 5, high 3/,
    ],
    [{ hbm: { MEMORY_BANDWIDTH_BPS: [0, 1, 2] } }, /multiplier.*got \[0, 1, 2\]/],
    [{ notALever: { X: [1, 1, 1] } }, /notALever/],
    [{ hbm: { MEMORY_BANDWIDTH_BPS: [1, 2] } }, /leverOverrides\.hbm\.MEMORY_BANDWIDTH_BPS/],
  ])('rejects %j with a message naming the field', (leverOverrides, message) => {
    const outcome = resolveScenario({ leverOverrides })
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.issues.map((i) => i.message).join('\n')).toMatch(message)
  })
})
