/**
 * Measured cases (measured.json, built by data/measured/build_measured.py from MLPerf Inference logs and
 * TensorRT-LLM's published tables) and how each becomes an engine scenario. Every case carries its source,
 * what exactly was measured, the assumptions of its mapping, and its role: "fit" cases are the only ones the
 * calibration may see; "validation" cases judge the engine. Roles are fixed in the data file by a written rule
 * (measured.json splitRule) before any error is computed.
 */
import type { ScenarioInput } from '../scenario-schema'

import measured from './measured.json'

export type CaseRole = 'fit' | 'validation'
/**
 * throughput: output tokens/s per accelerator at maximum batch; tpot: mean time per output token under load;
 * energy: chip (GPU) energy per output token, J; power: mean chip power per accelerator while serving, W.
 */
export type CaseKind = 'throughput' | 'tpot' | 'energy' | 'power'

export interface CaseSource {
  readonly repo: string
  readonly commit: string
  readonly path: string
  readonly system?: string
  readonly section?: string
}

/** A catalogue part (`base`) with the fields the source states differently (name, memory, peaks, power). */
export interface HardwareOverride {
  readonly base: string
  readonly [field: string]: string | number | Readonly<Record<string, number>>
}

export interface MeasuredCase {
  readonly id: string
  readonly kind: CaseKind
  readonly role: CaseRole
  /** What the number is, with its unit. */
  readonly metric: string
  readonly measured: number
  /** A catalogue id, or a catalogue part with the differences the source states ("base" names it). */
  readonly hardware: string | HardwareOverride
  readonly hardwareId: string
  readonly family: string
  readonly model: string
  readonly moe: boolean
  readonly format: string
  readonly precision: {
    readonly weights: string
    readonly activations: string
    readonly kvCache: string
  }
  readonly tensorParallel: number
  /** Pipeline stages per replica (absent: 1). MLPerf submissions' configuration files state it. */
  readonly pipelineParallel?: number
  /** A mixture of experts whose experts are spread over the group (expert parallelism), not split. */
  readonly expertsSpread?: boolean
  /**
   * With experts spread: whether attention ran data-parallel (each GPU its own sequences) or, false,
   * tensor-parallel by heads, as the source's configuration states it (MLPerf enable_attention_dp;
   * vLLM's data_parallel in ML.ENERGY). Absent: not stated, the engine's choice ("auto").
   */
  readonly attentionDataParallel?: boolean
  /** The serving engine's batch cap per replica, where the source states it (MLPerf gpu_batch_size). */
  readonly maxBatch?: number
  readonly replicas: number
  readonly inputTokens: number
  readonly outputTokens: number
  /** Output lengths' standard deviation ÷ mean where the source's dataset gives it (absent: fixed lengths). */
  readonly outputLengthCv?: number
  readonly batchSize: number | 'max'
  /**
   * A finite benchmark run: this many requests of fixed lengths, all queued at once, the figure their
   * output tokens over the whole run (TensorRT-LLM perf-overview cases; assumption "trtllm-run").
   * Absent: the figure is a steady state (MLPerf's long runs, serving curves).
   */
  readonly requests?: number
  /**
   * From the forward round (MLPerf Inference v6.0): results published after the calibration was fixed,
   * validation whatever their other fields, reported apart as a test of the engine on what it could not
   * have been tuned to.
   */
  readonly forward?: boolean
  readonly source: CaseSource
  readonly assumptions: readonly string[]
  readonly what: Readonly<Record<string, string | number>>
}

interface MeasuredFile {
  readonly splitRule: string
  readonly heldOutFamily: string
  readonly forwardRound: string
  readonly assumptionTexts: Readonly<Record<string, string>>
  readonly cases: readonly MeasuredCase[]
}

const FILE = measured as unknown as MeasuredFile

export const SPLIT_RULE: string = FILE.splitRule
export const HELD_OUT_FAMILY: string = FILE.heldOutFamily
/** The results round held back as a forward test, e.g. "MLPerf Inference v6.0". */
export const FORWARD_ROUND: string = FILE.forwardRound
export const ASSUMPTION_TEXTS: Readonly<Record<string, string>> = FILE.assumptionTexts
export const MEASURED_CASES: readonly MeasuredCase[] = FILE.cases

/** The split rule as code, so tests can check the data file honours it. */
export function roleByRule(
  c: Pick<
    MeasuredCase,
    'kind' | 'moe' | 'tensorParallel' | 'pipelineParallel' | 'family' | 'forward'
  >,
): CaseRole {
  return c.forward !== true &&
    c.kind === 'throughput' &&
    !c.moe &&
    c.tensorParallel * (c.pipelineParallel ?? 1) < 4 &&
    c.family !== HELD_OUT_FAMILY
    ? 'fit'
    : 'validation'
}

/** Parallelism bucket of a regime: tp1, tp2, tp4, tp8 (8 and more). */
export function parallelismBucket(tensorParallel: number): string {
  if (tensorParallel >= 8) return 'tp8'
  if (tensorParallel >= 4) return 'tp4'
  if (tensorParallel >= 2) return 'tp2'
  return 'tp1'
}

/** The regime a case belongs to: family × weight format × parallelism × dense/MoE, e.g. "nvidia-hopper/fp8/tp2/dense". */
export function regimeKeyOf(
  c: Pick<MeasuredCase, 'family' | 'format' | 'tensorParallel' | 'moe'>,
): string {
  return `${c.family}/${c.format === 'fp16' ? 'bf16' : c.format}/${parallelismBucket(c.tensorParallel)}/${c.moe ? 'moe' : 'dense'}`
}

/**
 * The batch cap of a trtllm-bench run: its engine-build heuristic caps max_batch_size at 4096
 * (tensorrt_llm/bench/build/tuning.py, finetune_setting: "Cap total batch size to avoid decoder buffer
 * size becoming too large"), above the 2048 default of a hand-built engine that the product assumes.
 */
export const TRTLLM_BENCH_MAX_BATCH = 4096

/** Efficiency derates the calibration tries; absent = the engine's family defaults. */
export interface EfficiencyTrial {
  readonly compute: number
  readonly memory: number
  readonly stepOverheadSeconds: number
  readonly overlapLoss: number
}

/**
 * The engine scenario of a case, by fixed rules: hardware, model and precision as recorded; one replica of
 * `tensorParallel` accelerators, pinned (MLPerf systems run `replicas` of them data-parallel, and we compare per
 * accelerator). The pin matters: left to itself the deployment search would serve a TP8 measurement as eight
 * TP1 replicas where the model fits, which is a different system from the one measured, and per accelerator a
 * faster one. The validation asks "does the engine reproduce this deployment", not "can the engine find a
 * better one"; the recorded input and output lengths; batch "max" without an interactivity target for
 * throughput cases, the Little's-law concurrency for TPOT cases; no prefix caching. A mixture of experts runs
 * with its experts split by tensor parallelism (`expertParallel: 1`), the placement TensorRT-LLM and vLLM use
 * unless told otherwise (kernel/collectives.ts); no source in the set states expert parallelism. The rule comes
 * from the frameworks' defaults, not from the error it leaves, and holds for every MoE case alike. The KV
 * cache's memory follows the framework the source names (kvMemoryRule): "total" where it ran vLLM (vLLM's
 * gpu_memory_utilization is a share of all memory), "free" otherwise (TensorRT-LLM's fraction is of the memory
 * the weights leave; the engine's default for a tuned stack). A mixture of experts spread over its group runs
 * attention as its source states (attentionDataParallel): tensor-parallel by heads in the ML.ENERGY vLLM runs
 * (vLLM's expert layers span data_parallel_size × tensor_parallel_size ranks, docs.vllm.ai "Data Parallel
 * Deployment"; the leaderboard records data_parallel 1, so its expert parallelism over all the GPUs is
 * tensor-parallel attention over them), so the KV
 * cache is held on several GPUs where they outnumber the KV heads; data-parallel in the MLPerf DeepSeek-R1
 * runs whose configurations set enable_attention_dp; the engine's default where nothing is stated. A
 * trtllm-bench run (`requests` set) may hold up to
 * TRTLLM_BENCH_MAX_BATCH sequences; evaluate.ts turns its steady state into the finite run it measured, with
 * `batchSize` set to the size of the run's last, smaller round.
 */
export function scenarioOf(
  c: MeasuredCase,
  efficiency?: EfficiencyTrial,
  batchSize: number | 'max' = c.batchSize,
): ScenarioInput {
  const pipeline = c.pipelineParallel ?? 1
  const maxBatch = c.maxBatch ?? (c.requests !== undefined ? TRTLLM_BENCH_MAX_BATCH : undefined)
  // Attention of experts spread over the group as the source ran it: data-parallel where its
  // configuration says enable_attention_dp (MLPerf DeepSeek-R1), tensor-parallel where it does not
  // (the ML.ENERGY vLLM runs, data_parallel 1); never left to the engine's choice.
  const attention =
    c.moe && c.expertsSpread && c.attentionDataParallel !== undefined
      ? c.attentionDataParallel
        ? ('data' as const)
        : ('tensor' as const)
      : undefined
  return {
    hardware: c.hardware,
    accelerators: c.tensorParallel * pipeline,
    deployment: {
      tensorParallel: c.tensorParallel,
      pipelineParallel: pipeline,
      ...(c.moe ? { expertParallel: c.expertsSpread ? c.tensorParallel : 1 } : {}),
    },
    model: c.model,
    precision: c.precision as ScenarioInput['precision'],
    workload: {
      inputTokens: c.inputTokens,
      outputTokens: c.outputTokens,
      batchSize,
      minOutputTokensPerSecondPerUser: 0,
      prefixCacheHitRate: 0,
      // Fixed-length runs (trtllm-bench, our H200) unless the source's dataset says otherwise.
      outputLengthCv: c.outputLengthCv ?? 0,
    },
    ...(ranVllm(c) || maxBatch !== undefined || attention !== undefined
      ? {
          serving: {
            ...(ranVllm(c) ? { kvMemoryRule: 'total' as const } : {}),
            ...(attention !== undefined ? { attentionParallelism: attention } : {}),
            // The scheduler cap is per rank under data-parallel attention (kernel/plan.ts
            // schedulerCap); a case's maxBatch is its replica's (adp-batch-per-rank).
            ...(maxBatch !== undefined
              ? {
                  maxBatchSize:
                    attention === 'data' ? Math.round(maxBatch / c.tensorParallel) : maxBatch,
                }
              : {}),
          },
        }
      : {}),
    ...(efficiency ? { efficiency } : {}),
  }
}

/**
 * Whether the source says the case ran on vLLM (MLPerf system descriptions name the framework). A
 * description that names TensorRT-LLM too lists the software of every benchmark the system ran: the
 * MLPerf Inference v6.0 NVIDIA-based systems name "vLLM CentML:mlperf-inf-mm-q3vl-v6.0", the build
 * for the multimodal Qwen3-VL benchmark, beside TensorRT-LLM and Dynamo, and call themselves
 * "(…, TensorRT)" (closed/Nebius/systems/*.json); their LLM runs are TensorRT-LLM's.
 */
export function ranVllm(c: MeasuredCase): boolean {
  const framework = c.what.framework
  return (
    typeof framework === 'string' && /vllm/i.test(framework) && !/tensorrt-llm/i.test(framework)
  )
}

/** A source as one line: repository@commit path. */
export function sourceLine(s: CaseSource): string {
  return `github.com/${s.repo} ${s.path} @ ${s.commit.slice(0, 12)}${s.section ? ` (${s.section})` : ''}`
}
