import { describe, expect, it } from 'vitest'

import { presetById } from '@/engine/index'
import { createAppStore } from '@/state/store'

describe('scenario slice: applyPreset', () => {
  it('sets the preset’s levers, year and assumption set and keeps the model, hardware and workload', () => {
    const store = createAppStore()
    store.getState().setScenario({
      model: 'llama-3.1-8b',
      hardware: 'b200',
      workload: 'coding',
      levers: { hbm: 0.3 },
      year: 2027,
    })
    const preset = presetById('aggressive')!
    store.getState().applyPreset(preset)
    const { scenario, presetId } = store.getState()
    expect(presetId).toBe('aggressive')
    expect(scenario).toMatchObject({ model: 'llama-3.1-8b', hardware: 'b200', workload: 'coding' })
    expect(scenario.levers).toEqual(preset.input.levers)
    expect(scenario.year).toBe(preset.input.year)
    expect(scenario.assumptions).toBe(preset.input.assumptions)
  })
})
