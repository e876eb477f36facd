import {
  analyze,
  type AnalysisResult,
  PRESETS,
  resolveScenario,
  type ScenarioInput,
} from '@/engine/index'

export function analysisOf(input: ScenarioInput): AnalysisResult {
  const resolved = resolveScenario(input)
  if (!resolved.ok) throw new Error(resolved.issues.map((i) => i.message).join('; '))
  return analyze(resolved.scenario, { parts: ['attribution', 'sensitivity'] })
}

export const presetInput = (id: string): ScenarioInput => {
  const preset = PRESETS.find((p) => p.id === id)
  if (!preset) throw new Error(`no preset ${id}`)
  return preset.input
}
