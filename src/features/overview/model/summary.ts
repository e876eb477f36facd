import { acceleratorById, modelById, type Citation, type SimulationResult } from '@/engine/index'

/**
 * The scenario's one-line label as the engine writes it (engine/labels.ts: model on replica,
 * workload, year, levers on), and the precision, which the overview's charts depend on.
 */
export function scenarioSummary(result: SimulationResult): string {
  const s = result.scenario
  const precision =
    s.precision.weights === s.precision.kvCache
      ? s.precision.weights
      : `${s.precision.weights} weights, ${s.precision.kvCache} KV`
  return `${result.labels.scenario} · ${precision}`
}

const MAX_SOURCE_CHARS = 90

/** The first clause of a citation, short enough for a chart footer. */
export function shortSource(citation: Citation | undefined): string | undefined {
  if (!citation) return undefined
  const first = citation.source.split(/ via |; | \(/)[0]?.trim() ?? citation.source
  return first.length > MAX_SOURCE_CHARS ? `${first.slice(0, MAX_SOURCE_CHARS - 1)}…` : first
}

/** Sources behind the overview charts: the engine, the hardware datasheet and the model card. */
export function overviewSources(result: SimulationResult, extra?: string): string {
  const hw = acceleratorById(result.scenario.hardware)
  const model = modelById(result.scenario.model)
  const parts = [
    'Inference Economics Lab engine (first-principles roofline, calibrated against measured results)',
    shortSource(hw?.sources.memoryBandwidthTBps),
    shortSource(model?.sources.publishedTotalParamsB ?? model?.sources.layers),
    extra,
  ].filter((p): p is string => Boolean(p))
  return [...new Set(parts)].join('; ')
}
