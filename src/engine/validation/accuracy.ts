/**
 * How far a figure can be trusted: the validation error of the regime nearest to the scenario's. The numbers come
 * from accuracy.json, which `npm run validate` writes from the engine's error on the VALIDATION cases (never the
 * fitting cases) of measured.json, maximum-throughput cases only (cost and energy per token scale with them).
 *
 * A regime is family × weight format × parallelism bucket × dense/MoE, e.g. "nvidia-hopper/fp8/tp2/dense".
 * Nearest-regime rule, first match wins:
 *   1. the same regime, if it has validation cases;
 *   2. the same family, format and dense/MoE, at the nearest parallelism bucket (the larger one on a tie);
 *   3. the same family and dense/MoE, any format, nearest parallelism (larger on a tie), then format by name;
 *   4. the same format, parallelism and dense/MoE on any family (the largest error among them: an unmeasured
 *      family is not assumed to be the best-behaved);
 *   5. fallback: the median error over every validation case.
 * A family with no validation case (rules 4 and 5) is also never given less than the error on the dense-model
 * cases of the family held out of the calibration: the only measurement of how the fit carries to a family it never
 * saw. Its derates are the pooled fit, a relative's, or an assumption, so a measured family's same-regime error
 * alone would flatter it.
 *
 * Energy per token has its own measured error since The ML.ENERGY Leaderboard's GPU energy readings joined the
 * validation set (energy cases of measured.json): `energyRelativeError` is the energy validation error of the
 * same regime, else of the nearest regime of the same family, format and kind, else of the same family and kind,
 * else over every energy case; and never less than `relativeError` (energy per token carries the time error).
 */
import accuracyData from './accuracy.json'

export interface Accuracy {
  /** Typical relative error of the figure (0.3 = ±30 %): the median |engine ÷ measured − 1| of the basis regime. */
  readonly relativeError: number
  /** Which measured regime the error comes from, and how it was chosen, in words. */
  readonly basis: string
  /** Typical relative error of energy per token (0.4 = ±40 %), from measured GPU energy (see above). */
  readonly energyRelativeError: number
  /** Where the energy error comes from, in words. */
  readonly energyBasis: string
}

interface RegimeError {
  readonly relativeError: number
  readonly cases: number
  readonly signedBias: number
}

interface AccuracyFile {
  readonly regimes: Readonly<Record<string, RegimeError>>
  readonly fallback: RegimeError
  /** Absent only while `npm run validate` rewrites the file from an older one. */
  readonly heldOut?: {
    readonly family: string
    readonly dense: RegimeError
    readonly moe: RegimeError
  }
  /** Energy per output token: validation error per regime, and over every energy case. */
  readonly energyRegimes?: Readonly<Record<string, RegimeError>>
  readonly energyFallback?: RegimeError
  /** Time per output token at small batch (at most maxBatch sequences per replica), dense and MoE apart. */
  readonly smallBatch?: {
    readonly maxBatch: number
    readonly dense: RegimeError
    readonly moe: RegimeError
  }
}

const DATA = accuracyData as unknown as AccuracyFile

const BUCKETS = ['tp1', 'tp2', 'tp4', 'tp8'] as const

/** Parallelism bucket of a tensor-parallel size: tp1, tp2, tp4 (4–7), tp8 (8 and more). */
export function parallelismBucketOf(tensorParallel: number): string {
  if (tensorParallel >= 8) return 'tp8'
  if (tensorParallel >= 4) return 'tp4'
  if (tensorParallel >= 2) return 'tp2'
  return 'tp1'
}

/** The regime key of a deployment. fp16 counts as bf16 (same width and kernels). */
export function regimeKeyFor(r: {
  readonly family: string
  readonly weightFormat: string
  readonly tensorParallel: number
  readonly moe: boolean
}): string {
  const format = r.weightFormat === 'fp16' ? 'bf16' : r.weightFormat
  return `${r.family}/${format}/${parallelismBucketOf(r.tensorParallel)}/${r.moe ? 'moe' : 'dense'}`
}

interface Parsed {
  readonly family: string
  readonly format: string
  readonly bucket: number
  readonly kind: string
}

function parse(key: string): Parsed | undefined {
  const [family, format, bucket, kind] = key.split('/')
  const b = BUCKETS.indexOf(bucket as (typeof BUCKETS)[number])
  if (!family || !format || b < 0 || (kind !== 'dense' && kind !== 'moe')) return undefined
  return { family, format, bucket: b, kind }
}

const pct = (x: number): string => `${Math.round(x * 100)} %`

function describe(key: string, e: RegimeError, how: string): ThroughputAccuracy {
  return {
    relativeError: e.relativeError,
    basis: `${how}: median error ${pct(e.relativeError)} over ${e.cases} validation case${e.cases === 1 ? '' : 's'} of ${key} (maximum throughput, measurements the calibration never saw)`,
  }
}

/** Nearest by parallelism distance; the larger bucket wins a tie; then by key for determinism. */
function nearest(candidates: readonly [string, Parsed][], bucket: number): string | undefined {
  return [...candidates].sort(([ka, a], [kb, b]) => {
    const d = Math.abs(a.bucket - bucket) - Math.abs(b.bucket - bucket)
    if (d !== 0) return d
    if (a.bucket !== b.bucket) return b.bucket - a.bucket
    return ka < kb ? -1 : ka > kb ? 1 : 0
  })[0]?.[0]
}

/** The keys of a regime table that parse, with their parts. */
function parsedKeys(table: Readonly<Record<string, RegimeError>>): [string, Parsed][] {
  return Object.keys(table)
    .map((k) => [k, parse(k)] as const)
    .filter((x): x is readonly [string, Parsed] => x[1] !== undefined)
    .map(([k, p]) => [k, p] as [string, Parsed])
}

/**
 * Rules 2 and 3 of the nearest-regime rule, on any regime table: the same family, format and kind at the
 * nearest parallelism, else the same family and kind; `sameFormat` says which.
 */
function nearestInFamily(
  all: readonly [string, Parsed][],
  want: Parsed,
): { readonly key: string; readonly sameFormat: boolean } | undefined {
  const sameFormat = nearest(
    all.filter(
      ([, p]) => p.family === want.family && p.format === want.format && p.kind === want.kind,
    ),
    want.bucket,
  )
  if (sameFormat) return { key: sameFormat, sameFormat: true }
  const sameFamily = nearest(
    all.filter(([, p]) => p.family === want.family && p.kind === want.kind),
    want.bucket,
  )
  return sameFamily ? { key: sameFamily, sameFormat: false } : undefined
}

/**
 * The accuracy to attach to a result in regime `regimeKey` (see the nearest-regime rule above), running
 * `batchPerReplica` concurrent sequences per replica. At a small batch (accuracy.json smallBatch: at most 16)
 * a decode step is mostly fixed latency, not weight and KV streaming, and the engine's time per output token
 * errs more there than at maximum throughput (docs/validation.md §2): the result then carries the
 * small-batch validation error of its kind (dense or MoE) where that is the larger.
 * The answer depends only on the key, whether the batch is small and the committed accuracy.json, so it is
 * worked out once per key (every simulate() asks) and shared, frozen.
 */
export function accuracyFor(
  regimeKey: string,
  batchPerReplica: number = Number.POSITIVE_INFINITY,
): Accuracy {
  const small = DATA.smallBatch
  const isSmall = small !== undefined && batchPerReplica <= small.maxBatch
  const answers = isSmall ? SMALL_BATCH_ANSWERS : ANSWERS
  const known = answers.get(regimeKey)
  if (known) return known
  const atMaximum = nearestAccuracy(regimeKey)
  const throughput = isSmall ? smallBatchAccuracy(regimeKey, atMaximum, small) : atMaximum
  const answer = Object.freeze({ ...throughput, ...energyAccuracy(regimeKey, throughput) })
  answers.set(regimeKey, answer)
  return answer
}

/** The small-batch error of the regime's kind where it is larger than the maximum-throughput one. */
function smallBatchAccuracy(
  regimeKey: string,
  atMaximum: ThroughputAccuracy,
  small: NonNullable<AccuracyFile['smallBatch']>,
): ThroughputAccuracy {
  const kind = regimeKey.endsWith('/moe') ? 'moe' : 'dense'
  const e = small[kind]
  if (!(e.cases > 0) || e.relativeError <= atMaximum.relativeError) return atMaximum
  const models = kind === 'moe' ? 'mixture-of-experts' : 'dense'
  return {
    relativeError: e.relativeError,
    basis:
      `Small batch (at most ${small.maxBatch} sequences per replica): median error ${pct(e.relativeError)} of the ` +
      `time per output token over ${e.cases} serving-curve validation case${e.cases === 1 ? '' : 's'} of ${models} ` +
      `models at such a batch, larger than at maximum throughput. ${atMaximum.basis}`,
  }
}

/** Answers by regime key, at any batch and at a small batch. */
const ANSWERS = new Map<string, Accuracy>()
const SMALL_BATCH_ANSWERS = new Map<string, Accuracy>()

type ThroughputAccuracy = Pick<Accuracy, 'relativeError' | 'basis'>

/** The energy error of the nearest measured energy regime, never below the throughput error. */
function energyAccuracy(
  regimeKey: string,
  throughput: ThroughputAccuracy,
): Pick<Accuracy, 'energyRelativeError' | 'energyBasis'> {
  const table = DATA.energyRegimes ?? {}
  const want = parse(regimeKey)
  let key: string | undefined = table[regimeKey] ? regimeKey : undefined
  let how = 'same regime'
  if (!key && want) {
    const near = nearestInFamily(parsedKeys(table), want)
    key = near?.key
    how = near?.sameFormat
      ? `nearest regime (${regimeKey} has no energy measurement)`
      : `nearest regime of the same family (${regimeKey} has no energy measurement)`
  }
  const e = key ? table[key] : DATA.energyFallback
  if (!e || !(e.cases > 0))
    return {
      energyRelativeError: throughput.relativeError,
      energyBasis: `No energy measurement: the throughput error. ${throughput.basis}`,
    }
  const measured = key
    ? `${how}: median error ${pct(e.relativeError)} of GPU energy per output token over ${e.cases} validation case${e.cases === 1 ? '' : 's'} of ${key} (ML.ENERGY v3.0)`
    : `no energy measurement near ${regimeKey}: median error ${pct(e.relativeError)} over all ${e.cases} energy validation cases (ML.ENERGY v3.0)`
  if (e.relativeError >= throughput.relativeError)
    return {
      energyRelativeError: e.relativeError,
      energyBasis: measured[0]!.toUpperCase() + measured.slice(1),
    }
  return {
    energyRelativeError: throughput.relativeError,
    energyBasis: `The throughput error, larger than the measured energy error (${measured}): energy per token carries the time per token. ${throughput.basis}`,
  }
}

function nearestAccuracy(regimeKey: string): ThroughputAccuracy {
  const exact = DATA.regimes[regimeKey]
  if (exact) return describe(regimeKey, exact, 'Same regime')
  const want = parse(regimeKey)
  const all = parsedKeys(DATA.regimes)
  if (want) {
    const near = nearestInFamily(all, want)
    if (near)
      return describe(
        near.key,
        DATA.regimes[near.key]!,
        near.sameFormat
          ? `Nearest regime (${regimeKey} has no validation case)`
          : `Nearest regime of the same family (${regimeKey} has no validation case)`,
      )
    const otherFamilies = all.filter(
      ([, p]) => p.format === want.format && p.bucket === want.bucket && p.kind === want.kind,
    )
    const k4 = [...otherFamilies].sort(
      ([ka], [kb]) =>
        DATA.regimes[kb]!.relativeError - DATA.regimes[ka]!.relativeError || (ka < kb ? -1 : 1),
    )[0]?.[0]
    if (k4)
      return atLeastHeldOut(
        describe(
          k4,
          DATA.regimes[k4]!,
          `Same format and parallelism on another family (no validation case of ${want.family})`,
        ),
        want.family,
        want.kind,
      )
  }
  return atLeastHeldOut(
    {
      relativeError: DATA.fallback.relativeError,
      basis: `No validation case near ${regimeKey}: median error ${pct(DATA.fallback.relativeError)} over all ${DATA.fallback.cases} validation cases (maximum throughput)`,
    },
    want?.family,
    want?.kind,
  )
}

/** For a family without any validation case: no less than the held-out family's error, and say which applies. */
function atLeastHeldOut(
  borrowed: ThroughputAccuracy,
  family: string | undefined,
  kind: string | undefined,
): ThroughputAccuracy {
  // The floor is the held-out family's error on dense models, for either kind: it measures how the
  // fit carries to a new family. Its few mixture-of-experts cases (MLPerf Mixtral) mostly measure
  // the MoE gap every family shares, which the borrowed same-regime error already carries.
  const held = DATA.heldOut
  const h = held?.dense
  if (!held || !h || family === held.family || !(h.cases > 0)) return borrowed
  // Only a family with no validation case at all: a measured family's own error is evidence.
  if (family && Object.keys(DATA.regimes).some((k) => k.startsWith(`${family}/`))) return borrowed
  if (borrowed.relativeError >= h.relativeError) return borrowed
  return {
    relativeError: h.relativeError,
    basis: `No validation case of ${family ?? 'this family'}: median error ${pct(h.relativeError)} over the ${h.cases} dense-model maximum-throughput cases of ${held.family}, the family held out of the calibration (how far the fit carries to a family it never saw), larger than the ${pct(borrowed.relativeError)} of the nearest measured regime${kind === 'moe' ? ' (a mixture of experts)' : ''}. ${borrowed.basis}`,
  }
}
