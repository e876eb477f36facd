/**
 * simulate(scenario) → SimulationResult. Orchestration only: pack the scenario, apply the levers
 * for its year, run the kernel, and name the numbers. The physics lives in kernel.ts and physics/.
 */
import { BYTES_PER_GB, FLOPS_PER_TFLOP, BYTES_PER_TB, TOKENS_PER_MILLION } from './constants'
import { decodeBinding, decodeBoundShares } from './decode-binding'
import { copiesCount, describeDeployment, unmetTargetIssue } from './deployment'
import { blendedUsdPerMillionTokens } from './economics/blended'
import {
  O,
  STATUS_DOES_NOT_FIT,
  STATUS_POWER_TOO_LOW,
  STATUS_UNEVEN_HEADS,
  createOutput,
  attentionSplitsNoHeads,
  evaluate,
  kvCopies,
  passFixedSeconds,
  placementOf,
  readCostComponents,
  splitsHeadsEvenly,
  storedWeightBytes,
} from './kernel'
import { resultLabels } from './labels'
import { applyLevers } from './levers/apply'
import { packScenario } from './pack'
import { BATCH_LIMIT_NAMES, BOUND_NAMES, EXPERT_PLACEMENT, P, PARAM_COUNT } from './params'
import { reserveCreditBytes } from './physics/memory'
import type { SimulationResult } from './result'
import { resolveScenario, type Scenario, type ScenarioIssue } from './scenario'
import { speculativeResult } from './speculative-words'
import { accuracyFor, regimeKeyFor } from './validation/accuracy'

/**
 * Packed parameters of a scenario with its levers applied for its year, in a new vector or written
 * over `into` (every slot).
 */
export function scenarioParams(scenario: Scenario, into?: Float64Array): Float64Array {
  const params = packScenario(scenario, into)
  applyLevers(params, scenario.levers, scenario.year, scenario.assumptions, scenario.leverOverrides)
  return params
}

/**
 * simulate()'s parameter and output vectors. describe() copies what it reads into the result it
 * returns and nothing keeps either vector after simulate() returns (the kernel overwrites every slot
 * of its output; packScenario every parameter), so one pair serves every call: the allocation and
 * the garbage it leaves were about a fifth of a reference simulate() (tests/engine/kernel-state.test.ts
 * checks that a call gives the same result whatever ran before it).
 */
const SIMULATE_PARAMS = new Float64Array(PARAM_COUNT)
const SIMULATE_OUT = createOutput()

/** Pack the scenario, apply its levers, run the physics and name the numbers. */
export function simulate(scenario: Scenario, warnings: readonly string[] = []): SimulationResult {
  const params = scenarioParams(scenario, SIMULATE_PARAMS)
  const out = evaluate(params, SIMULATE_OUT)
  // Described as evaluated: where the experts' placement was left to the engine, the one it chose
  // (kernel/plan.ts evaluatePlan), so the words, the KV copies and the attention agree with it.
  if (params[P.EXPERTS_TENSOR_SPLIT] === EXPERT_PLACEMENT.auto && out[O.STATUS] !== 1)
    params[P.EXPERTS_TENSOR_SPLIT] = placementOf(out)
  return describe(scenario, params, out, warnings)
}

/** resolveScenario + simulate, with infeasibility as issues. The CLI and worker call this. */
export function runScenario(
  input: unknown,
):
  | { readonly ok: true; readonly result: SimulationResult }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[] } {
  const resolved = resolveScenario(input)
  if (!resolved.ok) return resolved
  const result = simulate(resolved.scenario, resolved.warnings)
  if (!result.feasible) return { ok: false, issues: result.issues }
  return { ok: true, result }
}

/** Bytes for a message, with thousands separators as the page shows them: "1,342 GB", "4.2 GB", "12 MB". */
const fmtGB = (b: number): string => {
  if (b < 0.1 * BYTES_PER_GB)
    return `${Math.max(1, Math.round(b / 1e6)).toLocaleString('en-US')} MB`
  const digits = b < 10 * BYTES_PER_GB ? 1 : 0
  return `${(b / BYTES_PER_GB).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })} GB`
}

/**
 * What weights and KV cache may fill on n accelerators (kernel/plan.ts footprint): the runtime's
 * fraction of memory, plus on a tuned stack the share of its reserve the weights keep.
 */
function usableBytes(params: Float64Array, out: Float64Array, n: number): number {
  const credit = reserveCreditBytes(
    out[O.WEIGHT_BYTES]!,
    params[P.KV_MEMORY_FRACTION]!,
    params[P.KV_RULE_FREE]!,
    n * params[P.MEMORY_BYTES]!,
  )
  return n * params[P.MEMORY_BYTES]! * params[P.KV_MEMORY_FRACTION]! + credit
}

/**
 * The fewest accelerators this scenario fits on, found the way the search places it (packaging
 * sizes, pipeline stages), from `from` up; undefined when none within 64 counts does. It starts
 * no lower than the weights' bytes allow, so an error state costs at most 64 evaluations.
 */
function fewestThatFit(params: Float64Array, from: number): number | undefined {
  // One copy of the weights: data-parallel attention's copies are the search's choice, not a floor.
  const byBytes = Math.ceil(storedWeightBytes(params) / params[P.MEMORY_BYTES]!)
  const trial = params.slice()
  const scratch = createOutput()
  const start = Math.max(1, from, byBytes)
  for (let n = start; n < start + 64; n++) {
    trial[P.ACCELERATORS] = n
    evaluate(trial, scratch, true)
    if (scratch[O.STATUS] !== STATUS_DOES_NOT_FIT) return n
  }
  return undefined
}

/** ", held 8 times by tensor-parallel attention" when the group keeps more than one copy of the KV cache. */
function copiesNote(params: Float64Array, out: Float64Array): string {
  const copies = kvCopies(
    params,
    Math.max(1, out[O.TENSOR_PARALLEL]!),
    out[O.ATTENTION_TENSOR] === 1,
  )
  if (!(copies > 1)) return ''
  return ` (held ${copiesCount(copies)} times: attention split by heads over more accelerators than the model has KV heads; data-parallel attention, where the experts are spread, holds it once but puts a copy of the layers beside the experts on every accelerator)`
}

/**
 * " (271 GB of them copies of the layers beside the experts, one per accelerator: data-parallel
 * attention; "tensor" holds them once)" where the weights the message names include those copies.
 */
function weightCopiesNote(params: Float64Array, out: Float64Array): string {
  const copies = out[O.WEIGHT_BYTES]! - storedWeightBytes(params)
  if (!(copies > 1e6)) return ''
  return ` (${fmtGB(copies)} of them copies of the layers beside the experts, one per accelerator under data-parallel attention; serving.attentionParallelism "tensor" holds them once)`
}

function doesNotFitIssue(s: Scenario, params: Float64Array, out: Float64Array): ScenarioIssue {
  // The replica the search tried: a fixed count that is not a packaging size leaves some idle.
  const paid = out[O.ACCELERATORS]!
  const replica = Math.max(1, out[O.TENSOR_PARALLEL]! * out[O.PIPELINE_PARALLEL]!)
  const usable = usableBytes(params, out, replica)
  const shortfall = out[O.SHORTFALL_BYTES]!
  const share = `${Math.round(params[P.KV_MEMORY_FRACTION]! * 100)} %`
  const rule =
    params[P.KV_RULE_FREE]! > 0
      ? `the KV cache gets ${share} of the memory the weights leave`
      : `${share} of memory`
  const onReplica =
    replica < paid ? `on ${replica} of the ${paid}: a replica comes in packaging sizes; ` : ''
  const auto = s.accelerators === 'auto'
  const pinned = params[P.PIN_TENSOR_PARALLEL]! > 0
  const fewest = auto || pinned ? undefined : fewestThatFit(params, paid + 1)
  const advice = auto
    ? `Even ${paid} accelerators (the most "auto" will use) are not enough: lower the weight precision, shorten the context, or pick hardware with more memory.`
    : fewest !== undefined
      ? `Use at least ${fewest} accelerators (or "auto"), a lower weight precision, or hardware with more memory.`
      : pinned
        ? `Pin a larger group (more tensor or pipeline parallelism) or unpin the plan, use a lower weight precision, or hardware with more memory.`
        : `Use more accelerators (or "auto"), a lower weight precision, or hardware with more memory.`
  return {
    path: 'accelerators',
    message:
      `${s.model.name} does not fit on ${paid}× ${s.hardware.name}: its weights take ${fmtGB(out[O.WEIGHT_BYTES]!)}${weightCopiesNote(params, out)} ` +
      `and one ${(s.workload.inputTokens + s.workload.outputTokens).toLocaleString('en-US')}-token sequence needs its KV cache too${copiesNote(params, out)}, but only ${fmtGB(usable)} ` +
      `is usable (${onReplica}${rule}), short by ${fmtGB(Math.max(shortfall, 1e6))}. ${advice}`,
  }
}

function powerTooLowIssue(s: Scenario, params: Float64Array): ScenarioIssue {
  const w = (x: number): string => `${Math.round(x).toLocaleString('en-US')} W`
  return {
    path: 'hardware.tdpW',
    message: `A ${w(params[P.TDP_W]!)} power limit is below what ${s.hardware.name} draws just being on (${w(params[P.STATIC_W]!)} static): raise the power limit above ${w(params[P.STATIC_W]!)}.`,
  }
}

/**
 * A fixed count in which every group that holds the model splits its attention heads unevenly
 * (kernel/search.ts keeps the largest such plan's shape): which heads, the smallest even group, and
 * how to price the uneven one anyway.
 */
function unevenHeadsIssue(s: Scenario, params: Float64Array, out: Float64Array): ScenarioIssue {
  const tensor = out[O.TENSOR_PARALLEL]!
  const heads = params[P.ATTENTION_HEADS]!
  const kv = params[P.KV_HEADS]!
  let even = tensor + 1
  while (even < 1e6 && !splitsHeadsEvenly(params, even)) even++
  const fixed = params[P.ACCELERATORS]!
  return {
    path: 'accelerators',
    message: `No group of ${fixed.toLocaleString('en-US')} or fewer ${s.hardware.name} that holds ${s.model.name} splits its ${heads.toLocaleString('en-US')} attention heads (${kv.toLocaleString('en-US')} key-value) evenly, as vLLM and TensorRT-LLM require: the one that holds it, TP${tensor}, does not. Use ${even.toLocaleString('en-US')} accelerators, or pin the plan (deployment.tensorParallel ${tensor}) to price it as if a stack padded the heads.`,
  }
}

/**
 * A request's cost split the way the kernel splits it: prefill carries the replica's cost for its
 * share of the serving cycle, which is the $/M input-token figure × prompt tokens; decode the rest.
 */
function costByPhase(out: Float64Array, inputTokens: number): { prefill: number; decode: number } {
  const prefill = (out[O.USD_PER_M_INPUT]! * inputTokens) / TOKENS_PER_MILLION
  return { prefill, decode: out[O.USD_PER_REQUEST]! - prefill }
}

/** a ÷ b, or 0 when b is not positive (a phase that did not run). */
function safeDiv(a: number, b: number): number {
  return b > 0 ? a / b : 0
}

/** Turn kernel slots into a named SimulationResult. */
export function describe(
  s: Scenario,
  params: Float64Array,
  out: Float64Array,
  resolveWarnings: readonly string[],
): SimulationResult {
  const warnings = [...resolveWarnings]
  const fits =
    out[O.STATUS] !== 1 &&
    out[O.STATUS] !== STATUS_POWER_TOO_LOW &&
    out[O.STATUS] !== STATUS_UNEVEN_HEADS
  // With a requested batch the targets are reported, not enforced: the user chose the point.
  const targetsMet = out[O.TARGET_UNMET] === 0 || params[P.BATCH]! > 0
  const feasible = fits && targetsMet
  const issues = !fits
    ? [
        out[O.STATUS] === STATUS_POWER_TOO_LOW
          ? powerTooLowIssue(s, params)
          : out[O.STATUS] === STATUS_UNEVEN_HEADS
            ? unevenHeadsIssue(s, params, out)
            : doesNotFitIssue(s, params, out),
      ]
    : targetsMet
      ? []
      : [unmetTargetIssue(s, params, out)]
  const batch = out[O.BATCH]!
  const pinnedTensor = out[O.TENSOR_PARALLEL]!
  if (
    fits &&
    params[P.PIN_TENSOR_PARALLEL]! > 0 &&
    // Wholly data-parallel attention (a spread mixture of experts) splits no heads.
    !(attentionSplitsNoHeads(params) && out[O.ATTENTION_TENSOR] === 0) &&
    !splitsHeadsEvenly(params, pinnedTensor)
  ) {
    warnings.push(
      `TP${pinnedTensor} does not split ${s.model.name}’s ${params[P.ATTENTION_HEADS]} attention heads (${params[P.KV_HEADS]} key-value) evenly: vLLM and TensorRT-LLM refuse such a group, so this pinned plan is priced as if a stack padded the heads`,
    )
  }
  if (out[O.STATUS] === 2) {
    warnings.push(
      `batch ${s.workload.batchSize} does not fit the KV cache; clamped to ${batch} (the most that fits in ${fmtGB(params[P.MEMORY_BYTES]! * out[O.ACCELERATORS]!)})`,
    )
  }
  if (fits && targetsMet && out[O.TARGET_UNMET] === 1) {
    warnings.push(
      `at batch ${batch.toLocaleString('en-US')} each user gets ${(1 / out[O.TPOT_S]!).toFixed(1)} tokens/s, below the target of ${s.workload.minOutputTokensPerSecondPerUser}`,
    )
  } else if (fits && targetsMet && out[O.TARGET_UNMET] === 2) {
    warnings.push(
      `at batch ${batch.toLocaleString('en-US')} the first token takes ${out[O.TTFT_S]!.toFixed(2)} s, above the target of ${s.workload.maxTtftSeconds} s`,
    )
  }
  const n = out[O.ACCELERATORS]!
  const deployment = describeDeployment(s, params, out)
  const outputTokens = params[P.OUTPUT_TOKENS]!
  const inputTokens = params[P.INPUT_TOKENS]!
  const cycle = out[O.PREFILL_S]! + out[O.DECODE_S]!
  const perOutput = batch * outputTokens
  const chipJ = out[O.CHIP_J_PREFILL]! + out[O.CHIP_J_DECODE]!
  const nodeJ = chipJ + out[O.HOST_J]!
  const pue = params[P.PUE]!
  const facilityJ = nodeJ * pue
  const utilization = params[P.UTILIZATION]!
  const boundary = (['chip', 'node', 'facility'] as const)[params[P.BOUNDARY]!] ?? 'facility'
  const derate = 1 - params[P.DESIGN_MISMATCH]!
  const effRc = n * out[O.MATH_PEAK_FLOPS]! * params[P.EFF_COMPUTE]! * derate
  const effRm = n * params[P.MEMORY_BANDWIDTH_BPS]! * params[P.EFF_MEMORY]! * derate
  // Fixed time of one forward pass: step overhead and kernel boundaries (kernel/replica.ts).
  const passFixedS = passFixedSeconds(params)
  const decodeBound = decodeBinding(
    decodeBoundShares(
      out[O.DECODE_COMPUTE_S]!,
      out[O.DECODE_MEMORY_S]!,
      out[O.DECODE_COMM_S]!,
      out[O.DECODE_STEPS]! * passFixedS,
    ),
    out[O.DECODE_MEMORY_BOUND_STEPS]! > 0,
    safeDiv(out[O.DECODE_FLOPS]!, out[O.DECODE_BYTES]!),
    safeDiv(effRc, effRm),
  )

  return {
    feasible,
    issues,
    warnings,
    scenario: {
      name: s.name,
      hardware: s.hardware.id,
      hardwareName: s.hardware.name,
      accelerators: n,
      acceleratorsAuto: s.accelerators === 'auto',
      model: s.model.id,
      modelName: s.model.name,
      precision: { ...s.precision },
      inputTokens: s.workload.inputTokens,
      outputTokens: s.workload.outputTokens,
      outputLengthCv: s.workload.outputLengthCv,
      year: s.year,
      assumptions: s.assumptions,
    },
    prefill: {
      seconds: out[O.PREFILL_S]!,
      flops: out[O.PREFILL_FLOPS]!,
      bytes: out[O.PREFILL_BYTES]!,
      bound: BOUND_NAMES[out[O.PREFILL_BOUND]!] ?? 'compute',
      computeSeconds: out[O.PREFILL_COMPUTE_S]!,
      memorySeconds: out[O.PREFILL_MEMORY_S]!,
      communicationSeconds: out[O.PREFILL_COMM_S]!,
      overheadSeconds: feasible ? passFixedS : 0,
      waitSeconds: out[O.PREFILL_WAIT_S]!,
      computeJoules: out[O.COMPUTE_J_PREFILL]!,
      memoryJoules: out[O.MEMORY_J_PREFILL]!,
    },
    decode: {
      seconds: out[O.DECODE_S]!,
      secondsPerStep: out[O.DECODE_STEP_S]!,
      steps: out[O.DECODE_STEPS]!,
      flops: out[O.DECODE_FLOPS]!,
      bytes: out[O.DECODE_BYTES]!,
      bound: BOUND_NAMES[out[O.DECODE_BOUND]!] ?? 'memory-bandwidth',
      computeSeconds: out[O.DECODE_COMPUTE_S]!,
      memorySeconds: out[O.DECODE_MEMORY_S]!,
      communicationSeconds: out[O.DECODE_COMM_S]!,
      overheadSeconds: out[O.DECODE_STEPS]! * passFixedS,
      waitSeconds: 0,
      computeJoules: out[O.COMPUTE_J_DECODE]!,
      memoryJoules: out[O.MEMORY_J_DECODE]!,
      memoryBoundStepShare: safeDiv(out[O.DECODE_MEMORY_BOUND_STEPS]!, out[O.DECODE_STEPS]!),
      binding: decodeBound.binding,
      boundShares: decodeBound.boundShares,
      boundLabel: decodeBound.boundLabel,
      boundFlipNote: decodeBound.flipNote,
    },
    batchSize: batch,
    batchLimit: BATCH_LIMIT_NAMES[out[O.BATCH_LIMIT]!] ?? 'requested',
    batchCapacity: Math.max(0, out[O.BATCH_CAPACITY]!),
    throughput: {
      outputTokensPerSecond: out[O.OUTPUT_TOKENS_PER_S]!,
      outputTokensPerSecondPerAccelerator: out[O.OUTPUT_TOKENS_PER_S]! / n,
      inputTokensPerSecond: safeDiv(batch * inputTokens * out[O.REPLICAS]!, cycle),
    },
    latency: {
      ttftSeconds: out[O.TTFT_S]!,
      tpotSeconds: out[O.TPOT_S]!,
      outputTokensPerSecondPerUser: safeDiv(1, out[O.TPOT_S]!),
      meetsInteractivity: out[O.MEETS_INTERACTIVITY] === 1,
    },
    memory: {
      weightsGB: out[O.WEIGHT_BYTES]! / BYTES_PER_GB,
      kvCacheGB: out[O.KV_BYTES]! / BYTES_PER_GB,
      usableGB: usableBytes(params, out, n) / BYTES_PER_GB,
    },
    costPerMillionTokens: {
      output: out[O.USD_PER_M_OUTPUT]!,
      input: out[O.USD_PER_M_INPUT]!,
      blended: blendedUsdPerMillionTokens(out[O.USD_PER_REQUEST]!, inputTokens, outputTokens),
    },
    costPerRequestUsd: out[O.USD_PER_REQUEST]!,
    costPerRequestUsdByPhase: costByPhase(out, params[P.INPUT_TOKENS]!),
    labels: resultLabels(s, n, deployment.label),
    cost: {
      usdPerHourPerReplica: out[O.USD_PER_HOUR]!,
      usdPerHourPerAccelerator: out[O.USD_PER_HOUR]! / n,
      mode: params[P.COST_MODE] === 1 ? 'rental' : 'tco',
      perMillionOutputTokens: readCostComponents(out, utilization),
    },
    energyPerToken: {
      joules: out[O.J_PER_OUTPUT_TOKEN]!,
      boundary,
      perInputToken: out[O.J_PER_INPUT_TOKEN]!,
      decodePerOutputToken: out[O.J_PER_OUTPUT_TOKEN_DECODE]!,
      byBoundary: {
        chip: safeDiv(chipJ, perOutput),
        node: safeDiv(nodeJ, perOutput),
        facility: safeDiv(facilityJ, perOutput),
      },
      components: {
        compute: safeDiv(out[O.COMPUTE_J_PREFILL]! + out[O.COMPUTE_J_DECODE]!, perOutput),
        memory: safeDiv(out[O.MEMORY_J_PREFILL]! + out[O.MEMORY_J_DECODE]!, perOutput),
        network: safeDiv(out[O.LINK_J]!, perOutput),
        static: safeDiv(out[O.STATIC_J_PREFILL]! + out[O.STATIC_J_DECODE]!, perOutput),
        host: safeDiv(out[O.HOST_J]!, perOutput),
        facilityOverhead: safeDiv(facilityJ - nodeJ, perOutput),
      },
    },
    power: {
      servingWatts: out[O.SERVING_POWER_W]!,
      chipWattsPerAccelerator: out[O.CHIP_W]!,
      outputTokensPerSecondPerMW: out[O.TOKENS_PER_S_PER_MW]!,
      limitWattsPerAccelerator: params[P.TDP_W]!,
      clockShare: fits ? out[O.CLOCK_SHARE]! : 1,
      prefill: {
        chipWattsPerAccelerator: out[O.PREFILL_CHIP_W]!,
        clockShare: fits ? out[O.PREFILL_CLOCK_SHARE]! : 1,
      },
      decode: {
        chipWattsPerAccelerator: out[O.DECODE_CHIP_W]!,
        clockShare: fits ? out[O.DECODE_CLOCK_SHARE]! : 1,
      },
    },
    deployment,
    speculative: speculativeResult(
      out,
      params[P.VERIFY_TOKENS_PER_STEP]!,
      params[P.DRAFT_ACCEPTANCE_SCALE]!,
    ),
    // The validation error of the nearest measured regime (docs/validation.md): how far to trust
    // the cost and energy figures.
    accuracy: accuracyFor(
      regimeKeyFor({
        family: s.hardware.family,
        weightFormat: s.precision.weights,
        tensorParallel: deployment.tensorParallel,
        moe: s.model.experts > 1,
      }),
      batch,
    ),
    roofline: {
      mathPeakTflops: out[O.MATH_PEAK_FLOPS]! / FLOPS_PER_TFLOP,
      memoryBandwidthTBps: params[P.MEMORY_BANDWIDTH_BPS]! / BYTES_PER_TB,
      effectiveComputeTflops: effRc / n / FLOPS_PER_TFLOP,
      effectiveBandwidthTBps: effRm / n / BYTES_PER_TB,
      ridgeFlopsPerByte: safeDiv(effRc, effRm),
      prefillFlopsPerByte: safeDiv(out[O.PREFILL_FLOPS]!, out[O.PREFILL_BYTES]!),
      decodeFlopsPerByte: safeDiv(out[O.DECODE_FLOPS]!, out[O.DECODE_BYTES]!),
    },
  }
}
