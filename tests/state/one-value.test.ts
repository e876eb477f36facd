import { describe, expect, it } from 'vitest'

import { resolveScenario, type ScenarioInput } from '@/engine/index'
import { oneValuePerQuantity } from '@/state/one-value'
import { createAppStore } from '@/state/store'

const resolvedEconomics = (input: ScenarioInput) => {
  const outcome = resolveScenario(input)
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '))
  return outcome.scenario.economics
}

describe('oneValuePerQuantity', () => {
  it('moves the economics price and rental rate onto the accelerator, keeping what the engine used', () => {
    const input: ScenarioInput = {
      hardware: { base: 'b200', priceUsd: 10_000, usdPerHour: 1 },
      economics: { acceleratorPriceUsd: 45_000, usdPerHour: 3.5, usdPerKwh: 0.1 },
    }
    const once = oneValuePerQuantity(input)
    expect(once).toEqual({
      hardware: { base: 'b200', priceUsd: 45_000, usdPerHour: 3.5 },
      economics: { usdPerKwh: 0.1 },
    })
    expect(resolvedEconomics(once)).toEqual(resolvedEconomics(input))
  })

  it('turns a catalogue id into an object over it, and no hardware into the reference chip', () => {
    expect(oneValuePerQuantity({ hardware: 'h200', economics: { usdPerHour: 2 } })).toEqual({
      hardware: { base: 'h200', usdPerHour: 2 },
    })
    const bare: ScenarioInput = { economics: { acceleratorPriceUsd: 20_000, mode: 'tco' } }
    const moved = oneValuePerQuantity(bare)
    expect(moved).toEqual({ hardware: { priceUsd: 20_000 }, economics: { mode: 'tco' } })
    expect(resolvedEconomics(moved)).toEqual(resolvedEconomics(bare))
  })

  it('leaves an input that holds each quantity once as the same object', () => {
    const input: ScenarioInput = {
      hardware: { base: 'b200', priceUsd: 1 },
      economics: { pue: 1.2 },
    }
    expect(oneValuePerQuantity(input)).toBe(input)
  })
})

describe('the scenario slice keeps one value per quantity', () => {
  it('through setScenario and updateScenario', () => {
    const store = createAppStore()
    store.getState().setScenario({ hardware: 'b200', economics: { usdPerHour: 3.5 } })
    expect(store.getState().scenario).toEqual({ hardware: { base: 'b200', usdPerHour: 3.5 } })
    store.getState().updateScenario((s) => ({
      ...s,
      economics: { acceleratorPriceUsd: 30_000 },
    }))
    expect(store.getState().scenario).toEqual({
      hardware: { base: 'b200', usdPerHour: 3.5, priceUsd: 30_000 },
    })
  })
})
