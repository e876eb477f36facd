/**
 * The kernel keeps no state between calls: evaluating one scenario between two evaluations of
 * another changes nothing (the old kernel passed a prepared decode model from its auto-sizing to
 * the evaluation through module-level scratch, so call order could leak a value).
 */
import { describe, expect, it } from 'vitest'

import { resolveScenario, scenarioParams, simulate } from '@/engine'
import { createOutput, evaluate, OUTPUTS } from '@/engine/kernel'
import { packScenario } from '@/engine/pack'
import { PARAM_COUNT } from '@/engine/params'

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

  it('packScenario writes every slot of a reused vector', () => {
    const r = resolveScenario({ model: 'llama-3.1-8b', hardware: 'a100-80gb' })
    if (!r.ok) throw new Error(JSON.stringify(r.issues))
    const poisoned = new Float64Array(PARAM_COUNT).fill(Number.NaN)
    expect(Array.from(packScenario(r.scenario, poisoned))).toEqual(
      Array.from(packScenario(r.scenario)),
    )
  })

  it('simulate() gives the same result whatever it ran before (its vectors are reused)', () => {
    // simulate() packs into and evaluates into module-level vectors: a slot the previous scenario
    // set and this one does not must not leak. The scenarios differ in every part of the vector:
    // MoE against dense, a fixed count against auto, a requested batch against "max", levers on.
    const inputs = [
      { model: 'deepseek-v3', hardware: 'h200-sxm', year: 2029, levers: { multiTokenDecoding: 1 } },
      { model: 'llama-3.1-8b', hardware: 'a100-80gb', accelerators: 2, workload: { batchSize: 3 } },
      { model: 'jamba-1.5-mini', hardware: 'mi300x', workload: 'rag' },
    ]
    const scenarios = inputs.map((input) => {
      const r = resolveScenario(input)
      if (!r.ok) throw new Error(JSON.stringify(r.issues))
      return r.scenario
    })
    // Each first in a fresh order, then in others: every result equals its first.
    const first = scenarios.map((s) => simulate(s))
    for (const order of [
      [2, 1, 0],
      [1, 0, 2, 0, 1],
    ]) {
      for (const i of order) expect(simulate(scenarios[i]!)).toEqual(first[i])
    }
    // And the result keeps no reference to the reused vectors: a later call does not change it.
    const kept = simulate(scenarios[0]!)
    const copy = structuredClone(kept)
    simulate(scenarios[1]!)
    expect(kept).toEqual(copy)
  })

  it('has one output per named slot, numbered in order', () => {
    expect(OUTPUTS.map((o) => o.slot)).toEqual(OUTPUTS.map((_, i) => i))
    expect(new Set(OUTPUTS.map((o) => o.name)).size).toBe(OUTPUTS.length)
    for (const o of OUTPUTS) expect(o.unit.length).toBeGreaterThan(0)
  })
})
