import { leversOnWords, type EconomicsResult, type ScenarioInput } from '@/engine/index'

/** Levers with a slider above zero. */
export function leversOn(scenario: ScenarioInput): number {
  return Object.values(scenario.levers ?? {}).filter((v) => (v ?? 0) > 0).length
}

/** One line naming the scenario an economics chart shows: model, hardware, effects, levers, cost basis. */
export function scenarioLine(
  result: EconomicsResult,
  levers: number,
  options: { readonly model?: string; readonly hardware?: string | null } = {},
): string {
  const s = result.scenario
  const effects = s.assumptions === 'evidence' ? 'Evidence' : 'Article'
  const hardware = options.hardware === null ? [] : [options.hardware ?? s.hardwareName]
  return [
    options.model ?? s.modelName,
    ...hardware,
    `${effects} effects`,
    leversOnWords(levers),
    s.mode === 'rental' ? 'rental prices' : 'TCO',
  ].join(' · ')
}
