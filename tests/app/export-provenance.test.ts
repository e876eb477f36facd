/**
 * The provenance every export carries names the scenario being exported: found by an export review
 * (2026-12-07), a scenario that could not run exported "custom model", "default hardware" and
 * "not computed yet", and an input that replaced a good one exported the earlier scenario's names.
 */
import { beforeEach, describe, expect, it } from 'vitest'

import { exportProvenance } from '@/app/export-provenance'
import { runScenario, type ScenarioInput } from '@/engine/index'
import { useAppStore } from '@/state/store'

const initialState = useAppStore.getState()
const LOCATION = { origin: 'https://lab.example', pathname: '/', search: '' }
const NOW = new Date('2026-12-07T12:00:00Z')

beforeEach(() => {
  useAppStore.setState(initialState, true)
})

function withScenario(input: ScenarioInput): void {
  useAppStore.setState({ scenario: input })
}

describe('exportProvenance', () => {
  it('a scenario that runs: its result names it, and it runs as set', () => {
    const outcome = runScenario({})
    if (!outcome.ok) throw new Error('the reference did not run')
    withScenario({})
    useAppStore.getState().runSucceeded(outcome.result, 1)
    const p = exportProvenance(useAppStore.getState(), LOCATION, NOW)
    expect(p.model).toBe('Llama 3.3 70B Instruct')
    expect(p.hardware).toBe('8× NVIDIA H100 SXM5 80GB')
    expect(p.status).toBe('runs as set')
    expect(p.accuracy).toMatch(/^±\d+ %/)
  })

  it("a scenario that misses its target: named from the input, with the engine's reason", () => {
    const input: ScenarioInput = {
      workload: { preset: 'chat', minOutputTokensPerSecondPerUser: 400 },
      levers: { hbm: 1 },
    }
    const outcome = runScenario(input)
    if (outcome.ok) throw new Error('expected the engine to refuse a 400 tokens/s target')
    withScenario(input)
    useAppStore.getState().runRejected(outcome.issues)
    const p = exportProvenance(useAppStore.getState(), LOCATION, NOW)
    expect(p.status).toMatch(/^cannot run as set: No deployment of Llama 3\.3 70B Instruct/)
    expect(p.model).toBe('Llama 3.3 70B Instruct')
    expect(p.hardware).toBe('NVIDIA H100 SXM5 80GB')
    expect(p.workload).toBe('chat workload, edited')
  })

  it('an input refused after a good run: names the input, never the earlier result', () => {
    const good = runScenario({ model: 'llama-3.1-8b' })
    if (!good.ok) throw new Error('the 8B scenario did not run')
    useAppStore.getState().runSucceeded(good.result, 1)
    withScenario({ model: 'deepseek-v3', hardware: 'h200-sxm', accelerators: 1 })
    useAppStore
      .getState()
      .runRejected([{ path: 'accelerators', message: 'DeepSeek-V3 does not fit on 1 H200.' }])
    const p = exportProvenance(useAppStore.getState(), LOCATION, NOW)
    expect(p.model).toBe('DeepSeek-V3')
    expect(p.hardware).toBe('1× NVIDIA H200 SXM 141GB')
    expect(p.status).toBe('cannot run as set: DeepSeek-V3 does not fit on 1 H200.')
    expect(p.accuracy).toBe('none: the scenario as set has no result')
    expect(p.model).not.toContain('8B')
  })

  it('an unset model or hardware is the reference choice, not a custom one', () => {
    withScenario({ levers: { hbm: 1 } })
    useAppStore.getState().runRejected([{ path: 'workload', message: 'refused' }])
    const p = exportProvenance(useAppStore.getState(), LOCATION, NOW)
    expect(p.model).toBe('Llama 3.3 70B Instruct')
    expect(p.hardware).toBe('NVIDIA H100 SXM5 80GB')
    expect(p.workload).toBe('chat workload')
  })

  it('says when the figures are a change behind, or the engine failed (found by a review)', () => {
    const outcome = runScenario({})
    if (!outcome.ok) throw new Error('the reference did not run')
    useAppStore.getState().runSucceeded(outcome.result, 1)
    useAppStore.getState().runStarted()
    expect(exportProvenance(useAppStore.getState(), LOCATION, NOW).status).toMatch(
      /latest change is being computed/,
    )
    useAppStore.getState().runFailed('worker stalled')
    const failed = exportProvenance(useAppStore.getState(), LOCATION, NOW)
    expect(failed.status).toBe('not computed: the engine failed (worker stalled)')
    expect(failed.accuracy).toBe('none: the scenario as set has no result')
  })
})
