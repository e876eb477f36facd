import {
  analyze,
  type AnalysisResult,
  PRESETS,
  resolveScenario,
  type ScenarioInput,
} from '@/engine/index'

/** The engine's analysis of a scenario (a small seeded Monte Carlo keeps the tests fast). */
export function analysisOf(input: ScenarioInput): AnalysisResult {
  const resolved = resolveScenario(input)
  if (!resolved.ok) throw new Error(resolved.issues.map((i) => i.message).join('; '))
  return analyze(resolved.scenario, { samples: 200 })
}

export const ARTICLE_ALL = PRESETS.find((p) => p.id === 'article-all')!.input
export const CONSERVATIVE = PRESETS.find((p) => p.id === 'conservative')!.input
