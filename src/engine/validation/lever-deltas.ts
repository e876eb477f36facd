/**
 * What a lever changes on real silicon, from PAIRS of measured cases that differ in one thing only (same source
 * table or the same hardware, model and benchmark): the measured ratio b ÷ a against the engine's ratio b ÷ a.
 * Error = engine ratio ÷ measured ratio − 1. Levers with no measured pair are listed as such, never filled in.
 */
import { acceleratorById } from '../catalog/accelerators'

import type { CaseRow } from './evaluate'
import type { GpuCase } from './gpu-cases'
import type { GpuTimeRow } from './gpu-run'
import type { MeasuredCase } from './measured-cases'

export type LeverKind =
  | 'context length'
  | 'batch'
  | 'weight format'
  | 'tensor parallelism'
  | 'experts touched'
  | 'tokens verified per step'
  | 'power limit'

export const LEVER_KINDS: readonly LeverKind[] = [
  'experts touched',
  'tokens verified per step',
  'weight format',
  'context length',
  'batch',
  'tensor parallelism',
  'power limit',
]

export interface LeverPair {
  readonly lever: LeverKind
  /** Where both measurements come from. */
  readonly origin: string
  readonly from: string
  readonly to: string
  /** What changes, in words. */
  readonly change: string
}

export interface LeverDeltaRow extends LeverPair {
  readonly measuredRatio: number
  readonly predictedRatio: number
  /** predicted ratio ÷ measured ratio − 1, percent. */
  readonly errorPct: number
}

const sourceTable = (c: MeasuredCase): string =>
  `${c.source.repo}@${c.source.commit}:${c.source.path}`

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>()
  for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x])
  return m
}

/** Every pair of measured cases that isolates one lever. Deterministic order. */
export function leverPairs(cases: readonly MeasuredCase[]): LeverPair[] {
  const pairs: LeverPair[] = []
  const origin = 'published'
  const throughput = cases.filter(
    (c) => c.kind === 'throughput' && c.source.repo.includes('TensorRT-LLM'),
  )
  // Context length: same table, hardware, model, format, TP and output length; the prompt grows.
  for (const group of groupBy(throughput, (c) =>
    [sourceTable(c), c.hardwareId, c.model, c.format, c.tensorParallel, c.outputTokens].join('|'),
  ).values()) {
    const sorted = [...group].sort((a, b) => a.inputTokens - b.inputTokens)
    for (let i = 1; i < sorted.length; i++)
      pairs.push({
        origin,
        lever: 'context length',
        from: sorted[0]!.id,
        to: sorted[i]!.id,
        change: `prompt ${sorted[0]!.inputTokens} → ${sorted[i]!.inputTokens} tokens (${sorted[0]!.outputTokens} out)`,
      })
  }
  // Tensor parallelism: same table, hardware, model, format and lengths; per-accelerator throughput.
  for (const group of groupBy(throughput, (c) =>
    [sourceTable(c), c.hardwareId, c.model, c.format, c.inputTokens, c.outputTokens].join('|'),
  ).values()) {
    const sorted = [...group].sort((a, b) => a.tensorParallel - b.tensorParallel)
    for (let i = 1; i < sorted.length; i++)
      pairs.push({
        origin,
        lever: 'tensor parallelism',
        from: sorted[i - 1]!.id,
        to: sorted[i]!.id,
        change: `TP${sorted[i - 1]!.tensorParallel} → TP${sorted[i]!.tensorParallel}`,
      })
  }
  // Batch: the same serving curve (hardware, model, TP, lengths) at a higher load; time per output token.
  const serving = cases.filter((c) => c.kind === 'tpot' && c.source.repo.includes('TensorRT-LLM'))
  for (const group of groupBy(serving, (c) =>
    [c.hardwareId, c.model, c.tensorParallel, c.inputTokens, c.outputTokens].join('|'),
  ).values()) {
    const sorted = [...group].sort((a, b) => Number(a.batchSize) - Number(b.batchSize))
    for (let i = 1; i < sorted.length; i++)
      if (sorted[i]!.batchSize !== sorted[0]!.batchSize)
        pairs.push({
          origin,
          lever: 'batch',
          from: sorted[0]!.id,
          to: sorted[i]!.id,
          change: `concurrency ${String(sorted[0]!.batchSize)} → ${String(sorted[i]!.batchSize)}`,
        })
  }
  // Weight format: MLPerf Offline runs of the same accelerator, count and model in two formats, by the same
  // submitter in the same round (two submitters' stacks differ in more than the format: a cross-submitter
  // pair appeared with the v6.0 round and was removed by this rule, 2026-12-06).
  const offline = cases.filter((c) => c.kind === 'throughput' && c.id.startsWith('mlperf'))
  for (const group of groupBy(offline, (c) =>
    [
      c.source.repo,
      String(c.what.submitter ?? ''),
      c.hardwareId,
      c.model,
      c.what.accelerators ?? '',
      c.tensorParallel,
      c.pipelineParallel ?? 1,
    ].join('|'),
  ).values()) {
    const formats = [...new Set(group.map((c) => c.format))].sort()
    if (formats.length < 2) continue
    const firstOf = (f: string) =>
      group.filter((c) => c.format === f).sort((a, b) => (a.id < b.id ? -1 : 1))[0]!
    for (let i = 1; i < formats.length; i++)
      pairs.push({
        origin,
        lever: 'weight format',
        from: firstOf(formats[0]!).id,
        to: firstOf(formats[i]!).id,
        change: `${formats[0]} → ${formats[i]}`,
      })
  }
  pairs.push(...powerLimitPairs(offline))
  pairs.push(...mlEnergyPairs(cases))
  return pairs
}

/**
 * The part a case runs on with its power limit (and display name) set aside: two cases with the same key
 * differ in nothing but the limit, so an HGX B300 (a GB300 with other peaks and memory) never pairs with a GB300.
 */
function hardwareBesidesPower(c: MeasuredCase): string {
  if (typeof c.hardware === 'string') return JSON.stringify({ base: c.hardware })
  const { tdpW: _limit, name: _name, ...rest } = c.hardware
  return JSON.stringify(
    Object.fromEntries(Object.entries(rest).sort(([a], [b]) => (a < b ? -1 : 1))),
  )
}

/** The catalogue part a case runs on (the base of an override). */
function catalogueId(c: MeasuredCase): string {
  return typeof c.hardware === 'string' ? c.hardware : c.hardware.base
}

/** The power limit a case runs under: its stated cap, or its catalogue part's TDP. */
function powerLimitW(c: MeasuredCase): number {
  if (typeof c.hardware !== 'string' && typeof c.hardware.tdpW === 'number') return c.hardware.tdpW
  return acceleratorById(catalogueId(c))?.tdpW ?? NaN
}

/**
 * The system a case ran on with its power marker set aside: the system description file without "_MaxQ" or
 * "_Power_Cap_<n>W", so a power-limited run pairs only with the same system at full power (not with another
 * thermal design of the same part, such as NVIDIA's H200-SXM-141GB-CTS, nor a Triton variant).
 */
function systemBesidesPower(c: MeasuredCase): string {
  return (c.source.system ?? c.id).replace(/(_maxq|_power_cap_\d+w)(?=\.json$)/i, '')
}

/**
 * Power limit: MLPerf Offline runs by the same submitter in the same round, of the same system, part, model,
 * format, count and replica, one of them under a stated power cap (MLPerf v6.0: an MI355X system at 1,000 W
 * beside the same system uncapped; v4.1: NVIDIA's H200 MaxQ system at 500 W beside the same system at 700 W).
 * What the cap costs in throughput, measured, against the engine's clock model (kernel/power.ts). The same
 * system is required since 2026-12-06: before, a MaxQ run paired with NVIDIA's CTS system (another thermal
 * design, faster at full power), which that first evaluation showed.
 */
function powerLimitPairs(offline: readonly MeasuredCase[]): LeverPair[] {
  const pairs: LeverPair[] = []
  for (const group of groupBy(offline, (c) =>
    [
      c.source.repo,
      String(c.what.submitter ?? ''),
      systemBesidesPower(c),
      hardwareBesidesPower(c),
      c.model,
      c.format,
      c.what.accelerators ?? '',
      c.tensorParallel,
      c.pipelineParallel ?? 1,
    ].join('|'),
  ).values()) {
    const sorted = [...group].sort((a, b) => powerLimitW(b) - powerLimitW(a))
    for (let i = 1; i < sorted.length; i++)
      if (powerLimitW(sorted[i]!) < powerLimitW(sorted[0]!))
        pairs.push({
          origin: 'published',
          lever: 'power limit',
          from: sorted[0]!.id,
          to: sorted[i]!.id,
          change: `${catalogueId(sorted[0]!)} power limit ${powerLimitW(sorted[0]!)} → ${powerLimitW(sorted[i]!)} W`,
        })
  }
  return pairs
}

/** Origin label of the pairs from The ML.ENERGY Leaderboard's vLLM sweeps. */
export const MLENERGY_ORIGIN = 'published (ML.ENERGY v3.0, vLLM)'

/**
 * Pairs from The ML.ENERGY Leaderboard's sweeps (time per output token): the same task, model, GPU and GPU count
 * at the next larger max_num_seqs (one step of the sweep: what raising the batch does), and at the same
 * max_num_seqs in BF16 and FP8 (what the weight format does). On a mixture of experts a larger batch also reads
 * more of the experts each step (physics/memory.ts expertsTouchedFromLog): those batch steps are the measured
 * pairs for "experts touched", with the batch's other effects in them too. Fixed before any engine error was
 * computed: every consecutive step and every format pair, none left out.
 */
function mlEnergyPairs(cases: readonly MeasuredCase[]): LeverPair[] {
  const pairs: LeverPair[] = []
  const origin = MLENERGY_ORIGIN
  const tpot = cases.filter((c) => c.kind === 'tpot' && c.id.startsWith('mlenergy-'))
  const task = (c: MeasuredCase) => String(c.what.task)
  const seqs = (c: MeasuredCase) => c.maxBatch ?? 0
  for (const group of groupBy(tpot, (c) =>
    [task(c), c.model, c.format, c.hardwareId, c.tensorParallel].join('|'),
  ).values()) {
    const sorted = [...group].sort((a, b) => seqs(a) - seqs(b))
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1]!
      const b = sorted[i]!
      pairs.push({
        origin,
        lever: a.moe ? 'experts touched' : 'batch',
        from: a.id,
        to: b.id,
        change: `${task(a)}, ${a.model} ${a.format} on ${a.tensorParallel}× ${a.hardwareId}: running batch ${String(a.batchSize)} → ${String(b.batchSize)}`,
      })
    }
  }
  for (const group of groupBy(tpot, (c) =>
    [task(c), c.model, c.hardwareId, c.tensorParallel, seqs(c)].join('|'),
  ).values()) {
    const bf16 = group.find((c) => c.format === 'bf16')
    const fp8 = group.find((c) => c.format === 'fp8')
    if (bf16 && fp8)
      pairs.push({
        origin,
        lever: 'weight format',
        from: bf16.id,
        to: fp8.id,
        change: `${task(bf16)}, ${bf16.model} on ${bf16.tensorParallel}× ${bf16.hardwareId}, max_num_seqs ${seqs(bf16)}: bf16 → fp8`,
      })
  }
  return pairs
}

/** Measured and predicted ratios of each pair, from rows already computed by the engine. */
export function leverDeltaRows(
  pairs: readonly LeverPair[],
  rows: ReadonlyMap<string, CaseRow>,
): LeverDeltaRow[] {
  const out: LeverDeltaRow[] = []
  for (const p of pairs) {
    const a = rows.get(p.from)
    const b = rows.get(p.to)
    if (!a || !b || !Number.isFinite(a.ratio) || !Number.isFinite(b.ratio)) continue
    const measuredRatio = b.measured / a.measured
    const predictedRatio = b.predicted / a.predicted
    out.push({
      ...p,
      measuredRatio,
      predictedRatio,
      errorPct: (predictedRatio / measuredRatio - 1) * 100,
    })
  }
  return out
}

/** Origin label of the pairs built from our own H200 timings. */
export const GPU_ORIGIN = 'our H200 (plain PyTorch, data/gpu-calibration)'

/**
 * The bf16 → fp8 pairs of our H200 are the data the generic-stack rule (serving.stack, kernel/replica.ts) was
 * read from, so their error is in-sample for that rule and is labelled so wherever it is reported.
 */
export const GPU_WEIGHT_FORMAT_ORIGIN = `${GPU_ORIGIN}; in-sample for the generic-stack rule`

/**
 * The batch and context pairs of our H200 are decode steps; the kernel-boundary time (fit-kernel.ts) was fitted on
 * four of those steps (batch 1 and 8 at context 1,024), which most of these pairs start from: in-sample for it.
 */
export const GPU_DECODE_ORIGIN = `${GPU_ORIGIN}; in-sample for the kernel-boundary time`

/**
 * Pairs from our own H200 timings (gpu-h200.json): the same model shape and phase with one thing changed —
 * the weight format (bf16 → fp8), the batch of a decode step, or the context of a decode step. Ratio of times.
 * Only CUDA-graph decode steps and same-mode prefills are paired, so launch overhead does not differ in a pair.
 */
export function gpuLeverDeltaRows(
  cases: readonly GpuCase[],
  rows: readonly GpuTimeRow[],
): LeverDeltaRow[] {
  const byId = new Map(rows.map((r) => [r.id, r]))
  const usable = cases.filter((c) => byId.has(c.id))
  const m = (c: GpuCase) => c.measured
  const shape = (c: GpuCase) =>
    [m(c).model_shape, m(c).layers, m(c).phase, m(c).cuda_graph].join('|')
  const out: LeverDeltaRow[] = []
  const push = (lever: LeverKind, a: GpuCase, b: GpuCase, change: string) => {
    const origin =
      lever === 'weight format'
        ? GPU_WEIGHT_FORMAT_ORIGIN
        : m(a).phase === 'decode'
          ? GPU_DECODE_ORIGIN
          : GPU_ORIGIN
    const ra = byId.get(a.id)!
    const rb = byId.get(b.id)!
    const measuredRatio = rb.measuredMs / ra.measuredMs
    const predictedRatio = rb.predictedMs / ra.predictedMs
    out.push({
      origin,
      lever,
      from: a.id,
      to: b.id,
      change,
      measuredRatio,
      predictedRatio,
      errorPct: (predictedRatio / measuredRatio - 1) * 100,
    })
  }
  const sortedById = (xs: readonly GpuCase[]) => [...xs].sort((x, y) => (x.id < y.id ? -1 : 1))
  // Weight format: bf16 → fp8 at the same shape, batch and length.
  for (const group of groupBy(usable, (c) =>
    [shape(c), m(c).batch, m(c).input_len].join('|'),
  ).values()) {
    const bf16 = group.find((c) => m(c).precision === 'bf16')
    if (!bf16) continue
    for (const fp8 of sortedById(group.filter((c) => m(c).precision === 'fp8')))
      push(
        'weight format',
        bf16,
        fp8,
        `bf16 → fp8 (${m(fp8).act_quant ?? 'dynamic'} activation scale), ${m(bf16).phase} batch ${m(bf16).batch}`,
      )
  }
  // Batch and context of bf16 decode steps.
  const decode = usable.filter((c) => m(c).phase === 'decode' && m(c).precision === 'bf16')
  for (const group of groupBy(decode, (c) => [shape(c), m(c).input_len].join('|')).values()) {
    const sorted = [...group].sort((a, b) => m(a).batch - m(b).batch)
    for (let i = 1; i < sorted.length; i++)
      push(
        'batch',
        sorted[0]!,
        sorted[i]!,
        `decode batch ${m(sorted[0]!).batch} → ${m(sorted[i]!).batch}, context ${m(sorted[0]!).input_len}`,
      )
  }
  for (const group of groupBy(decode, (c) => [shape(c), m(c).batch].join('|')).values()) {
    const sorted = [...group].sort((a, b) => m(a).input_len - m(b).input_len)
    for (let i = 1; i < sorted.length; i++)
      push(
        'context length',
        sorted[0]!,
        sorted[i]!,
        `decode context ${m(sorted[0]!).input_len} → ${m(sorted[i]!).input_len}, batch ${m(sorted[0]!).batch}`,
      )
  }
  return out
}
