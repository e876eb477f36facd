/**
 * Fuzz of the engine's entry points (issue 7): 10,000 random and malformed scenario inputs through
 * resolveScenario and runScenario. Never a throw; every outcome is either a result whose headline
 * figures are finite and positive, or issues that each name a field and say what is wrong.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { resolveScenario, runScenario } from '@/engine/index'

import { anyScenarioInput } from '../helpers/hostile-inputs'

export const ENGINE_FUZZ_RUNS = 10_000

/** What is wrong with the engine's answer to `input`, or undefined when it is as it should be. */
function violation(
  input: unknown,
  tally: { results: number; refusals: number },
): string | undefined {
  const resolved = resolveScenario(input)
  const outcome = runScenario(input)
  if (!resolved.ok && outcome.ok) return 'runScenario ran an input that resolveScenario refused'
  if (!resolved.ok && resolved.issues.length === 0) return 'refused without issues'
  if (outcome.ok) {
    tally.results++
    const r = outcome.result
    const figures = [
      r.costPerMillionTokens.output,
      r.costPerMillionTokens.blended,
      r.energyPerToken.joules,
      r.throughput.outputTokensPerSecondPerAccelerator,
      r.latency.ttftSeconds,
      r.latency.tpotSeconds,
    ]
    return figures.every((v) => Number.isFinite(v) && v > 0)
      ? undefined
      : `a headline figure is not finite and positive: ${figures.join(', ')}`
  }
  tally.refusals++
  if (outcome.issues.length === 0) return 'refused without issues'
  const bad = outcome.issues.find(
    (i) =>
      i.path.length === 0 || i.message.trim().length <= 5 || /\[object Object\]/.test(i.message),
  )
  return bad ? `an issue without a field or a message: ${JSON.stringify(bad)}` : undefined
}

describe('engine fuzz', () => {
  it(`${ENGINE_FUZZ_RUNS.toLocaleString('en-US')} random and malformed inputs: a result or named issues, never a throw`, () => {
    const tally = { results: 0, refusals: 0 }
    fc.assert(
      fc.property(anyScenarioInput, (input) => {
        expect(violation(input, tally)).toBeUndefined()
      }),
      { seed: 20_261_127, numRuns: ENGINE_FUZZ_RUNS },
    )
    // Both kinds of outcome were exercised.
    expect(tally.results).toBeGreaterThan(ENGINE_FUZZ_RUNS / 20)
    expect(tally.refusals).toBeGreaterThan(ENGINE_FUZZ_RUNS / 4)
    // Nothing reached Object.prototype.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  }, 120_000)
})
