/**
 * Run our H200 measurements (gpu-cases.ts) through the engine: phase times, power and energy, and
 * the measured compute and bandwidth peaks against the derates the engine uses for the family.
 * Pure: the report in docs/validation.md is rendered from this by scripts/validate.ts.
 */
import type { SimulationResult } from '../result'
import { resolveScenario, type Scenario } from '../scenario'
import type { ScenarioInput } from '../scenario-schema'
import { simulate } from '../simulate'

import { fitKernelBoundary, type KernelFit } from './fit-kernel'
import {
  GPU_CASES,
  GPU_DATA,
  GPU_EXCLUDED,
  gpuScenario,
  type GpuCalibrationData,
  type GpuCase,
} from './gpu-cases'

/** Ratio band (predicted / measured) we report for the GPU cases; report-only, see the tests. */
export const GPU_RATIO_BAND = [0.5, 2] as const

const MS_PER_S = 1000 // ms/s

export interface GpuTimeRow {
  readonly id: string
  readonly phase: 'prefill' | 'decode'
  readonly precision: string
  readonly description: string
  readonly mapping: string
  readonly measuredMs: number
  readonly predictedMs: number
  /** predicted / measured. */
  readonly ratio: number
  /** (predicted − measured) / measured, percent. */
  readonly errorPct: number
  /** What binds the phase in the engine. */
  readonly bound: string
  /** Engine FLOPs / the script's FLOP count for the same work. */
  readonly flopsRatio: number
  /** Engine bytes / the script's byte count (prefill bytes are not comparable: see the README). */
  readonly bytesRatio: number
}

export interface GpuTimeSummary {
  readonly label: string
  readonly count: number
  readonly medianAbsErrorPct: number
  readonly medianRatio: number
  readonly bestRatio: number
  readonly worstRatio: number
  readonly withinBand: number
}

export interface GpuPowerRow {
  readonly id: string
  readonly phase: 'prefill' | 'decode'
  readonly description: string
  readonly tdpW: number
  /** Whole-board mean power over the sustained window, W. */
  readonly measuredW: number
  /** Engine chip power during this phase: chip energy of the phase ÷ its time, W. */
  readonly predictedW: number
  /** Engine `power.chipWattsPerAccelerator` of the same scenario: the prefill + decode cycle average. */
  readonly cycleW: number
  readonly wattsRatio: number
  /** Prefill: per input token; decode: per output token, J. */
  readonly measuredJPerToken: number
  readonly predictedJPerToken: number
  readonly joulesRatio: number
  readonly measuredTokensPerSecond: number
  readonly predictedTokensPerSecond: number
  readonly measuredSmClockMhz: number
}

export interface GpuPowerCurvePoint {
  readonly batch: number
  /** Engine chip power while decoding at this batch, W. */
  readonly predictedW: number
}

export interface GpuIdle {
  readonly measuredW: number
  /** Engine idle power (TDP × IDLE_POWER_FRACTION), W. */
  readonly engineIdleW: number
  /** Engine static power while busy (TDP × STATIC_POWER_FRACTION), W. */
  readonly engineStaticW: number
  readonly tdpW: number
}

export interface GpuPeakRow {
  readonly id: string
  readonly label: string
  readonly unit: 'TFLOP/s' | 'TB/s'
  readonly measured: number
  /** Datasheet peak in the engine's catalogue entry. */
  readonly datasheet: number
  /** measured / datasheet. */
  readonly share: number
  /** The engine's derate for this roof (efficiency.compute or efficiency.memory). */
  readonly engineDerate: number
  readonly derate: 'compute' | 'memory'
  /** Micro-benchmark of one kernel, or a whole model forward pass. */
  readonly kind: 'kernel' | 'model'
}

export interface GpuValidation {
  readonly data: GpuCalibrationData
  readonly hardwareName: string
  readonly derates: {
    readonly compute: number
    readonly memory: number
    readonly stepOverheadSeconds: number
    readonly overlapLoss: number
  }
  readonly rows: readonly GpuTimeRow[]
  readonly excluded: readonly (GpuTimeRow & { readonly reason: string })[]
  readonly summary: GpuTimeSummary
  readonly groups: readonly GpuTimeSummary[]
  readonly power: readonly GpuPowerRow[]
  /** Engine decode power of the power window's model and context across the measured batches. */
  readonly decodePowerCurve: readonly GpuPowerCurvePoint[]
  readonly idle: GpuIdle
  readonly peaks: readonly GpuPeakRow[]
  /** The kernel-boundary time fitted on four of these decode steps (fit-kernel.ts). */
  readonly kernel: KernelFit
}

function resolved(input: ScenarioInput, id: string): Scenario {
  const r = resolveScenario(input)
  if (!r.ok)
    throw new Error(`GPU case ${id} is invalid: ${r.issues.map((i) => i.message).join('; ')}`)
  return r.scenario
}

function simulated(input: ScenarioInput, id: string): SimulationResult {
  const result = simulate(resolved(input, id))
  if (!result.feasible)
    throw new Error(
      `GPU case ${id} does not fit: ${result.issues.map((i) => i.message).join('; ')}`,
    )
  return result
}

function timeRow(c: GpuCase): GpuTimeRow {
  const r = simulated(c.scenario, c.id)
  const phase = c.phase === 'prefill' ? r.prefill : r.decode
  const predictedMs = phase.seconds * MS_PER_S
  return {
    id: c.id,
    phase: c.phase,
    precision: c.measured.precision,
    description: c.description,
    mapping: c.mapping,
    measuredMs: c.measuredMs,
    predictedMs,
    ratio: predictedMs / c.measuredMs,
    errorPct: ((predictedMs - c.measuredMs) / c.measuredMs) * 100,
    bound: phase.bound,
    flopsRatio: phase.flops / c.measured.flops,
    bytesRatio: phase.bytes / c.measured.bytes,
  }
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export function summarize(label: string, rows: readonly GpuTimeRow[]): GpuTimeSummary {
  const ratios = rows.map((r) => r.ratio)
  return {
    label,
    count: rows.length,
    medianAbsErrorPct: median(rows.map((r) => Math.abs(r.errorPct))),
    medianRatio: median(ratios),
    bestRatio: Math.min(...ratios),
    worstRatio: Math.max(...ratios),
    withinBand: ratios.filter((x) => x >= GPU_RATIO_BAND[0] && x <= GPU_RATIO_BAND[1]).length,
  }
}

export interface PhasePower {
  /** Chip energy of the phase ÷ its time, W. */
  readonly watts: number
  /** Prefill: per input token; decode: per output token, J. */
  readonly joulesPerToken: number
  readonly tokensPerSecond: number
  readonly result: SimulationResult
}

/** Engine chip power and energy of one phase of a GPU scenario (energy boundary: chip). */
export function phasePower(
  input: ScenarioInput,
  phase: 'prefill' | 'decode',
  id: string,
): PhasePower {
  const r = simulated(input, id)
  const tokens =
    phase === 'prefill'
      ? r.batchSize * r.scenario.inputTokens
      : r.batchSize * r.scenario.outputTokens
  // With the chip boundary, perInputToken is the prefill's chip energy per prompt token and
  // decodePerOutputToken the decode's chip energy per output token.
  const joulesPerToken =
    phase === 'prefill' ? r.energyPerToken.perInputToken : r.energyPerToken.decodePerOutputToken
  const seconds = phase === 'prefill' ? r.prefill.seconds : r.decode.seconds
  return {
    watts: (joulesPerToken * tokens) / seconds,
    joulesPerToken,
    tokensPerSecond: tokens / seconds,
    result: r,
  }
}

function powerRow(w: GpuCalibrationData['power']['windows'][number], tdpW: number): GpuPowerRow {
  const phase = w.phase === 'prefill' ? 'prefill' : 'decode'
  const engine = phasePower(gpuScenario({ ...w, layers: 0 }), phase, w.id)
  const label =
    phase === 'prefill'
      ? `prefill ${w.batch} × ${w.input_len}`
      : `decode, batch ${w.batch}, context ${w.input_len}`
  return {
    id: w.id,
    phase,
    description: `Llama-3.1-8B ${w.precision}: ${label}`,
    tdpW,
    measuredW: w.mean_w,
    predictedW: engine.watts,
    cycleW: engine.result.power.chipWattsPerAccelerator,
    wattsRatio: engine.watts / w.mean_w,
    measuredJPerToken: w.j_per_token,
    predictedJPerToken: engine.joulesPerToken,
    joulesRatio: engine.joulesPerToken / w.j_per_token,
    measuredTokensPerSecond: w.tokens_per_s,
    predictedTokensPerSecond: engine.tokensPerSecond,
    measuredSmClockMhz: w.mean_sm_clock_mhz,
  }
}

/** Engine decode power of Llama-3.1-8B bf16 at context 1,024 for each batch measured. */
function decodePowerCurve(): GpuPowerCurvePoint[] {
  const batches = [
    ...new Set(
      GPU_CASES.filter(
        (c) =>
          c.phase === 'decode' &&
          c.measured.model_shape === 'llama-3.1-8b' &&
          c.measured.precision === 'bf16' &&
          c.measured.input_len === 1024,
      ).map((c) => c.measured.batch),
    ),
  ].sort((a, b) => a - b)
  return batches.map((batch) => {
    const input = gpuScenario({
      model_shape: 'llama-3.1-8b',
      layers: 0,
      precision: 'bf16',
      batch,
      input_len: 1024,
    })
    return { batch, predictedW: phasePower(input, 'decode', `decode-b${batch}`).watts }
  })
}

function peakRows(reference: Scenario): GpuPeakRow[] {
  const hw = reference.hardware
  const { compute, memory } = reference.efficiency
  const p = GPU_DATA.peaks
  const kernel = (
    id: string,
    label: string,
    measured: number,
    datasheet: number,
    derate: 'compute' | 'memory',
  ): GpuPeakRow => ({
    id,
    label,
    unit: derate === 'compute' ? 'TFLOP/s' : 'TB/s',
    measured,
    datasheet,
    share: measured / datasheet,
    engineDerate: derate === 'compute' ? compute : memory,
    derate,
    kind: 'kernel',
  })
  const rows = [
    kernel(
      'gemm-bf16',
      'bf16 GEMM (torch.mm, 8192³)',
      p.bf16_tflops,
      hw.peakTflops.fp16,
      'compute',
    ),
    kernel(
      'gemm-fp16',
      'fp16 GEMM (torch.mm, 8192³)',
      p.fp16_tflops,
      hw.peakTflops.fp16,
      'compute',
    ),
    kernel(
      'gemm-fp8',
      'fp8 GEMM (_scaled_mm, fast accumulation)',
      p.fp8_tflops,
      hw.peakTflops.fp8,
      'compute',
    ),
    kernel(
      'gemm-fp8-slow',
      'fp8 GEMM (_scaled_mm, exact accumulation)',
      p.fp8_tflops_8192_slow_accum,
      hw.peakTflops.fp8,
      'compute',
    ),
    kernel('gemm-int8', 'int8 GEMM (torch._int_mm)', p.int8_tops, hw.peakTflops.int8, 'compute'),
    kernel(
      'hbm-copy',
      'HBM copy (read + write counted)',
      p.copy_tbps,
      hw.memoryBandwidthTBps,
      'memory',
    ),
    kernel('hbm-read', 'HBM read (torch.sum)', p.read_tbps, hw.memoryBandwidthTBps, 'memory'),
    kernel('hbm-write', 'HBM write (fill)', p.write_tbps, hw.memoryBandwidthTBps, 'memory'),
  ]
  // Whole forward passes of each model measured, as the script counts them: the best bf16 prefill
  // (FLOP/s), the batch-1 decode step at the shortest context (weight streaming, what the memory
  // derate mostly governs) and the best bf16 decode step (bytes/s).
  const shapes = [...new Set(GPU_CASES.map((c) => c.measured.model_shape))]
  const model = (c: GpuCase, derate: 'compute' | 'memory'): GpuPeakRow => ({
    ...kernel(
      `model-${c.id}`,
      c.description,
      derate === 'compute' ? c.measured.achieved_tflops : c.measured.achieved_tbps,
      derate === 'compute' ? hw.peakTflops.fp16 : hw.memoryBandwidthTBps,
      derate,
    ),
    kind: 'model',
  })
  const best = (cases: readonly GpuCase[], value: (c: GpuCase) => number): GpuCase | undefined =>
    cases.reduce<GpuCase | undefined>((a, c) => (a && value(a) >= value(c) ? a : c), undefined)
  for (const shape of shapes) {
    const bf16 = GPU_CASES.filter(
      (c) => c.measured.model_shape === shape && c.measured.precision === 'bf16',
    )
    const prefills = bf16.filter((c) => c.phase === 'prefill')
    const decodes = bf16.filter((c) => c.phase === 'decode')
    const prefill = best(prefills, (c) => c.measured.achieved_tflops)
    const streaming = best(
      decodes.filter((c) => c.measured.batch === 1),
      (c) => -c.measured.input_len,
    )
    const decode = best(decodes, (c) => c.measured.achieved_tbps)
    if (prefill) rows.push(model(prefill, 'compute'))
    if (streaming) rows.push(model(streaming, 'memory'))
    if (decode && decode !== streaming) rows.push(model(decode, 'memory'))
  }
  return rows
}

export function runGpuValidation(): GpuValidation {
  const rows = GPU_CASES.map(timeRow)
  const excluded = GPU_EXCLUDED.map((c) => ({ ...timeRow(c), reason: c.reason }))
  const reference = resolved(
    gpuScenario({
      model_shape: 'llama-3.1-8b',
      layers: 0,
      precision: 'bf16',
      batch: 1,
      input_len: 1,
    }),
    'reference',
  )
  const groups = [
    summarize(
      'prefill, bf16',
      rows.filter((r) => r.phase === 'prefill' && r.precision === 'bf16'),
    ),
    summarize(
      'decode, bf16',
      rows.filter((r) => r.phase === 'decode' && r.precision === 'bf16'),
    ),
    summarize(
      'fp8 (prefill and decode)',
      rows.filter((r) => r.precision === 'fp8'),
    ),
  ].filter((g) => g.count > 0)
  return {
    data: GPU_DATA,
    hardwareName: reference.hardware.name,
    derates: {
      compute: reference.efficiency.compute,
      memory: reference.efficiency.memory,
      stepOverheadSeconds: reference.efficiency.stepOverheadSeconds,
      overlapLoss: reference.efficiency.overlapLoss,
    },
    rows,
    excluded,
    kernel: fitKernelBoundary(),
    summary: summarize('all compared cases', rows),
    groups,
    power: GPU_DATA.power.windows.map((w) => powerRow(w, reference.hardware.tdpW)),
    decodePowerCurve: decodePowerCurve(),
    idle: {
      measuredW: GPU_DATA.power.idle_w,
      engineIdleW: reference.energy.idleW,
      engineStaticW: reference.energy.staticW,
      tdpW: reference.hardware.tdpW,
    },
    peaks: peakRows(reference),
  }
}
