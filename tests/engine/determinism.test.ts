import { describe, expect, it } from 'vitest'

import { resolveScenario, simulate } from '@/engine/index'

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

describe('determinism', () => {
  const input = deepFreeze({
    model: 'mixtral-8x7b',
    hardware: 'h200-sxm',
    accelerators: 2,
    precision: { weights: 'fp8', activations: 'fp8', kvCache: 'fp8' },
    levers: { modelOptimization: 0.5, hbm: 1 },
    year: 2028,
  })

  it('the same input twice gives deep-equal results', () => {
    const a = resolveScenario(input)
    const b = resolveScenario(input)
    if (!a.ok || !b.ok) throw new Error('invalid')
    expect(simulate(a.scenario)).toEqual(simulate(b.scenario))
  })

  it('does not mutate a frozen input or the resolved scenario', () => {
    const resolved = resolveScenario(input)
    if (!resolved.ok) throw new Error('invalid')
    const frozen = deepFreeze(resolved.scenario)
    expect(() => simulate(frozen)).not.toThrow()
  })
})
