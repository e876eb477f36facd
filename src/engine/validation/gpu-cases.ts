/**
 * Our own measurements on one NVIDIA H200 (data/gpu-calibration/h200-2026-11-27.json, trimmed to
 * gpu-h200.json; method in scripts/gpu/README.md) mapped to engine scenarios by fixed rules, never
 * tuned per case:
 * - hardware `h200-sxm`, one accelerator, serving and efficiency defaults (the family derates);
 * - the model as measured: Llama-3.1-8B (`{ base: 'llama-3.1-8b' }`) or Llama-3.1-70B truncated to
 *   the layers measured (`{ base: 'llama-3.1-70b', layers: 20 }`);
 * - precision bf16 throughout, or fp8 weights and activations with a bf16 KV cache for the fp8 cases
 *   (the script also keeps `lm_head` in bf16, as the engine does: catalogue quantizedHeadFormat);
 * - workload `{ inputTokens: S (prefill) or c (decode context), outputTokens: 1, batchSize: B,
 *   minOutputTokensPerSecondPerUser: 0, prefixCacheHitRate: 0 }`, energy counted at the chip
 *   (the board power NVML reports), which changes no time;
 * - a prefill case compares with the engine's `prefill.seconds` (the whole batch); a decode case,
 *   one new token per sequence at context c, with `decode.seconds` of that one-token run, i.e. the
 *   time of one decode step at context c;
 * - where a case was measured both eagerly and as a CUDA graph, only the graph is compared: the
 *   engine's fixed step overhead models a serving stack that replays graphs, not Python launching
 *   each kernel. The eager twins are listed as excluded, with their reason.
 */
import type { ScenarioInput } from '../scenario-schema'

import gpuData from './gpu-h200.json'

/** One measured case of the trimmed file (field names as written by llama_bench.py). */
export interface GpuMeasuredCase {
  readonly id: string
  readonly model_shape: string
  readonly layers: number
  readonly phase: string
  readonly precision: string
  readonly batch: number
  /** Prefill: prompt length S; decode: context c. */
  readonly input_len: number
  /** Median over repetitions, ms. */
  readonly ms: number
  readonly ms_min: number
  readonly ms_max: number
  readonly reps: number
  readonly cuda_graph: boolean
  /** fp8 only: 'dynamic' (per-call amax, unfused) or 'static' (fixed scale, a cast). */
  readonly act_quant?: string
  /** The script's own FLOP and byte counts (README "Counting conventions"). */
  readonly flops: number
  readonly bytes: number
  readonly achieved_tflops: number
  readonly achieved_tbps: number
}

export interface GpuPowerWindowData {
  readonly id: string
  readonly model_shape: string
  readonly precision: string
  readonly phase: string
  readonly batch: number
  readonly input_len: number
  /** Whole-board mean power over the window (NVML energy counter), W. */
  readonly mean_w: number
  readonly method: string
  readonly seconds: number
  /** Prefill: per input token; decode: per output token. Whole board, J. */
  readonly j_per_token: number
  readonly j_per_token_above_idle: number
  readonly mean_sm_clock_mhz: number
  readonly tokens_per_s: number
}

export interface GpuCalibrationData {
  readonly schema: string
  readonly source: string
  readonly started_utc: string
  readonly script_version: string
  readonly env: {
    readonly gpu_name: string
    readonly torch_version: string
    readonly cuda_version: string
    readonly driver_version: string
    readonly nvml_power_limit_w: number
    readonly llama70b_layers_used: number
  }
  /** Micro-benchmark peaks: TFLOP/s (TOPS for int8) and TB/s. */
  readonly peaks: {
    readonly bf16_tflops: number
    readonly fp16_tflops: number
    readonly fp8_tflops: number
    readonly fp8_tflops_8192_slow_accum: number
    readonly int8_tops: number
    readonly copy_tbps: number
    readonly read_tbps: number
    readonly write_tbps: number
  }
  readonly cases: readonly GpuMeasuredCase[]
  readonly power: { readonly idle_w: number; readonly windows: readonly GpuPowerWindowData[] }
}

export const GPU_DATA: GpuCalibrationData = gpuData

export const GPU_HARDWARE = 'h200-sxm'

export interface GpuCase {
  readonly id: string
  readonly phase: 'prefill' | 'decode'
  /** What was measured, in words. */
  readonly description: string
  /** How the case maps to the engine, in words. */
  readonly mapping: string
  /** Measured time: the prefill of the batch, or one decode step, ms. */
  readonly measuredMs: number
  readonly scenario: ScenarioInput
  readonly measured: GpuMeasuredCase
}

export interface ExcludedGpuCase extends GpuCase {
  readonly reason: string
}

const MODEL_NAMES: Readonly<Record<string, string>> = {
  'llama-3.1-8b': 'Llama-3.1-8B',
  'llama-3.1-70b': 'Llama-3.1-70B',
}

function phaseOf(c: { readonly phase: string; readonly id: string }): 'prefill' | 'decode' {
  if (c.phase === 'prefill' || c.phase === 'decode') return c.phase
  throw new Error(`GPU case ${c.id}: unknown phase ${c.phase}`) // a bug in the data file
}

/** The engine model of a measured shape: the catalogue model, truncated to the layers measured. */
function modelOf(shape: string, layers: number): ScenarioInput['model'] {
  if (shape === 'llama-3.1-8b') return { base: shape }
  if (shape === 'llama-3.1-70b') return { base: shape, layers }
  throw new Error(`GPU case: unknown model shape ${shape}`) // a bug in the data file
}

function precisionOf(precision: string): ScenarioInput['precision'] {
  return precision === 'fp8'
    ? { weights: 'fp8', activations: 'fp8', kvCache: 'bf16' }
    : { weights: 'bf16', activations: 'bf16', kvCache: 'bf16' }
}

/** Engine scenario of a measured shape: one H200, one output token, fixed batch. */
export function gpuScenario(c: {
  readonly model_shape: string
  readonly layers: number
  readonly precision: string
  readonly batch: number
  readonly input_len: number
}): ScenarioInput {
  return {
    hardware: GPU_HARDWARE,
    accelerators: 1,
    model: modelOf(c.model_shape, c.layers),
    precision: precisionOf(c.precision),
    workload: {
      inputTokens: c.input_len,
      outputTokens: 1,
      batchSize: c.batch,
      minOutputTokensPerSecondPerUser: 0,
      prefixCacheHitRate: 0,
      outputLengthCv: 0,
    },
    // What was timed is the replay of one forward pass's CUDA graph (or its eager launches), LM
    // head included: no scheduler and no sampler ran in it, so none of the serving stack's fixed
    // step overhead applies. Its kernels' boundaries do (physics/kernels.ts).
    efficiency: { stepOverheadSeconds: 0 },
    // Plain PyTorch: no fused kernel around the FP8 GEMMs (activations quantised by separate ops).
    serving: { stack: 'generic' },
    energy: { boundary: 'chip' },
  }
}

function modelLabel(c: GpuMeasuredCase): string {
  const name = MODEL_NAMES[c.model_shape] ?? c.model_shape
  return c.model_shape === 'llama-3.1-70b' ? `${name} (${c.layers} layers)` : name
}

function describeCase(c: GpuMeasuredCase): string {
  const what =
    c.phase === 'prefill'
      ? `prefill ${c.batch} × ${c.input_len} tokens`
      : `decode step, batch ${c.batch}, context ${c.input_len}`
  const quant = c.act_quant ? `, ${c.act_quant} activation scale` : ''
  const graph = c.cuda_graph ? ', CUDA graph' : ', eager'
  return `${modelLabel(c)} ${c.precision}: ${what}${quant}${graph}`
}

function mappingOf(c: GpuMeasuredCase): string {
  const tokens = c.phase === 'prefill' ? `S=${c.input_len}` : `c=${c.input_len}`
  const kv = c.precision === 'fp8' ? ' (bf16 KV)' : ''
  const result = c.phase === 'prefill' ? 'prefill.seconds' : 'decode.seconds (1 step)'
  return `1× H200, ${c.precision}${kv}, B=${c.batch}, ${tokens}, 1 output token → ${result}`
}

function toCase(c: GpuMeasuredCase): GpuCase {
  return {
    id: c.id,
    phase: phaseOf(c),
    description: describeCase(c),
    mapping: mappingOf(c),
    measuredMs: c.ms,
    scenario: gpuScenario(c),
    measured: c,
  }
}

/** Same shape, phase, precision, batch, length and activation quantisation. */
function twinKey(c: GpuMeasuredCase): string {
  return [
    c.model_shape,
    c.layers,
    c.phase,
    c.precision,
    c.batch,
    c.input_len,
    c.act_quant ?? '',
  ].join('|')
}

const GRAPHED = new Set(GPU_DATA.cases.filter((c) => c.cuda_graph).map(twinKey))

function hasGraphTwin(c: GpuMeasuredCase): boolean {
  return !c.cuda_graph && GRAPHED.has(twinKey(c))
}

/** Compared cases, in the order of the data file. */
export const GPU_CASES: readonly GpuCase[] = GPU_DATA.cases
  .filter((c) => !hasGraphTwin(c))
  .map(toCase)

/** Eager twins of CUDA-graph cases: shown, not compared. */
export const GPU_EXCLUDED: readonly ExcludedGpuCase[] = GPU_DATA.cases
  .filter(hasGraphTwin)
  .map((c) => ({
    ...toCase(c),
    reason: 'eager twin of a CUDA-graph case (Python launch overhead the engine does not model)',
  }))
