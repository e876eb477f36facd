/**
 * Trims a full GPU calibration file (scripts/gpu/llama_bench.py output, schema gpu-calibration/1,
 * documented in scripts/gpu/README.md) to the fields the engine's validation reads, so the copy in
 * src/engine/validation/ stays small and the engine never reads outside src/engine.
 * `npm run validate -- --import-gpu data/gpu-calibration/<file>.json` writes the trimmed copy.
 */

type Json = Record<string, unknown>

export const GPU_TRIMMED_PATH = 'src/engine/validation/gpu-h200.json'

const ENV_FIELDS = [
  'gpu_name',
  'torch_version',
  'cuda_version',
  'driver_version',
  'nvml_power_limit_w',
  'llama70b_layers_used',
] as const
const PEAK_FIELDS = [
  'bf16_tflops',
  'fp16_tflops',
  'fp8_tflops',
  'fp8_tflops_8192_slow_accum',
  'int8_tops',
  'copy_tbps',
  'read_tbps',
  'write_tbps',
] as const
const CASE_FIELDS = [
  'id',
  'model_shape',
  'layers',
  'phase',
  'precision',
  'batch',
  'input_len',
  'ms',
  'ms_min',
  'ms_max',
  'reps',
  'cuda_graph',
  'act_quant',
  'flops',
  'bytes',
  'achieved_tflops',
  'achieved_tbps',
] as const
const WINDOW_FIELDS = [
  'mean_w',
  'method',
  'seconds',
  'j_per_token',
  'j_per_token_above_idle',
  'mean_sm_clock_mhz',
  'tokens_per_s',
] as const

/**
 * The sustained power windows of llama_bench.py: Llama-3.1-8B in bf16, prefill of 8 × 1,024 tokens
 * and one-token decode at batch 64 and context 1,024 as CUDA-graph replays (scripts/gpu/README.md,
 * "Power").
 */
const POWER_WINDOWS = [
  { key: 'prefill_b8_s1024', phase: 'prefill', batch: 8, input_len: 1024 },
  { key: 'decode_b64_c1024', phase: 'decode', batch: 64, input_len: 1024 },
] as const

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function pick(source: unknown, fields: readonly string[], where: string): Json {
  if (!isObject(source)) throw new Error(`${where} is missing from the GPU calibration file`)
  const out: Json = {}
  for (const field of fields) if (source[field] !== undefined) out[field] = source[field]
  return out
}

export function trimGpuCalibration(full: unknown, sourcePath: string): Json {
  if (!isObject(full) || full.schema !== 'gpu-calibration/1') {
    throw new Error(`${sourcePath} is not a gpu-calibration/1 file`)
  }
  const meta = isObject(full.meta) ? full.meta : {}
  const cases = Array.isArray(full.cases) ? full.cases : []
  const power = isObject(full.power) ? full.power : {}
  return {
    schema: 'gpu-calibration/1 (trimmed)',
    source: sourcePath,
    started_utc: meta.started_utc,
    script_version: meta.script_version,
    env: pick(full.env, ENV_FIELDS, 'env'),
    peaks: pick(full.peaks, PEAK_FIELDS, 'peaks'),
    cases: cases.map((c, i) => pick(c, CASE_FIELDS, `cases[${i}]`)),
    power: {
      idle_w: power.idle_w,
      windows: POWER_WINDOWS.filter((w) => isObject(power[w.key])).map((w) => ({
        id: w.key,
        model_shape: 'llama-3.1-8b',
        precision: 'bf16',
        phase: w.phase,
        batch: w.batch,
        input_len: w.input_len,
        ...pick(power[w.key], WINDOW_FIELDS, `power.${w.key}`),
      })),
    },
  }
}

export function renderTrimmedGpuCalibration(full: unknown, sourcePath: string): string {
  return `${JSON.stringify(trimGpuCalibration(full, sourcePath), null, 2)}\n`
}
