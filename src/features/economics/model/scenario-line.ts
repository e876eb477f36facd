import { scenarioLabel, type EconomicsResult, type ScenarioInput } from '@/engine/index'

/** Levers with a slider above zero. */
export function leversOn(scenario: ScenarioInput): number {
  return Object.values(scenario.levers ?? {}).filter((v) => (v ?? 0) > 0).length
}

/**
 * One line naming the scenario an economics chart shows: the engine's one-line label
 * (engine/labels.ts, the one function that writes it: model on hardware, workload, year, levers
 * on), then the effect set and the cost basis. `hardware: null` for a chart that compares hardware.
 */
export function scenarioLine(
  result: EconomicsResult,
  levers: number,
  options: {
    readonly model?: string
    readonly hardware?: string | null
    /** The token counts in words; default the scenario's ("1,024 in / 256 out tokens"). */
    readonly workload?: string
  } = {},
): string {
  const s = result.scenario
  const effects = s.assumptions === 'evidence' ? 'Evidence' : 'Article'
  const label = scenarioLabel({
    modelName: options.model ?? s.modelName,
    hardwareName: options.hardware ?? s.hardwareName,
    workloadName:
      options.workload ??
      `${groupedCount(s.inputTokens)} in / ${groupedCount(s.outputTokens)} out tokens`,
    year: s.year,
    leversOn: levers,
  })
  // A hardware comparison names no hardware: "Model on X" loses its " on X".
  const line = options.hardware === null ? label.replace(` on ${s.hardwareName}`, '') : label
  return [line, `${effects} effects`, s.mode === 'rental' ? 'rental prices' : 'TCO'].join(' · ')
}

const groupedCount = (n: number): string => n.toLocaleString('en-US')
