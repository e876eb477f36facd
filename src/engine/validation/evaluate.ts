/**
 * Run measured cases through the engine and summarise the error: per case (ratio = engine ÷ measured), per
 * regime (family × format × parallelism × dense/MoE) and per role. Pure: the numbers come from runScenario.
 */
import { runScenario } from '../simulate'

import {
  regimeKeyOf,
  scenarioOf,
  type CaseKind,
  type CaseRole,
  type EfficiencyTrial,
  type MeasuredCase,
} from './measured-cases'

/** A ratio inside [1/1.5, 1.5] counts as "within 1.5×". */
export const WITHIN_FACTOR = 1.5

export interface CaseRow {
  readonly id: string
  readonly kind: CaseKind
  readonly role: CaseRole
  readonly regime: string
  readonly measured: number
  /** NaN when the engine refused the scenario (see `refusal`). */
  readonly predicted: number
  /**
   * predicted ÷ measured. For throughput above 1 is optimistic; for time per token, energy per token and
   * power below 1 is.
   */
  readonly ratio: number
  readonly refusal?: string
}

/**
 * The engine's number for a case: tokens/s per accelerator, the time per output token under load (s), the chip
 * energy per output token (J: what GPU energy counters such as ML.ENERGY's Zeus readings measure) or the mean
 * chip power per accelerator (W).
 */
export function predictCase(
  c: MeasuredCase,
  efficiency?: EfficiencyTrial,
): { readonly predicted: number } | { readonly refusal: string } {
  const outcome = runScenario(scenarioOf(c, efficiency))
  if (!outcome.ok) return refusalOf(outcome.issues)
  const r = outcome.result
  if (c.kind === 'tpot') return { predicted: r.latency.tpotSeconds }
  if (c.kind === 'energy') return { predicted: r.energyPerToken.byBoundary.chip }
  if (c.kind === 'power') return { predicted: r.power.chipWattsPerAccelerator }
  const steady = r.throughput.outputTokensPerSecondPerAccelerator
  if (c.requests === undefined) return { predicted: steady }
  return finiteRun(c, c.requests, r.batchSize, steady, efficiency)
}

/**
 * A finite run of `requests` requests of fixed lengths, all queued at once (trtllm-bench): the memory
 * holds `batch` of them, so they go through in rounds, floor(requests / batch) at that batch and a last
 * one of the rest at its own smaller batch, where the weights weigh on fewer tokens. The figure is all
 * output tokens over the whole run. With the same lengths, the requests of a round start and end
 * together (their prompts are short beside the decode, or the rounds overlap little), so each round
 * lasts its requests ÷ the steady rate at its batch. Two engine evaluations; none of this is fitted.
 */
function finiteRun(
  c: MeasuredCase,
  requests: number,
  batch: number,
  steadyPerAccelerator: number,
  efficiency: EfficiencyTrial | undefined,
): { readonly predicted: number } | { readonly refusal: string } {
  const rounds = Math.floor(requests / batch)
  const rest = requests - rounds * batch
  if (rest === 0) return { predicted: steadyPerAccelerator }
  const last = runScenario(scenarioOf(c, efficiency, rest))
  if (!last.ok) return refusalOf(last.issues)
  const lastPerAccelerator = last.result.throughput.outputTokensPerSecondPerAccelerator
  // Time in units of (one request's output tokens ÷ per-accelerator rate): rounds × batch requests at
  // the steady rate, then `rest` at the last round's.
  const time = (rounds * batch) / steadyPerAccelerator + rest / lastPerAccelerator
  return { predicted: requests / time }
}

function refusalOf(issues: readonly { readonly message: string }[]): { readonly refusal: string } {
  return { refusal: issues.map((i) => i.message).join('; ') }
}

export function caseRow(c: MeasuredCase, efficiency?: EfficiencyTrial): CaseRow {
  const p = predictCase(c, efficiency)
  const base = {
    id: c.id,
    kind: c.kind,
    role: c.role,
    regime: regimeKeyOf(c),
    measured: c.measured,
  }
  if ('refusal' in p) return { ...base, predicted: NaN, ratio: NaN, refusal: p.refusal }
  return { ...base, predicted: p.predicted, ratio: p.predicted / c.measured }
}

export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN
  const s = [...xs].sort((a, b) => a - b)
  const pos = (s.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo)
}

export interface ErrorStats {
  readonly count: number
  /** Cases the engine refused (for example: the model does not fit); not in the statistics. */
  readonly refused: number
  /** Median of |engine ÷ measured − 1|, percent. */
  readonly medianAbsErrorPct: number
  /** 90th percentile of |engine ÷ measured − 1|, percent. */
  readonly p90AbsErrorPct: number
  /** Share of cases with 1/1.5 ≤ engine ÷ measured ≤ 1.5. */
  readonly withinFactorShare: number
  /** Median of (engine ÷ measured − 1), percent: the signed bias. */
  readonly signedBiasPct: number
}

export function errorStats(rows: readonly CaseRow[]): ErrorStats {
  const ok = rows.filter((r) => Number.isFinite(r.ratio))
  const abs = ok.map((r) => Math.abs(r.ratio - 1) * 100)
  return {
    count: ok.length,
    refused: rows.length - ok.length,
    medianAbsErrorPct: quantile(abs, 0.5),
    p90AbsErrorPct: quantile(abs, 0.9),
    withinFactorShare:
      ok.length === 0
        ? NaN
        : ok.filter((r) => r.ratio >= 1 / WITHIN_FACTOR && r.ratio <= WITHIN_FACTOR).length /
          ok.length,
    signedBiasPct: quantile(
      ok.map((r) => (r.ratio - 1) * 100),
      0.5,
    ),
  }
}

export interface RegimeStats extends ErrorStats {
  readonly regime: string
}

/** Statistics per regime, sorted by regime key. */
export function statsByRegime(rows: readonly CaseRow[]): RegimeStats[] {
  const groups = new Map<string, CaseRow[]>()
  for (const r of rows) groups.set(r.regime, [...(groups.get(r.regime) ?? []), r])
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([regime, rs]) => ({ regime, ...errorStats(rs) }))
}
