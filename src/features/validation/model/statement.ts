/** The accuracy to expect, in plain words, from the validation report (numbers, not adjectives). */
import type { GpuTimeSummary } from '@/engine/index'
import { formatNumber } from '@/lib/format'

import { median, type ParityPoint } from './parity'

export interface AccuracySummary {
  readonly count: number
  readonly medianAbsErrorPct: number
  readonly medianRatio: number
  readonly withinBand: number
  readonly best: number
  readonly worst: number
}

export function summarize(
  points: readonly ParityPoint[],
  band: readonly [number, number],
): AccuracySummary {
  const ratios = points.map((p) => p.ratio)
  return {
    count: points.length,
    medianAbsErrorPct: median(points.map((p) => Math.abs(p.errorPct))),
    medianRatio: median(ratios),
    withinBand: ratios.filter((r) => r >= band[0] && r <= band[1]).length,
    best: Math.min(...ratios),
    worst: Math.max(...ratios),
  }
}

const pct = (value: number): string => `${formatNumber(value, 2)} %`
const fold = (value: number): string => `${formatNumber(value, 3)}×`

function leaning(medianRatio: number, quantity: string): string {
  if (medianRatio > 1.05)
    return `It tends to over-estimate ${quantity} (median ${fold(medianRatio)} the measurement).`
  if (medianRatio < 0.95)
    return `It tends to under-estimate ${quantity} (median ${fold(medianRatio)} the measurement).`
  return `It leans neither way (median ratio ${fold(medianRatio)}).`
}

/** Headline and explanation for published serving throughput (the figure cost per token rests on). */
export function throughputStatement(
  s: AccuracySummary,
  band: readonly [number, number],
): { headline: string; detail: string[] } {
  const costSpread = Math.max(Math.abs(1 / s.best - 1), Math.abs(1 / s.worst - 1)) * 100
  return {
    headline: `Throughput within ${pct(s.medianAbsErrorPct)} (median) of measurements the calibration never saw`,
    detail: [
      `On ${s.count} published serving benchmarks the calibration never saw, the engine’s tokens per second per accelerator is a median ${pct(s.medianAbsErrorPct)} from the measured value, and within ${fold(band[0])}–${fold(band[1])} in ${s.withinBand} of ${s.count} cases (from ${fold(s.best)} to ${fold(s.worst)}). ${leaning(s.medianRatio, 'throughput')}`,
      `Cost per token is inversely proportional to throughput, so for hardware and models like these, expect the 2026 cost figures within about ${pct(s.medianAbsErrorPct)} typically and ${pct(costSpread)} at worst; where the engine over-estimates throughput it under-estimates cost.`,
      'Further from these cases (other hardware, much larger or mixture-of-experts models, and every 2030 figure, which adds the lever effects) the error can be larger: read those with their P10–P90 bands, and treat differences smaller than the error above as ties.',
    ],
  }
}

export function gpuStatement(
  summary: GpuTimeSummary,
  groups: readonly GpuTimeSummary[],
  hardwareName: string,
  kernelFitCases: number,
): string {
  const parts = groups.map(
    (g) =>
      `${g.label}: median ${pct(g.medianAbsErrorPct)} off (median ratio ${fold(g.medianRatio)})`,
  )
  return `On our own ${hardwareName} timings of single prefill passes and decode steps (${summary.count} cases), predicted times are a median ${pct(summary.medianAbsErrorPct)} from the measurement — ${parts.join('; ')}. A ratio below 1 means the engine predicts a faster step than measured. The ${kernelFitCases} bf16 CUDA-graph decode steps at batch 8 or less and context 1,024 set the engine’s time per kernel boundary, so these figures are partly in-sample.`
}
