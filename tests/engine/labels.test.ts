/** The words the result carries (engine/labels.ts), so views stop re-deriving them. */
import { describe, expect, it } from 'vitest'

import { inputLabel, runScenario, scenarioLabel } from '@/engine/index'

function run(input: Parameters<typeof runScenario>[0]) {
  const outcome = runScenario(input)
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '))
  return outcome.result
}

describe('scenarioLabel', () => {
  it('writes model, replica, workload, year and levers on one line', () => {
    expect(
      scenarioLabel({
        modelName: 'M',
        hardwareName: 'H',
        accelerators: 1024,
        workloadName: 'Chat',
        year: 2030,
        leversOn: 1,
      }),
    ).toBe('M on 1,024× H · Chat · 2030 · 1 lever on')
    expect(
      scenarioLabel({
        modelName: 'M',
        hardwareName: 'H',
        workloadName: 'W',
        year: 2026,
        leversOn: 0,
      }),
    ).toBe('M on H · W · 2026 · no levers')
  })
})

describe('result.labels', () => {
  it('names the reference scenario, its workload, target and deployment', () => {
    const r = run({
      hardware: 'h100-sxm',
      accelerators: 8,
      model: 'llama-3.3-70b',
      workload: 'chat',
    })
    expect(r.labels).toEqual({
      scenario:
        'Llama 3.3 70B Instruct on 8× NVIDIA H100 SXM5 80GB · Chat assistant · 2026 · no levers',
      workload: 'Chat assistant: 1,024 prompt → 256 output tokens',
      minOutputTokensPerSecondPerUser: 40,
      leversOn: [],
      deployment: '8× NVIDIA H100 SXM5 80GB, TP8',
    })
  })

  it('carries the workload’s own interactivity target and lists the levers on in catalogue order', () => {
    const r = run({
      workload: { preset: 'chat', minOutputTokensPerSecondPerUser: 25 },
      levers: { hbm: 0.5, inferenceEngine: 1, advancedNodes: 0 },
    })
    expect(r.labels.minOutputTokensPerSecondPerUser).toBe(25)
    expect(r.labels.leversOn.map((l) => [l.id, l.value])).toEqual([
      ['hbm', 0.5],
      ['inferenceEngine', 1],
    ])
    expect(r.labels.scenario).toMatch(/ · 2 levers on$/)
  })

  it('splits the request cost by phase as the kernel does: prefill = $/M input × prompt tokens', () => {
    const r = run({})
    const { prefill, decode } = r.costPerRequestUsdByPhase
    expect(prefill).toBeCloseTo((r.costPerMillionTokens.input * r.scenario.inputTokens) / 1e6, 15)
    expect(prefill + decode).toBeCloseTo(r.costPerRequestUsd, 15)
    expect(prefill).toBeGreaterThan(0)
    expect(decode).toBeGreaterThan(0)
  })
})

describe('inputLabel', () => {
  it('labels an unresolved input from the catalogue and the reference defaults', () => {
    expect(inputLabel({})).toBe(
      'Llama 3.3 70B Instruct on NVIDIA H100 SXM5 80GB · Chat assistant · 2026 · no levers',
    )
    expect(
      inputLabel({
        hardware: { base: 'h100-sxm', name: 'My box' },
        accelerators: 4,
        year: 2028,
        levers: { hbm: 1 },
      }),
    ).toBe('Llama 3.3 70B Instruct on 4× My box · Chat assistant · 2028 · 1 lever on')
  })

  it('names the reference part for an edit without a base, as the engine resolves it', () => {
    const input = { hardware: { usdPerHour: 0.0001 }, workload: { outputTokens: 64 } }
    expect(inputLabel(input)).toBe(
      'Llama 3.3 70B Instruct on NVIDIA H100 SXM5 80GB · Chat assistant · 2026 · no levers',
    )
    const resolved = runScenario(input)
    if (!resolved.ok) throw new Error('the edit should run')
    expect(inputLabel(input)).toContain(resolved.result.scenario.hardwareName)
  })
})
