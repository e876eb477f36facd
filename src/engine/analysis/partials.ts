/**
 * The heavy analyses split in two, so two workers on two cores share a full recompute: each part
 * computes half the Monte Carlo samples, half the attribution's coalitions and half the tornado's
 * levers, and the page adds the parts up. Only the combining lives here, with no engine imports, so the page can combine without
 * loading the kernel. Combined results equal the one-thread ones: the bands exactly (quantiles of
 * the same samples), the attribution to rounding (the same sums in another order).
 */
import type { LeverId } from '../levers/ids'

import type { Attribution, AttributionMethod } from './attribution'
import type { SensitivityRow } from './sensitivity'
import type { Band, UncertaintyYear } from './uncertainty'

/** How an analysis is split: this is part `part` (0-based) of `parts`. */
export interface SplitPart {
  readonly part: number
  readonly parts: number
}

/** Raw Monte Carlo outcomes of one part's samples, per year (the bands need all parts' samples). */
export interface UncertaintySamples {
  readonly part: number
  readonly parts: number
  readonly years: readonly number[]
  /** Per year: $/M output tokens and J/output token of each sample of this part. */
  readonly cost: readonly Float64Array[]
  readonly energy: readonly Float64Array[]
}

/**
 * One part's share of each player's value (Owen or Shapley): Σ over this part's coalitions S of the
 * player's coefficient × v(S) (see attributionPartial in attribution.ts). The parts' shares add up to φ.
 */
export interface AttributionPartial {
  readonly year: number
  readonly method: AttributionMethod
  readonly part: number
  readonly parts: number
  /** Players in bit order (levers with non-zero adoption that act on the model). */
  readonly players: readonly LeverId[]
  readonly cost: Float64Array
  readonly energy: Float64Array
  /** v(all players): set by the part that holds the grand coalition. */
  readonly totalCost?: number
  readonly totalEnergy?: number
  /** Kernel evaluations this part made. */
  readonly evaluations: number
}

/** The samples `[from, to)` of `samples` that part `part` of `parts` computes. */
export function sampleRange(samples: number, split: SplitPart): readonly [number, number] {
  const from = Math.floor((samples * split.part) / split.parts)
  const to = Math.floor((samples * (split.part + 1)) / split.parts)
  return [from, to]
}

/** Quantile with linear interpolation between order statistics (Hyndman–Fan type 7). */
export function quantile(sorted: Float64Array, q: number): number {
  const position = (sorted.length - 1) * q
  const lower = Math.floor(position)
  const upper = Math.min(sorted.length - 1, lower + 1)
  const weight = position - lower
  return sorted[lower]! * (1 - weight) + sorted[upper]! * weight
}

/**
 * P10/P50/P90 of the draws that priced. A draw whose scenario cannot run (NaN: a fixed accelerator
 * count the model no longer fits at that draw's lever strengths) has no cost to rank: counted as
 * $0 it had read as the cheapest outcome, P10 $0 where every priced draw cost $1.39 or more
 * (Qwen3-235B on two H100s, 2030, levers at a quarter). All NaN: a NaN band.
 */
export function band(values: Float64Array): Band {
  // Float64Array's sort puts NaN last: the priced draws are the first `count`.
  const sorted = values.slice().sort()
  let count = sorted.length
  while (count > 0 && Number.isNaN(sorted[count - 1])) count--
  if (count === 0) return { p10: Number.NaN, p50: Number.NaN, p90: Number.NaN }
  const priced = sorted.subarray(0, count)
  return { p10: quantile(priced, 0.1), p50: quantile(priced, 0.5), p90: quantile(priced, 0.9) }
}

function concat(arrays: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(arrays.reduce((n, a) => n + a.length, 0))
  let at = 0
  for (const a of arrays) {
    out.set(a, at)
    at += a.length
  }
  return out
}

function assertComplete(
  parts: readonly { readonly part: number; readonly parts: number }[],
  what: string,
): void {
  const count = parts[0]?.parts ?? 0
  const seen = new Set(parts.map((p) => p.part))
  if (parts.length !== count || seen.size !== count || parts.some((p) => p.parts !== count)) {
    throw new Error(
      `${what}: expected parts 0…${count - 1} once each, got ${parts.map((p) => `${p.part}/${p.parts}`).join(', ')}`,
    )
  }
}

/** P10/P50/P90 per year from every part's samples. */
export function bandsFromSamples(parts: readonly UncertaintySamples[]): UncertaintyYear[] {
  assertComplete(parts, 'uncertainty')
  const sorted = [...parts].sort((a, b) => a.part - b.part)
  const years = sorted[0]!.years
  return years.map((year, y) => ({
    year,
    cost: band(concat(sorted.map((p) => p.cost[y]!))),
    energy: band(concat(sorted.map((p) => p.energy[y]!))),
  }))
}

/** The attribution from every part's shares. */
export function attributionFromPartials(parts: readonly AttributionPartial[]): Attribution {
  assertComplete(parts, 'attribution')
  const first = parts[0]!
  if (parts.some((p) => p.method !== first.method))
    throw new Error(
      `attribution: parts of different methods (${parts.map((p) => p.method).join(', ')})`,
    )
  const whole = parts.find((p) => p.totalCost !== undefined)
  if (!whole || whole.totalEnergy === undefined)
    throw new Error('attribution: no part holds the grand coalition')
  const cost: Partial<Record<LeverId, number>> = {}
  const energy: Partial<Record<LeverId, number>> = {}
  first.players.forEach((id, p) => {
    let c = 0
    let e = 0
    for (const part of parts) {
      c += part.cost[p]!
      e += part.energy[p]!
    }
    cost[id] = c
    energy[id] = e
  })
  return {
    year: first.year,
    method: first.method,
    totalCost: whole.totalCost!,
    totalEnergy: whole.totalEnergy,
    cost,
    energy,
    players: first.players,
    evaluations: parts.reduce((n, p) => n + p.evaluations, 0),
  }
}

/**
 * The tornado's rows, largest swing in ln(cost) first: how sensitivity() orders them, and how the
 * page orders the rows of its parts (each part prices the bars of every other lever in play).
 */
export function sortSensitivity(rows: readonly SensitivityRow[]): SensitivityRow[] {
  // Ties (levers that swing the cost alike, often by nothing) by lever id, so the parts' union
  // comes out in one order whichever part priced which lever.
  // A bar with an end that cannot run (NaN) has no swing to rank: last, by lever id.
  const swingOf = (r: SensitivityRow): number => {
    const swing = Math.abs(r.costHigh - r.costLow)
    return Number.isFinite(swing) ? swing : -1
  }
  return rows.slice().sort((a, b) => {
    const swing = swingOf(b) - swingOf(a)
    return swing !== 0 ? swing : a.lever < b.lever ? -1 : a.lever > b.lever ? 1 : 0
  })
}
