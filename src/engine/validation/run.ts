/**
 * Run every measured case (measured.json) through the engine and summarise the error, VALIDATION set first:
 * per regime (family × format × parallelism × dense/MoE) for maximum throughput, for time per output token on
 * serving curves, and for lever deltas built from pairs of measurements; the fitting (in-sample) set second.
 */
import {
  caseRow,
  errorStats,
  statsByRegime,
  type CaseRow,
  type ErrorStats,
  type RegimeStats,
} from './evaluate'
import { GPU_CASES } from './gpu-cases'
import { runGpuValidation } from './gpu-run'
import {
  gpuLeverDeltaRows,
  LEVER_KINDS,
  leverDeltaRows,
  leverPairs,
  type LeverDeltaRow,
  type LeverKind,
} from './lever-deltas'
import {
  ASSUMPTION_TEXTS,
  FORWARD_ROUND,
  HELD_OUT_FAMILY,
  MEASURED_CASES,
  SPLIT_RULE,
  sourceLine,
  type CaseRole,
  type MeasuredCase,
} from './measured-cases'
import { speculativeLeverDeltaRows } from './speculative-pairs'

export interface ValidationRow {
  readonly id: string
  readonly description: string
  readonly source: string
  readonly mapping: string
  readonly role: CaseRole
  readonly regime: string
  readonly measured: number
  readonly predicted: number
  /** predicted / measured. */
  readonly ratio: number
  /** (predicted - measured) / measured, percent. */
  readonly errorPct: number
  readonly refusal?: string
}

export interface LeverSummary extends Omit<ErrorStats, 'withinFactorShare'> {
  readonly lever: LeverKind
  /** Where the pairs come from (published tables, or our own H200). */
  readonly origin: string
  readonly rows: readonly LeverDeltaRow[]
}

export interface MeasuredValidation {
  readonly splitRule: string
  readonly heldOutFamily: string
  readonly caseCount: number
  readonly fitCount: number
  readonly validationCount: number
  readonly families: readonly string[]
  readonly models: readonly string[]
  /** Maximum throughput, validation set. */
  readonly throughputValidation: ErrorStats
  /**
   * Maximum throughput on the family held out of the calibration (every one of its cases is
   * validation): how far the fit carries to a family it never saw, and so the least error to expect
   * on a family with no measurement at all.
   */
  readonly throughputHeldOut: ErrorStats
  /** The same, dense models and mixtures of experts apart. */
  readonly throughputHeldOutByKind: { readonly dense: ErrorStats; readonly moe: ErrorStats }
  readonly throughputValidationByRegime: readonly RegimeStats[]
  /** Maximum throughput, fitting set (in-sample). */
  readonly throughputFit: ErrorStats
  readonly throughputFitByRegime: readonly RegimeStats[]
  /** Time per output token on serving curves (all validation). */
  readonly tpot: ErrorStats
  readonly tpotByRegime: readonly RegimeStats[]
  readonly tpotRows: readonly ValidationRow[]
  /** The same by where the measurements come from (repository of the source). */
  readonly tpotBySource: readonly { readonly source: string; readonly stats: ErrorStats }[]
  /** Chip (GPU) energy per output token under load (all validation: ML.ENERGY's GPU energy readings). */
  readonly energy: ErrorStats
  readonly energyByRegime: readonly RegimeStats[]
  readonly energyRows: readonly ValidationRow[]
  /** Mean chip power per accelerator under load (all validation). */
  readonly power: ErrorStats
  readonly powerByRegime: readonly RegimeStats[]
  readonly powerRows: readonly ValidationRow[]
  readonly levers: readonly LeverSummary[]
  /**
   * Time per output token at small batch (at most SMALL_BATCH concurrent sequences per replica), validation
   * cases, dense and MoE apart: where fixed latency dominates a step, the engine errs more than at maximum
   * throughput, so results at such a batch carry this error when it is the larger (accuracy.ts).
   */
  readonly tpotSmallBatch: {
    readonly maxBatch: number
    readonly dense: ErrorStats
    readonly moe: ErrorStats
  }
  /**
   * The forward test: every case of the round published after the calibration was fixed (all
   * validation), maximum throughput and time per output token apart.
   */
  readonly forward: {
    readonly round: string
    /** Maximum throughput, validation set without the forward round (the figure before it joined). */
    readonly throughputValidationWithout: ErrorStats
    readonly throughput: ErrorStats
    readonly throughputByRegime: readonly RegimeStats[]
    readonly tpot: ErrorStats
  }
}

export interface ValidationSummary {
  /** Maximum-throughput cases, fitting and validation. */
  readonly rows: readonly ValidationRow[]
  /** Validation-set median error of maximum throughput (the headline), percent. */
  readonly medianAbsErrorPct: number
  readonly worstRatio: number
  readonly bestRatio: number
  /** Validation-set throughput cases within RATIO_BAND. */
  readonly withinBand: number
  readonly measured: MeasuredValidation
}

/**
 * Error per lever kind and origin of its pairs (engine ratio ÷ measured ratio − 1). A lever kind without a
 * pair is listed as such, with no number.
 */
export function leverSummaries(leverRows: readonly LeverDeltaRow[]): LeverSummary[] {
  return LEVER_KINDS.flatMap((lever) => {
    const ofLever = leverRows.filter((r) => r.lever === lever)
    const origins = [...new Set(ofLever.map((r) => r.origin))].sort()
    if (origins.length === 0)
      return [
        {
          lever,
          origin: 'no measured pair',
          rows: [],
          count: 0,
          refused: 0,
          medianAbsErrorPct: NaN,
          p90AbsErrorPct: NaN,
          signedBiasPct: NaN,
        },
      ]
    return origins.map((origin) => {
      const lr = ofLever.filter((r) => r.origin === origin)
      const stats = errorStats(
        lr.map((r) => ({
          id: `${r.from}→${r.to}`,
          kind: 'throughput' as const,
          role: 'validation' as const,
          regime: lever,
          measured: 1,
          predicted: r.predictedRatio / r.measuredRatio,
          ratio: r.predictedRatio / r.measuredRatio,
        })),
      )
      return {
        lever,
        origin,
        rows: lr,
        count: stats.count,
        refused: stats.refused,
        medianAbsErrorPct: stats.medianAbsErrorPct,
        p90AbsErrorPct: stats.p90AbsErrorPct,
        signedBiasPct: stats.signedBiasPct,
      }
    })
  })
}

/** The band drawn on charts and counted in `withinBand`: 1/1.5 rounded, and 1.5. */
export const RATIO_BAND = [0.67, 1.5] as const

function describeCase(c: MeasuredCase): string {
  const w = c.what
  if (c.id.startsWith('mlperf'))
    return `${String(w.benchmark)}: ${String(w.system)}, ${String(w.accelerators)}× ${String(w.accelerator)}, ${String(w.framework)}`
  return `${String(w.benchmark)}: ${c.model} on ${c.tensorParallel}× ${c.hardwareId}, ${c.format}, ${c.inputTokens} in / ${c.outputTokens} out`
}

function mappingOf(c: MeasuredCase): string {
  const parts = [
    `${c.replicas > 1 ? `${c.replicas} replicas of ` : ''}TP${c.tensorParallel}${(c.pipelineParallel ?? 1) > 1 ? `×PP${c.pipelineParallel}` : ''}${c.expertsSpread ? `/EP${c.tensorParallel}` : ''} on ${c.hardwareId}`,
    ...(c.maxBatch !== undefined ? [`batch cap ${c.maxBatch}`] : []),
    `${c.format}`,
    `${c.inputTokens} in / ${c.outputTokens} out`,
    `batch ${String(c.batchSize)}`,
  ]
  const assumed = c.assumptions.map((a) => ASSUMPTION_TEXTS[a] ?? a)
  return `${parts.join('; ')}${assumed.length ? `. Assumed: ${assumed.join('; ')}` : ''}`
}

function toRow(c: MeasuredCase, r: CaseRow): ValidationRow {
  return {
    id: c.id,
    description: describeCase(c),
    source: sourceLine(c.source),
    mapping: mappingOf(c),
    role: c.role,
    regime: r.regime,
    measured: r.measured,
    predicted: r.predicted,
    ratio: r.ratio,
    errorPct: (r.ratio - 1) * 100,
    ...(r.refusal ? { refusal: r.refusal } : {}),
  }
}

/**
 * Concurrent sequences per replica up to which a result counts as small-batch for its error band: at 16 and
 * below a decode step of a large model is mostly fixed latency rather than weight and KV streaming (the
 * serving-curve cases show the engine's error rising there, docs/validation.md §2).
 */
export const SMALL_BATCH = 16

export function runValidation(cases: readonly MeasuredCase[] = MEASURED_CASES): ValidationSummary {
  const caseRows = cases.map((c) => caseRow(c))
  const byId = new Map(caseRows.map((r) => [r.id, r]))
  const rows = cases.map((c) => toRow(c, byId.get(c.id)!))
  const throughput = caseRows.filter((r) => r.kind === 'throughput')
  const tpot = caseRows.filter((r) => r.kind === 'tpot')
  const energy = caseRows.filter((r) => r.kind === 'energy')
  const power = caseRows.filter((r) => r.kind === 'power')
  const kindOf = new Map(cases.map((c) => [c.id, c.kind]))
  const rowsOfKind = (kind: MeasuredCase['kind']) => rows.filter((r) => kindOf.get(r.id) === kind)
  const repoOf = new Map(cases.map((c) => [c.id, c.source.repo]))
  const tpotSources = [...new Set(tpot.map((r) => repoOf.get(r.id)!))].sort()
  const forwardIds = new Set(cases.filter((c) => c.forward === true).map((c) => c.id))
  const forwardThroughput = throughput.filter((r) => forwardIds.has(r.id))
  const tValidation = throughput.filter((r) => r.role === 'validation')
  const caseById = new Map(cases.map((c) => [c.id, c]))
  const smallBatch = (moe: boolean) =>
    errorStats(
      tpot.filter((r) => {
        const c = caseById.get(r.id)!
        return (
          r.role === 'validation' &&
          c.moe === moe &&
          typeof c.batchSize === 'number' &&
          c.batchSize <= SMALL_BATCH
        )
      }),
    )
  const tFit = throughput.filter((r) => r.role === 'fit')
  const leverRows = [
    ...leverDeltaRows(leverPairs(cases), byId),
    ...gpuLeverDeltaRows(GPU_CASES, runGpuValidation().rows),
    ...speculativeLeverDeltaRows(),
  ]
  const levers = leverSummaries(leverRows)
  const vStats = errorStats(tValidation)
  const heldOutRows = tValidation.filter(
    (r) => cases.find((c) => c.id === r.id)?.family === HELD_OUT_FAMILY,
  )
  const ratios = tValidation.map((r) => r.ratio).filter(Number.isFinite)
  const throughputRows = rowsOfKind('throughput')
  return {
    rows: throughputRows,
    medianAbsErrorPct: vStats.medianAbsErrorPct,
    worstRatio: Math.max(...ratios),
    bestRatio: Math.min(...ratios),
    withinBand: ratios.filter((r) => r >= RATIO_BAND[0] && r <= RATIO_BAND[1]).length,
    measured: {
      splitRule: SPLIT_RULE,
      heldOutFamily: HELD_OUT_FAMILY,
      caseCount: cases.length,
      fitCount: cases.filter((c) => c.role === 'fit').length,
      validationCount: cases.filter((c) => c.role === 'validation').length,
      families: [...new Set(cases.map((c) => c.family))].sort(),
      models: [...new Set(cases.map((c) => c.model))].sort(),
      throughputValidation: vStats,
      throughputHeldOut: errorStats(heldOutRows),
      throughputHeldOutByKind: {
        dense: errorStats(heldOutRows.filter((r) => r.regime.endsWith('/dense'))),
        moe: errorStats(heldOutRows.filter((r) => r.regime.endsWith('/moe'))),
      },
      throughputValidationByRegime: statsByRegime(tValidation),
      throughputFit: errorStats(tFit),
      throughputFitByRegime: statsByRegime(tFit),
      tpot: errorStats(tpot),
      tpotByRegime: statsByRegime(tpot),
      tpotSmallBatch: { maxBatch: SMALL_BATCH, dense: smallBatch(false), moe: smallBatch(true) },
      tpotRows: rowsOfKind('tpot'),
      tpotBySource: tpotSources.map((source) => ({
        source,
        stats: errorStats(tpot.filter((r) => repoOf.get(r.id) === source)),
      })),
      energy: errorStats(energy),
      energyByRegime: statsByRegime(energy),
      energyRows: rowsOfKind('energy'),
      power: errorStats(power),
      powerByRegime: statsByRegime(power),
      powerRows: rowsOfKind('power'),
      levers,
      forward: {
        round: FORWARD_ROUND,
        throughputValidationWithout: errorStats(tValidation.filter((r) => !forwardIds.has(r.id))),
        throughput: errorStats(forwardThroughput),
        throughputByRegime: statsByRegime(forwardThroughput),
        tpot: errorStats(tpot.filter((r) => forwardIds.has(r.id))),
      },
    },
  }
}

/** The small file accuracy.ts reads: validation error per maximum-throughput regime, and the overall fallback. */
export function accuracyFile(v: MeasuredValidation): {
  readonly description: string
  readonly regimes: Record<string, { relativeError: number; cases: number; signedBias: number }>
  readonly fallback: { relativeError: number; cases: number; signedBias: number }
  readonly heldOut: {
    family: string
    dense: { relativeError: number; cases: number; signedBias: number }
    moe: { relativeError: number; cases: number; signedBias: number }
  }
  readonly energyRegimes: Record<
    string,
    { relativeError: number; cases: number; signedBias: number }
  >
  readonly energyFallback: { relativeError: number; cases: number; signedBias: number }
  readonly smallBatch: {
    maxBatch: number
    dense: { relativeError: number; cases: number; signedBias: number }
    moe: { relativeError: number; cases: number; signedBias: number }
  }
} {
  const regimes: Record<string, { relativeError: number; cases: number; signedBias: number }> = {}
  for (const r of v.throughputValidationByRegime)
    if (r.count > 0)
      regimes[r.regime] = {
        relativeError: round4(r.medianAbsErrorPct / 100),
        cases: r.count,
        signedBias: round4(r.signedBiasPct / 100),
      }
  const energyRegimes: Record<
    string,
    { relativeError: number; cases: number; signedBias: number }
  > = {}
  for (const r of v.energyByRegime) if (r.count > 0) energyRegimes[r.regime] = regimeError(r)
  return {
    description:
      'Validation error per maximum-throughput regime (median |engine ÷ measured − 1| on cases the calibration never saw), of GPU energy per output token per regime (energyRegimes), and of time per output token at small batch, dense and MoE apart (smallBatch), written by npm run validate from runValidation(); read by src/engine/validation/accuracy.ts. Do not edit by hand.',
    regimes,
    fallback: {
      relativeError: round4(v.throughputValidation.medianAbsErrorPct / 100),
      cases: v.throughputValidation.count,
      signedBias: round4(v.throughputValidation.signedBiasPct / 100),
    },
    heldOut: {
      family: v.heldOutFamily,
      dense: regimeError(v.throughputHeldOutByKind.dense),
      moe: regimeError(v.throughputHeldOutByKind.moe),
    },
    energyRegimes,
    energyFallback: regimeError(v.energy),
    smallBatch: {
      maxBatch: v.tpotSmallBatch.maxBatch,
      dense: regimeError(v.tpotSmallBatch.dense),
      moe: regimeError(v.tpotSmallBatch.moe),
    },
  }
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4

function regimeError(s: ErrorStats): { relativeError: number; cases: number; signedBias: number } {
  return s.count > 0
    ? {
        relativeError: round4(s.medianAbsErrorPct / 100),
        cases: s.count,
        signedBias: round4(s.signedBiasPct / 100),
      }
    : { relativeError: 0, cases: 0, signedBias: 0 }
}
