/**
 * The calibration: fit only what physics cannot give — per hardware family, the achieved share of peak compute
 * and of peak memory bandwidth; one fixed time per step (launches, scheduling, sampling) and one exposed share
 * of a linear kernel's shorter roof time (physics/roofline.ts), both shared by all — on the FITTING cases only. No per-case constant exists. `fitDerates` refuses any case whose role is not "fit",
 * so a validation case cannot leak into the fit even by mistake.
 *
 * Method (deterministic): for each candidate (step overhead, overlap loss), each family's (compute, memory) pair is chosen from a
 * fixed grid to minimise the median |ln(engine ÷ measured)| over that family's fitting cases (the mean breaks
 * ties); the (step overhead, overlap loss) with the lowest pooled median wins (the pooled mean breaks ties). A family without fitting cases (the held-out
 * family, and families with no measurements) gets no fitted value: the engine then uses the POOLED fit (one pair
 * fitted over all fitting cases together), and says so in its basis.
 */
import type { CaseRow } from './evaluate'
import type { EfficiencyTrial, MeasuredCase } from './measured-cases'

/** Candidate shares of peak compute (dimensionless). */
export const COMPUTE_GRID: readonly number[] = [
  0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8,
]
/** Candidate shares of peak memory bandwidth (dimensionless). */
export const MEMORY_GRID: readonly number[] = [
  0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95,
]
/** Candidate fixed times per step, s. */
export const STEP_OVERHEAD_GRID: readonly number[] = [0.0001, 0.0002, 0.0003, 0.0005, 0.001]
/**
 * Candidate exposed shares of a linear kernel's shorter roof time (physics/roofline.ts): its whole
 * physical range, from the ideal roofline (0) to no overlap at all (1).
 */
export const OVERLAP_LOSS_GRID: readonly number[] = [0, 0.25, 0.5, 0.75, 1]

export interface FittedFamily {
  readonly computeEfficiency: number
  readonly memoryEfficiency: number
  /** Fitting cases behind the pair. */
  readonly cases: number
  /** Median |engine ÷ measured − 1| on those cases at the fitted values, percent (in-sample). */
  readonly inSampleMedianAbsErrorPct: number
}

export interface FittedDerates {
  readonly method: string
  readonly stepOverheadSeconds: number
  /** Exposed share of a linear kernel's shorter roof time, one value for all families. */
  readonly overlapLoss: number
  readonly families: Readonly<Record<string, FittedFamily>>
  /** One pair over all fitting cases: the fallback for families with no fitting case. */
  readonly pooled: FittedFamily
  /** Ids of every case the fit saw (all of role "fit"). */
  readonly fitCaseIds: readonly string[]
}

export type Predict = (c: MeasuredCase, efficiency: EfficiencyTrial) => CaseRow

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

interface Score {
  readonly median: number
  readonly mean: number
  readonly medianAbsErrorPct: number
}

function score(rows: readonly CaseRow[]): Score {
  const ok = rows.filter((r) => Number.isFinite(r.ratio) && r.ratio > 0)
  // A refused case counts as a large miss so a pair that makes models not fit is never preferred.
  const logs = [
    ...ok.map((r) => Math.abs(Math.log(r.ratio))),
    ...Array<number>(rows.length - ok.length).fill(10),
  ]
  return {
    median: median(logs),
    mean: logs.reduce((a, b) => a + b, 0) / logs.length,
    medianAbsErrorPct: median(ok.map((r) => Math.abs(r.ratio - 1) * 100)),
  }
}

const better = (a: Score, b: Score | undefined): boolean =>
  b === undefined ||
  a.median < b.median - 1e-12 ||
  (Math.abs(a.median - b.median) <= 1e-12 && a.mean < b.mean)

function bestPair(
  cases: readonly MeasuredCase[],
  stepOverheadSeconds: number,
  overlapLoss: number,
  predict: Predict,
): { fitted: FittedFamily; score: Score } {
  let best: { fitted: FittedFamily; score: Score } | undefined
  for (const compute of COMPUTE_GRID) {
    for (const memory of MEMORY_GRID) {
      const rows = cases.map((c) =>
        predict(c, { compute, memory, stepOverheadSeconds, overlapLoss }),
      )
      const s = score(rows)
      if (better(s, best?.score))
        best = {
          fitted: {
            computeEfficiency: compute,
            memoryEfficiency: memory,
            cases: cases.length,
            inSampleMedianAbsErrorPct: s.medianAbsErrorPct,
          },
          score: s,
        }
    }
  }
  if (!best) throw new Error('fitDerates: empty grid')
  return best
}

/** Fit the derates on fitting cases only. Throws if given any case whose role is not "fit". */
export function fitDerates(cases: readonly MeasuredCase[], predict: Predict): FittedDerates {
  const leaked = cases.filter((c) => c.role !== 'fit')
  if (leaked.length > 0)
    throw new Error(
      `fitDerates was given ${leaked.length} validation case(s) (${leaked
        .slice(0, 3)
        .map((c) => c.id)
        .join(', ')}); only role "fit" may be fitted`,
    )
  if (cases.length === 0) throw new Error('fitDerates: no fitting cases')
  const byFamily = new Map<string, MeasuredCase[]>()
  for (const c of cases) byFamily.set(c.family, [...(byFamily.get(c.family) ?? []), c])
  const families = [...byFamily.keys()].sort()

  let best:
    | {
        overhead: number
        overlapLoss: number
        families: Record<string, FittedFamily>
        pooledScore: Score
      }
    | undefined
  for (const overhead of STEP_OVERHEAD_GRID) {
    for (const overlapLoss of OVERLAP_LOSS_GRID) {
      const fitted: Record<string, FittedFamily> = {}
      const rows: CaseRow[] = []
      for (const f of families) {
        const fc = byFamily.get(f)!
        const b = bestPair(fc, overhead, overlapLoss, predict)
        fitted[f] = b.fitted
        const e = {
          compute: b.fitted.computeEfficiency,
          memory: b.fitted.memoryEfficiency,
          stepOverheadSeconds: overhead,
          overlapLoss,
        }
        rows.push(...fc.map((c) => predict(c, e)))
      }
      const s = score(rows)
      if (!best || better(s, best.pooledScore))
        best = { overhead, overlapLoss, families: fitted, pooledScore: s }
    }
  }
  const chosen = best!
  const pooled = bestPair(cases, chosen.overhead, chosen.overlapLoss, predict).fitted
  return {
    method:
      'grid search, per family: compute share in 0.20–0.80 (step 0.05) × memory share in 0.40–0.95 (step 0.05), minimising the median |ln(engine ÷ measured)| over the family’s fitting cases; one step overhead from {0.1, 0.2, 0.3, 0.5, 1} ms and one overlap loss from {0, 0.25, 0.5, 0.75, 1} for all families, minimising the pooled median',
    stepOverheadSeconds: chosen.overhead,
    overlapLoss: chosen.overlapLoss,
    families: chosen.families,
    pooled,
    fitCaseIds: cases.map((c) => c.id),
  }
}
