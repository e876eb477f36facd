import { describe, expect, it } from 'vitest'

import { analyzeEconomics, ECONOMICS_PARTS } from '@/engine/economics/analyze-economics'
import { defaultEconomicsInputs } from '@/engine/economics/inputs'

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

describe('analyzeEconomics', () => {
  it('returns every part by default and only the parts asked for', () => {
    const all = analyzeEconomics({}, defaultEconomicsInputs())
    if (!all.ok) throw new Error('failed')
    for (const part of ECONOMICS_PARTS) expect(all.value[part], `${part}`).toBeDefined()
    const some = analyzeEconomics({}, defaultEconomicsInputs(), ['fleet'])
    if (!some.ok) throw new Error('failed')
    expect(some.value.fleet).toBeDefined()
    expect(some.value.useCases).toBeUndefined()
    expect(some.value.serving).toBeUndefined()
  })

  it('reports invalid scenario and invalid economics inputs separately', () => {
    const scenario = analyzeEconomics({ hardware: 'nope' }, defaultEconomicsInputs())
    expect(scenario.ok || scenario.source).toBe('scenario')
    const economics = analyzeEconomics({}, { ...defaultEconomicsInputs(), targetGrossMargin: 2 })
    expect(economics.ok || economics.source).toBe('economics')
    expect(!economics.ok && economics.issues[0]?.message).toBe(
      'targetGrossMargin must be at most 0.95 (got 2)',
    )
  })

  it('is deterministic and does not mutate its inputs', () => {
    const scenario = deepFreeze({ levers: { hbm: 1, coPackagedOptics: 0.5 }, year: 2029 })
    const inputs = deepFreeze(defaultEconomicsInputs())
    const a = analyzeEconomics(scenario, inputs)
    const b = analyzeEconomics(scenario, inputs)
    expect(a).toEqual(b)
  })

  it('states the scenario’s energy boundary on the result', () => {
    const r = analyzeEconomics({ energy: { boundary: 'node' } }, defaultEconomicsInputs(), ['site'])
    if (!r.ok) throw new Error('failed')
    expect(r.value.boundary).toBe('node')
    expect(r.value.site?.boundary).toBe('node')
  })
})
