import { describe, expect, it } from 'vitest'

import { assumptionValues, acceleratorById, modelById, resolveScenario } from '@/engine/index'

/** The scenario resolved, or a failure that names why. */
function resolved(input: Parameters<typeof resolveScenario>[0]) {
  const outcome = resolveScenario(input)
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '))
  return outcome.scenario
}

describe('assumptionValues', () => {
  it('resolves the scenario as it is, and each section without its own edits', () => {
    const input = {
      hardware: { base: 'b200', memoryBandwidthTBps: 1 },
      model: { base: 'llama-3.1-8b', layers: 40 },
      economics: { usdPerKwh: 0.2 },
      energy: { hostW: 900 },
      efficiency: { compute: 0.4 },
      serving: { kvWaste: 1.3 },
    } as const
    const values = assumptionValues(input)
    expect(values.current).toEqual(resolved(input))
    // The custom accelerator goes back to the entry it starts from; the other edits stay.
    expect(values.defaults.hardware?.hardware.memoryBandwidthTBps).toBe(
      acceleratorById('b200')?.memoryBandwidthTBps,
    )
    expect(values.defaults.hardware?.economics.usdPerKwh).toBe(0.2)
    expect(values.defaults.model?.model.layers).toBe(modelById('llama-3.1-8b')?.layers)
    expect(values.defaults.model?.hardware.memoryBandwidthTBps).toBe(1)
    const plain = resolved({})
    expect(values.defaults.economics?.economics.usdPerKwh).toBe(plain.economics.usdPerKwh)
    expect(values.defaults.energy?.energy.hostW).not.toBe(900)
    expect(values.defaults.efficiency?.efficiency.compute).toBe(
      resolved({ ...input, efficiency: undefined }).efficiency.compute,
    )
    expect(values.defaults.serving?.serving.kvWaste).toBe(
      resolved({ ...input, serving: undefined }).serving.kvWaste,
    )
  })

  it('gives no scenario where one cannot resolve, and still the defaults that can', () => {
    const values = assumptionValues({ economics: { pue: 0.5 } })
    expect(values.current).toBeUndefined()
    expect(values.defaults.economics).toEqual(resolved({}))
    expect(values.defaults.hardware).toBeUndefined()
  })
})
