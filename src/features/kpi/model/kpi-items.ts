import type { TrajectoryYear, EnergyBoundary, SimulationResult } from '@/engine/index'
import {
  formatCount,
  formatErrorBand,
  formatFold,
  formatJoules,
  formatNumber,
  formatSeconds,
  formatUsd,
} from '@/lib/format'

import { baselineWords } from './baseline-words'

export interface KpiItem {
  readonly id: string
  /** Plain-words label. */
  readonly label: string
  /** The number the value tweens to. NaN when not known yet. */
  readonly value: number
  /** Formats the (tweening) value with its unit. */
  readonly format: (value: number) => string
  /** A short unit or qualifier shown after the value. */
  readonly unit?: string
  /** One line under the value. */
  readonly detail: string
  /** What the figure means, shown on hover and focus. */
  readonly explanation: string
  readonly tone?: 'good' | 'bad'
}

export const BOUNDARY_WORDS: Record<
  EnergyBoundary,
  { readonly short: string; readonly long: string }
> = {
  chip: { short: 'chip boundary', long: 'accelerators only' },
  node: { short: 'node boundary', long: 'chip + host server' },
  facility: { short: 'facility boundary', long: 'incl. cooling' },
}

const formatTokensPerSecond = (v: number): string => formatCount(v)
const formatFoldValue = (v: number): string =>
  Number.isFinite(v) ? formatFold(v >= 1 ? v : 1 / v) : '—'

/** Within half a percent of the baseline counts as the same. */
const isSame = (fold: number): boolean => Math.abs(fold - 1) < 0.005

/** "cheaper" / "costlier" / "same as baseline": the words after a fold value. */
export function foldWord(fold: number, better: string, worse: string): string {
  if (!Number.isFinite(fold)) return ''
  if (isSame(fold)) return 'same as baseline'
  return fold > 1 ? better : worse
}

function energyFoldText(fold: number): string {
  if (isSame(fold)) return 'Energy: same as baseline'
  return `Energy: ${formatFoldValue(fold)} ${foldWord(fold, 'less', 'more')}`
}

export function trajectoryEntry(
  trajectory: readonly TrajectoryYear[] | undefined,
  year: number,
): TrajectoryYear | undefined {
  return trajectory?.find((t) => t.year === year)
}

/** The KPI strip's figures for a result, in display order. */
export function buildKpis(result: SimulationResult, year: TrajectoryYear | undefined): KpiItem[] {
  const s = result.scenario
  const boundary = result.energyPerToken.boundary
  const words = BOUNDARY_WORDS[boundary]
  const j = result.energyPerToken.byBoundary
  const fold = year && year.feasible ? year : undefined
  const target = result.labels.minOutputTokensPerSecondPerUser
  const meets = result.latency.meetsInteractivity
  const replica = `${s.accelerators}× ${s.hardwareName}`
  // ±x %: the validation error of the nearest measured regime (docs/validation.md).
  const band = formatErrorBand(result.accuracy.relativeError)
  const trust = ` How far to trust it: ${band}. ${result.accuracy.basis}.`
  // Energy per token has its own measured error (GPU energy readings), never below the throughput's.
  const energyBand = formatErrorBand(result.accuracy.energyRelativeError)
  const energyTrust = ` How far to trust it: ${energyBand}. ${result.accuracy.energyBasis}.`
  return [
    {
      id: 'cost-output',
      label: 'Cost per million output tokens',
      value: result.costPerMillionTokens.output,
      format: formatUsd,
      detail:
        (result.cost.mode === 'tco'
          ? 'Owning the hardware (TCO)'
          : `Renting at ${formatUsd(result.cost.usdPerHourPerAccelerator)}/h per accelerator`) +
        ` · ${band}`,
      explanation:
        "All-in cost of one million answer tokens: the replica's cost per hour divided by the output tokens it serves per hour. It includes the cost of reading the prompts." +
        trust,
    },
    {
      id: 'cost-input',
      label: 'Cost per million input tokens',
      value: result.costPerMillionTokens.input,
      format: formatUsd,
      detail: 'Reading the prompt (prefill)',
      explanation:
        'The share of the cost spent reading prompts (the prefill phase), per million prompt tokens. Prompt tokens are cheaper because they are processed in parallel.',
    },
    {
      id: 'energy',
      label: 'Energy per output token',
      value: result.energyPerToken.joules,
      format: formatJoules,
      detail: `${words.short.charAt(0).toUpperCase()}${words.short.slice(1)}, ${words.long} · ${energyBand}`,
      explanation:
        `Energy to produce one answer token, including its share of reading the prompt, at the ${words.short}. Chip ${formatJoules(j.chip)} · node ${formatJoules(j.node)} · facility ${formatJoules(j.facility)}.` +
        energyTrust,
    },
    {
      id: 'throughput',
      label: 'Tokens/s per accelerator',
      value: result.throughput.outputTokensPerSecondPerAccelerator,
      format: formatTokensPerSecond,
      unit: 'tokens/s',
      detail: `${formatCount(result.throughput.outputTokensPerSecond)}/s on ${result.deployment.label} · ${band}`,
      explanation: `Answer tokens per second one accelerator delivers at batch ${formatCount(result.batchSize)}: the throughput of the deployment (${replica}, ${result.deployment.label}) divided by its ${s.accelerators} accelerators. ${result.deployment.why}${trust}`,
    },
    {
      id: 'ttft',
      label: 'Time to first token',
      value: result.latency.ttftSeconds,
      format: formatSeconds,
      detail: `For a ${formatCount(s.inputTokens)}-token prompt`,
      explanation:
        'How long a user waits before the answer starts: the prefill of the prompt on the replica, riding in decode steps that also carry the running batch (chunked prefill).',
    },
    {
      id: 'tpot',
      label: 'Time per output token',
      value: result.latency.tpotSeconds,
      format: formatSeconds,
      detail: `${formatNumber(result.latency.outputTokensPerSecondPerUser)} tokens/s per user${target > 0 ? ` (target ${formatNumber(target)}${meets ? '' : ', missed'})` : ''}`,
      explanation:
        'The time between tokens while the answer streams. Its inverse is the reading speed each user sees; the interactivity target sets how large the batch may grow.',
      ...(meets ? {} : { tone: 'bad' as const }),
    },
    {
      id: 'per-mw',
      label: 'Output tokens/s per megawatt',
      value: result.power.outputTokensPerSecondPerMW,
      format: formatTokensPerSecond,
      unit: 'tokens/s',
      detail: `Per MW at the ${words.short}`,
      explanation: `How much service a fixed power budget buys: output tokens per second for each megawatt drawn at the ${words.short}.`,
    },
    {
      id: 'fold',
      label: `Cost vs 2026 baseline`,
      value: fold ? fold.costFold : Number.NaN,
      format: formatFoldValue,
      unit: fold ? foldWord(fold.costFold, 'cheaper', 'costlier') : '',
      detail: fold
        ? Number.isFinite(fold.costFold)
          ? energyFoldText(fold.energyFold)
          : 'No 2026 baseline: without its levers the model does not run on this deployment'
        : year
          ? // The trajectory came back and this year does not run: nothing is still computing.
            `Not available: the scenario as set cannot run in ${year.year}`
          : 'Computing the baseline…',
      explanation: `Measured against 2026 practice: ${baselineWords(s, { withCount: false })} with no levers (the same model, hardware and workload in 2026). ${formatNumber(10)}× means ten times cheaper (or ten times less energy) per output token in ${s.year}.`,
      ...(fold && fold.costFold > 1.005 ? { tone: 'good' as const } : {}),
    },
  ]
}
