/**
 * The kernel keeps no state between calls: evaluating one scenario between two evaluations of
 * another changes nothing (the old kernel passed a prepared decode model from its auto-sizing to
 * the evaluation through module-level scratch, so call order could leak a value).
 */
import { describe, expect, it } from 'vitest'

import { resolveScenario, scenarioParams } from '@/engine'
import { createOutput, evaluate, OUTPUTS } from '@/engine/kernel'

function params(input: unknown): Float64Array {
  const resolved = resolveScenario(input)
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.issues))
  return scenarioParams(resolved.scenario)
}

describe('kernel state', () => {
  const a = params({ model: 'deepseek-v3', hardware: 'h200-sxm' })
  const b = params({ model: 'llama-3.1-8b', hardware: 'a100-80gb', workload: { batchSize: 3 } })

  it('gives the same result whatever was evaluated before', () => {
    const first = Array.from(evaluate(a, createOutput()))
    evaluate(b, createOutput())
    evaluate(b, createOutput(), true)
    const again = Array.from(evaluate(a, createOutput()))
    expect(again).toEqual(first)
  })

  it('recalls a result only for bit-for-bit the same parameters and lean flag (recall = true)', () => {
    const fresh = (x: Float64Array, lean: boolean): number[] =>
      Array.from(evaluate(x, createOutput(), lean))
    const expectedA = fresh(a, true)
    const expectedB = fresh(b, true)
    const expectedAFull = fresh(a, false)
    // a, b, a again (recalled), then a non-lean a (not the lean one's result), then a copy of a
    // one bit away in one parameter (not recalled).
    expect(Array.from(evaluate(a, createOutput(), true, true))).toEqual(expectedA)
    expect(Array.from(evaluate(b, createOutput(), true, true))).toEqual(expectedB)
    expect(Array.from(evaluate(a, createOutput(), true, true))).toEqual(expectedA)
    expect(Array.from(evaluate(a, createOutput(), false, true))).toEqual(expectedAFull)
    const nudged = a.slice()
    const i = 0
    nudged[i] = nudged[i]! === 0 ? Number.MIN_VALUE : nudged[i]! * (1 + Number.EPSILON)
    expect(Array.from(evaluate(nudged, createOutput(), true, true))).toEqual(fresh(nudged, true))
  })

  it('overwrites every slot of a reused output buffer', () => {
    const out = createOutput()
    evaluate(b, out)
    const fresh = Array.from(evaluate(a, createOutput()))
    expect(Array.from(evaluate(a, out))).toEqual(fresh)
  })

  it('has one output per named slot, numbered in order', () => {
    expect(OUTPUTS.map((o) => o.slot)).toEqual(OUTPUTS.map((_, i) => i))
    expect(new Set(OUTPUTS.map((o) => o.name)).size).toBe(OUTPUTS.length)
    for (const o of OUTPUTS) expect(o.unit.length).toBeGreaterThan(0)
  })
})
