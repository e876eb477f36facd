import { describe, expect, it } from 'vitest'

import { runScenario, scenarioLabel } from '@/engine/index'
import { scenarioLine } from '@/features/economics/model/scenario-line'
import { scenarioSummary } from '@/features/overview/model/summary'
import { selectScenarioSummary } from '@/state/selectors'
import { createAppStore } from '@/state/store'

import { economicsResult } from '../features/economics/fixtures'

const input = { model: 'llama-3.1-8b', hardware: 'b200', year: 2030, levers: { hbm: 1 } } as const

function result() {
  const outcome = runScenario(input)
  if (!outcome.ok) throw new Error('the scenario should run')
  return outcome.result
}

describe('one function writes a scenario’s one-line label', () => {
  it('the charts’ summary lines start with the engine’s label and only add their own context', () => {
    const r = result()
    const label = r.labels.scenario
    expect(label).toBe(
      'Llama 3.1 8B on 1× NVIDIA B200 (HGX, 1000 W) · Chat assistant · 2030 · 1 lever on',
    )
    expect(scenarioSummary(r)).toBe(`${label} · bf16`)
    const store = createAppStore()
    store.getState().runSucceeded(r, 1)
    expect(selectScenarioSummary(store.getState())).toBe(`${label} · Article effects`)
  })

  it('the economics line is the engine’s label, with or without the hardware', () => {
    const e = economicsResult(input)
    const parts = {
      modelName: e.scenario.modelName,
      hardwareName: e.scenario.hardwareName,
      workloadName: `${e.scenario.inputTokens.toLocaleString('en-US')} in / ${e.scenario.outputTokens.toLocaleString('en-US')} out tokens`,
      year: 2030,
      leversOn: 1,
    }
    expect(scenarioLine(e, 1)).toBe(`${scenarioLabel(parts)} · Article effects · TCO`)
    expect(scenarioLine(e, 1, { hardware: null })).toBe(
      `Llama 3.1 8B · ${parts.workloadName} · 2030 · 1 lever on · Article effects · TCO`,
    )
  })
})
