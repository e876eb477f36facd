import type { StateCreator } from 'zustand'

import type { LeverId, Preset, ScenarioInput } from '@/engine/index'

import { oneValuePerQuantity } from './one-value'
import type { AppState } from './store'

export interface ScenarioSlice {
  /** The scenario being edited: a partial input, resolved by the engine (defaults fill the rest). */
  readonly scenario: ScenarioInput
  /** The preset the scenario came from, until the user edits it. */
  readonly presetId: string | null
  /**
   * Replace the whole scenario (a preset, an import, a shared link). Every setter keeps one value per
   * quantity (state/one-value.ts): an accelerator price or rental rate is held once.
   */
  readonly setScenario: (scenario: ScenarioInput, presetId?: string | null) => void
  /** Apply a preset: it sets levers, year and assumption set; the model, hardware and workload stay. */
  readonly applyPreset: (preset: Preset) => void
  /** Edit the scenario with a pure updater. */
  readonly updateScenario: (update: (scenario: ScenarioInput) => ScenarioInput) => void
  readonly setLever: (id: LeverId, adoption: number) => void
  readonly resetScenario: () => void
}

export const INITIAL_SCENARIO: ScenarioInput = {}

export const createScenarioSlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  ScenarioSlice
> = (set) => ({
  scenario: INITIAL_SCENARIO,
  presetId: 'baseline-2026',
  setScenario: (scenario, presetId = null) =>
    set({ scenario: oneValuePerQuantity(scenario), presetId }),
  applyPreset: (preset) =>
    set((state) => ({
      scenario: oneValuePerQuantity({ ...state.scenario, ...preset.input }),
      presetId: preset.id,
    })),
  updateScenario: (update) =>
    set((state) => ({ scenario: oneValuePerQuantity(update(state.scenario)), presetId: null })),
  setLever: (id, adoption) =>
    set((state) => ({
      scenario: {
        ...state.scenario,
        levers: { ...state.scenario.levers, [id]: Math.min(1, Math.max(0, adoption)) },
      },
      presetId: null,
    })),
  resetScenario: () => set({ scenario: INITIAL_SCENARIO, presetId: 'baseline-2026' }),
})
