import { analyze, resolveScenario, type ScenarioInput, simulate } from '@/engine/index'
import type { CompareOutcome } from '@/state/compare-slice'

/** A compare outcome computed by the real engine (as the worker would). */
export function outcomeOf(input: ScenarioInput): CompareOutcome {
  const resolved = resolveScenario(input)
  if (!resolved.ok) return { ok: false, issues: resolved.issues }
  const result = simulate(resolved.scenario)
  if (!result.feasible) return { ok: false, issues: result.issues }
  return {
    ok: true,
    result,
    trajectory: analyze(resolved.scenario, { parts: ['trajectory'] }).trajectory ?? [],
    levers: { ...resolved.scenario.levers },
  }
}
