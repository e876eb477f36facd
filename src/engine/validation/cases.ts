/**
 * Validation cases: published measurements (data/calibration.json) mapped to engine scenarios by
 * fixed rules, never tuned per case:
 * - hardware and model by name; precision as reported (FP8 = fp8 weights, activations and KV);
 * - "max throughput" runs use batch "max" with no interactivity target and no prefix caching;
 * - when a system has more accelerators than its tensor-parallel group, we simulate one replica at
 *   the smallest power-of-two tensor parallelism whose weights take at most half the memory
 *   (MLPerf submitters run data-parallel replicas), and compare per-accelerator throughput.
 */
import type { ScenarioInput } from '../scenario-schema'

import calibration from './calibration.json'

interface CalibrationEntry {
  readonly id: string
  readonly kind: string
  readonly description: string
  readonly inputs: Readonly<Record<string, string | number | undefined>>
  readonly expected: Readonly<Record<string, unknown>>
  readonly source: string
}

export interface ThroughputCase {
  readonly id: string
  readonly description: string
  readonly source: string
  /** Measured output tokens/s per accelerator. */
  readonly measured: number
  readonly scenario: ScenarioInput
  /** How the case was mapped, in words. */
  readonly mapping: string
}

/**
 * Mean prompt length of the MLPerf Llama-2-70B OpenOrca subset: 5,463,976 tokens over 24,576
 * samples = 222.3 (github.com/FlashLab-MBZUAI/HBFSim validation/calibration/
 * h100-llama2-70b-calibration-protocol.json, checksummed against the official MLCommons file; M).
 */
const MLPERF_OPENORCA_MEAN_INPUT_TOKENS = 222 // tokens
/** Mean generated length: "Tokens per sample: 294.45" (mlcommons/inference language/llama2-70b/README.md; H). */
const MLPERF_OPENORCA_MEAN_OUTPUT_TOKENS = 294 // tokens

const HARDWARE_BY_NAME: ReadonlyArray<readonly [RegExp, ScenarioInput['hardware']]> = [
  [
    /GH200/i,
    {
      base: 'h200-sxm',
      name: 'NVIDIA GH200 (144 GB HBM3e)',
      memoryGB: 144,
      memoryBandwidthTBps: 4.9,
    },
  ],
  [/H200/i, 'h200-sxm'],
  [/H100/i, 'h100-sxm'],
  [/B200/i, 'b200'],
  [/MI300X/i, 'mi300x'],
]

const MODEL_BY_NAME: ReadonlyArray<readonly [RegExp, string]> = [
  [/Llama-2-70B/i, 'llama-2-70b'],
  [/Llama-3\.3-70B/i, 'llama-3.3-70b'],
  [/Llama-3\.1-8B/i, 'llama-3.1-8b'],
]

function lookup<T>(table: ReadonlyArray<readonly [RegExp, T]>, name: string): T | undefined {
  return table.find(([pattern]) => pattern.test(name))?.[1]
}

function precisionOf(text: string): ScenarioInput['precision'] {
  if (/FP4/i.test(text)) return { weights: 'fp4', activations: 'fp4', kvCache: 'fp8' }
  if (/FP8/i.test(text)) return { weights: 'fp8', activations: 'fp8', kvCache: 'fp8' }
  return { weights: 'bf16', activations: 'bf16', kvCache: 'bf16' }
}

/** Smallest power-of-two TP whose weights fit in half the memory of the group. */
function replicaSize(weightsGB: number, memoryGB: number, systemAccelerators: number): number {
  let tp = 1
  while (tp < systemAccelerators && weightsGB > 0.5 * memoryGB * tp) tp *= 2
  return tp
}

const MEMORY_GB: Readonly<Record<string, number>> = {
  'h100-sxm': 80,
  'h200-sxm': 141,
  b200: 180,
  mi300x: 192,
}
const PARAMS_B: Readonly<Record<string, number>> = {
  'llama-2-70b': 69,
  'llama-3.3-70b': 70.6,
  'llama-3.1-8b': 8,
}
const BYTES_PER_PARAM: Readonly<Record<string, number>> = { fp4: 0.5, fp8: 1, bf16: 2 }

function toCase(entry: CalibrationEntry): ThroughputCase | undefined {
  const inputs = entry.inputs
  const hardwareName = String(inputs.accelerator ?? '')
  const modelName = String(inputs.model ?? '')
  const hardware = lookup(HARDWARE_BY_NAME, hardwareName)
  const model = lookup(MODEL_BY_NAME, modelName)
  if (!hardware || !model) return undefined
  const precision = precisionOf(String(inputs.precision ?? ''))
  const hardwareId = typeof hardware === 'string' ? hardware : 'h200-sxm'
  const memoryGB =
    typeof hardware === 'string' ? (MEMORY_GB[hardwareId] ?? 80) : (hardware.memoryGB ?? 80)
  const isMlperf = entry.id.startsWith('mlperf')
  const expected = entry.expected
  if (isMlperf) {
    const system = Number(inputs.accelerators ?? 1)
    const weightsGB = (PARAMS_B[model] ?? 70) * (BYTES_PER_PARAM[precision?.weights ?? 'bf16'] ?? 2)
    const tp = replicaSize(weightsGB, memoryGB, system)
    return {
      id: entry.id,
      description: entry.description,
      source: entry.source,
      measured: Number(expected.output_tokens_per_s_per_accelerator),
      scenario: {
        hardware,
        accelerators: tp,
        model,
        precision,
        workload: {
          inputTokens: MLPERF_OPENORCA_MEAN_INPUT_TOKENS,
          outputTokens: MLPERF_OPENORCA_MEAN_OUTPUT_TOKENS,
          batchSize: 'max',
          minOutputTokensPerSecondPerUser: 0,
          prefixCacheHitRate: 0,
        },
      },
      mapping: `${system} accelerator${system === 1 ? '' : 's'} as ${system / tp === 1 ? 'one replica' : `${system / tp} replicas`} of TP${tp}; mean ${MLPERF_OPENORCA_MEAN_INPUT_TOKENS} in / ${MLPERF_OPENORCA_MEAN_OUTPUT_TOKENS} out`,
    }
  }
  const tp = Number(inputs.tensor_parallel ?? 1)
  return {
    id: entry.id,
    description: entry.description,
    source: entry.source,
    measured: Number(expected.output_tokens_per_s_per_gpu),
    scenario: {
      hardware,
      accelerators: tp,
      model,
      precision,
      workload: {
        inputTokens: Number(inputs.input_len),
        outputTokens: Number(inputs.output_len),
        batchSize: 'max',
        minOutputTokensPerSecondPerUser: 0,
        prefixCacheHitRate: 0,
      },
    },
    mapping: `TP${tp}; ${String(inputs.input_len)} in / ${String(inputs.output_len)} out, fixed lengths`,
  }
}

export const THROUGHPUT_CASES: readonly ThroughputCase[] = (
  calibration as readonly CalibrationEntry[]
)
  .filter((e) => e.kind === 'measured_throughput')
  .map(toCase)
  .filter((c): c is ThroughputCase => c !== undefined)
