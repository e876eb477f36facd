/**
 * The deployment a result was computed for, in numbers and in words, and the message when no
 * deployment meets the workload's targets. Reads the kernel's plan slots (kernel/search.ts).
 */
import { groupedNumber } from './format'
import {
  ATTENTION_OTHER_UNEVEN,
  O,
  TARGET_MET,
  TARGET_SPEED_UNMET,
  TARGET_TTFT_UNMET,
  kvCopies,
  replicatedWeightBytes,
  spreadsExperts,
  storedWeightBytes,
} from './kernel'
import { P } from './params'
import type { DeploymentPlan, DeploymentResult } from './result'
import type { Scenario, ScenarioIssue } from './scenario'

const count = groupedNumber
const plural = (n: number, one: string, many = `${one}s`): string =>
  `${count(n)} ${n === 1 ? one : many}`

/**
 * "TP8", "TP8 × PP2", "TP8/EP8" for a plan; "TP8 (MoE TP8)" when a mixture of experts splits every
 * expert across the group instead of spreading the experts over it (TensorRT-LLM's moe_tp_size).
 */
export function planLabel(
  tensor: number,
  pipeline: number,
  moe: boolean,
  expertsSplit = false,
): string {
  const group =
    moe && tensor > 1
      ? expertsSplit
        ? `TP${tensor} (MoE TP${tensor})`
        : `TP${tensor}/EP${tensor}`
      : `TP${tensor}`
  return pipeline > 1 ? `${group} × PP${pipeline}` : group
}

/** A plan in the result's shape (DeploymentPlan). */
export function planOf(
  tensor: number,
  pipeline: number,
  replicas: number,
  moe: boolean,
  expertsSplit = false,
): DeploymentPlan {
  return {
    tensorParallel: tensor,
    pipelineParallel: pipeline,
    expertParallel: moe && !expertsSplit ? tensor : 1,
    dataParallel: replicas,
    acceleratorsPerReplica: tensor * pipeline,
    replicas,
    label: planLabel(tensor, pipeline, moe, expertsSplit),
  }
}

/** Why this plan, in one or two sentences a serving engineer would write. */
function why(s: Scenario, p: Float64Array, out: Float64Array, plan: DeploymentPlan): string {
  const perReplica = plan.acceleratorsPerReplica
  const usable = p[P.MEMORY_BYTES]! * p[P.KV_MEMORY_FRACTION]!
  // One copy of the weights: under data-parallel attention the group holds more (attentionWords).
  const weightBytes = storedWeightBytes(p)
  // The fewest chips that hold the weights: under the "free" rule the weights may fill all of their
  // memory (the KV cache then gets a share of what is left); under "total", the runtime's fraction.
  const perChipForWeights = p[P.KV_RULE_FREE]! > 0 ? p[P.MEMORY_BYTES]! : usable
  const weightChips = Math.max(1, Math.ceil(weightBytes / perChipForWeights))
  const head =
    plan.replicas > 1
      ? `${count(plan.replicas)} replicas of ${plan.label}`
      : `one replica of ${plan.label}`
  const weights =
    weightChips <= 1
      ? `the weights fit on one ${s.hardware.name}`
      : `the weights need ${plural(weightChips, 'accelerator')}`
  const sentence = `${head[0]!.toUpperCase()}${head.slice(1)}`
  if (out[O.PLAN_SEARCHED] !== 1)
    return `${sentence}, as pinned: ${weights}.${placementWords(p, out)}${attentionWords(s, p, out)}${copiesWords(s, p, out)}`
  const runnerUp = out[O.ALT1_USD_PER_M]!
  const best = out[O.USD_PER_M_OUTPUT]!
  let reason: string
  if (perReplica > weightChips && out[O.BATCH_LIMIT] === 2)
    reason = `a larger group serves more users within the ${count(s.workload.minOutputTokensPerSecondPerUser)} tokens/s target`
  else if (perReplica > weightChips && out[O.BATCH_LIMIT] === 3)
    // At the scheduler's cap the group holds the largest batch the stack runs: what smaller groups
    // could not reach, for memory or for the speed target.
    reason = `a larger group runs the scheduler's full batch of ${count(out[O.BATCH]!)} sequences${s.workload.minOutputTokensPerSecondPerUser > 0 ? ` within the ${count(s.workload.minOutputTokensPerSecondPerUser)} tokens/s target` : ''}`
  else if (perReplica > weightChips) reason = 'a larger group leaves room for a bigger batch'
  else if (plan.replicas > 1) reason = 'more replicas beat larger groups here'
  else reason = 'the smallest group that holds them is the cheapest'
  if (plan.pipelineParallel > 1) {
    // Stages span domains only where the replica is wider than one; a mixture of experts wider
    // than its heads split can also run stages inside one (kernel/search.ts forEachCandidate).
    const domain = Math.max(1, Math.floor(p[P.SCALE_UP_DOMAIN]! + 1e-6))
    reason +=
      perReplica > domain
        ? `; the model spans ${plural(Math.ceil(perReplica / domain), 'scale-up domain')}, so stages pipeline across them`
        : `; it runs as ${count(plan.pipelineParallel)} pipeline stages of ${count(plan.tensorParallel)} inside one scale-up domain of ${count(domain)}`
  }
  const margin =
    out[O.ALT1_TP]! > 0 && Number.isFinite(runnerUp) && runnerUp > 0
      ? ` The runner-up, ${planLabel(out[O.ALT1_TP]!, out[O.ALT1_PP]!, p[P.EXPERTS]! > 1, out[O.ALT1_SPLIT] === 1)}, ${runnerUpWords(s, out, runnerUp, best)}.`
      : ''
  return `${sentence}: ${weights}; ${reason}.${margin}${placementWords(p, out)}${attentionWords(s, p, out)}${copiesWords(s, p, out)}`
}

/**
 * How the runner-up compares: its cost against the plan chosen, and where a batch the user set
 * prices plans that miss a target (ranked after every plan that meets them), that it misses one, so
 * a cheaper runner-up is not read as the better plan.
 */
function runnerUpWords(s: Scenario, out: Float64Array, runnerUp: number, best: number): string {
  const ratio = runnerUp / best
  const cost =
    Math.abs(ratio - 1) < 0.01
      ? 'costs within 1 %'
      : ratio > 1
        ? `costs ${((ratio - 1) * 100).toFixed(0)} % more`
        : `costs ${((1 - ratio) * 100).toFixed(0)} % less`
  // Only where the chosen plan meets the targets: where it misses one too (a batch the user set
  // that nothing meets), the runner-up is the dearer of two that miss, and the warnings say so.
  if (out[O.ALT1_MISSES] !== 1 || out[O.TARGET_UNMET] !== TARGET_MET) return cost
  // At the batch the plan runs (a batch that does not fit is clamped to the one that does).
  return `${cost} but misses ${targetWords(s)} at ${count(out[O.BATCH]!)} sequences`
}

/** The workload's targets in words: "the 40 tokens/s target", "the 2 s first-token target" or both. */
function targetWords(s: Scenario): string {
  const speed = s.workload.minOutputTokensPerSecondPerUser
  const ttft = s.workload.maxTtftSeconds
  if (speed > 0 && ttft > 0)
    return `the ${count(speed)} tokens/s or the ${ttft} s first-token target`
  if (ttft > 0) return `the ${ttft} s first-token target`
  return `the ${count(speed)} tokens/s target`
}

/** How many times the KV cache is held, in words: "8", "1.5" (kvCopies of a width that does not divide the heads). */
export function copiesCount(copies: number): string {
  return Number.isInteger(copies) ? count(copies) : copies.toFixed(1)
}

/** How the plan's stage group runs attention: "data" (each accelerator its own sequences) or "tensor". */
export function attentionParallelismOf(p: Float64Array, out: Float64Array): 'data' | 'tensor' {
  return attentionWord(spreadsExperts(p), out[O.TENSOR_PARALLEL]!, out[O.ATTENTION_TENSOR]!)
}

/**
 * The same from its parts (a frontier point keeps them in arrays): "data" only for experts spread
 * over more than one accelerator whose evaluation did not attend tensor-parallel (O.ATTENTION_TENSOR).
 */
export function attentionWord(
  spread: boolean,
  tensor: number,
  attentionTensor: number,
): 'data' | 'tensor' {
  return spread && tensor > 1 && attentionTensor !== 1 ? 'data' : 'tensor'
}

/**
 * Which heads a tensor-parallel group of `tensor` cannot split (collectives.ts splitsHeadsEvenly):
 * the query heads, or where those divide, the key-value heads (Llama 4's 40 query heads split over
 * 20; its 8 key-value heads neither divide nor are divided by 20).
 */
function unevenHeadsWords(p: Float64Array, tensor: number): string {
  const heads = p[P.ATTENTION_HEADS]!
  return heads % tensor !== 0
    ? `its ${count(heads)} attention heads`
    : `its ${count(p[P.KV_HEADS]!)} key-value heads`
}

/**
 * Where the experts' placement was left to the engine (kernel/plan.ts evaluatePlan), which it chose
 * and what the other would have done, in a sentence; '' where it was set or there was no choice.
 */
function placementWords(p: Float64Array, out: Float64Array): string {
  const tensor = out[O.TENSOR_PARALLEL]!
  const other = out[O.EXPERTS_OTHER_USD_PER_M]!
  if (!(p[P.EXPERTS]! > 1) || !(tensor > 1) || other === 0) return ''
  const group = count(tensor)
  const best = out[O.USD_PER_M_OUTPUT]!
  const outcome = !Number.isFinite(other)
    ? 'would not fit, meet the targets or split the heads'
    : best > 0 && other / best < 1.01
      ? 'would cost within 1 % of it'
      : best > 0
        ? `would cost ${((other / best - 1) * 100).toFixed(0)} % more`
        : 'would cost more'
  return out[O.EXPERTS_SPLIT] === 1
    ? ` The experts are split over the ${group} accelerators, each holding a slice of every expert; spread over them (expert parallelism), where each layer waits for the accelerator whose experts the step's tokens touch most, they ${outcome}.`
    : ` The experts are spread over the ${group} accelerators (expert parallelism); split over them, each holding a slice of every expert, they ${outcome}.`
}

/** How a mixture of experts spread over the group runs its attention, and why, in a sentence. */
function attentionWords(s: Scenario, p: Float64Array, out: Float64Array): string {
  const tensor = out[O.TENSOR_PARALLEL]!
  if (!spreadsExperts(p) || !(tensor > 1)) return ''
  const copy = `${(replicatedWeightBytes(p) / 1e9).toFixed(1)} GB`
  const group = count(tensor)
  const asked = s.serving.attentionParallelism
  if (attentionParallelismOf(p, out) === 'data') {
    const what = ` Attention runs data-parallel: each of the ${group} accelerators attends its own sequences and holds its own copy of the layers beside the experts (${copy})`
    if (asked === 'data') return `${what}, as set.`
    if (out[O.ATTENTION_OTHER] === ATTENTION_OTHER_UNEVEN)
      return `${what}; ${unevenHeadsWords(p, tensor)} do not split evenly over ${group}, which serving stacks refuse.`
    return `${what}; split by heads it ${otherOutcome(out)}.`
  }
  const what = ` Attention is split by heads over the ${group} accelerators (tensor-parallel)`
  return asked === 'tensor'
    ? `${what}, as set.`
    : `${what}; data-parallel, with a ${copy} copy of the layers beside the experts on every accelerator, ${otherOutcome(out)}.`
}

/** What the attention "auto" did not choose would have done (kernel/plan.ts evaluatePlan). */
function otherOutcome(out: Float64Array): string {
  const code = out[O.ATTENTION_OTHER]!
  if (code === 2) return 'would not fit'
  if (code === 3) return 'would miss the target'
  const other = out[O.ATTENTION_OTHER_USD_PER_M]!
  const best = out[O.USD_PER_M_OUTPUT]!
  if (!(Number.isFinite(other) && best > 0)) return 'would cost more'
  return other / best < 1.01
    ? 'would cost within 1 % of it'
    : `would cost ${((other / best - 1) * 100).toFixed(0)} % more`
}

/** " Attention runs tensor-parallel …" when the stage group holds its KV cache more than once. */
function copiesWords(s: Scenario, p: Float64Array, out: Float64Array): string {
  const tensor = out[O.TENSOR_PARALLEL]!
  const copies = kvCopies(p, tensor, out[O.ATTENTION_TENSOR] === 1)
  if (!(copies > 1)) return ''
  const what =
    s.model.attention === 'mla'
      ? 'one latent per token shared by all heads (multi-head latent attention)'
      : plural(p[P.KV_HEADS]!, 'KV head')
  // attentionWords has said how attention runs where the experts are spread.
  return spreadsExperts(p)
    ? ` The model has ${what}, so the KV cache is held ${copiesCount(copies)} times.`
    : ` Attention runs tensor-parallel over ${count(tensor)} accelerators and the model has ${what}, so the KV cache is held ${copiesCount(copies)} times.`
}

/** The runner-up slots of the kernel's output: tensor, pipeline, replicas, cost. */
const ALTERNATIVE_SLOTS = [
  [O.ALT1_TP, O.ALT1_PP, O.ALT1_REPLICAS, O.ALT1_USD_PER_M, O.ALT1_MISSES, O.ALT1_SPLIT],
  [O.ALT2_TP, O.ALT2_PP, O.ALT2_REPLICAS, O.ALT2_USD_PER_M, O.ALT2_MISSES, O.ALT2_SPLIT],
  [O.ALT3_TP, O.ALT3_PP, O.ALT3_REPLICAS, O.ALT3_USD_PER_M, O.ALT3_MISSES, O.ALT3_SPLIT],
] as const

export function describeDeployment(
  s: Scenario,
  p: Float64Array,
  out: Float64Array,
): DeploymentResult {
  const moe = p[P.EXPERTS]! > 1
  const tensor = out[O.TENSOR_PARALLEL]!
  const pipeline = out[O.PIPELINE_PARALLEL]!
  const replicas = out[O.REPLICAS]!
  const plan = planOf(tensor, pipeline, replicas, moe, out[O.EXPERTS_SPLIT] === 1)
  // Built field by field, not by spreading planOf: every simulate() writes this object.
  const alternatives: DeploymentResult['alternatives'][number][] = []
  for (const [tp, pp, altReplicas, cost, misses, split] of ALTERNATIVE_SLOTS) {
    const t = out[tp]!
    if (!(t > 0)) continue
    const stages = out[pp]!
    const usd = out[cost]!
    alternatives.push({
      tensorParallel: t,
      pipelineParallel: stages,
      expertParallel: moe && out[split] !== 1 ? t : 1,
      dataParallel: out[altReplicas]!,
      acceleratorsPerReplica: t * stages,
      replicas: out[altReplicas]!,
      label: planLabel(t, stages, moe, out[split] === 1),
      costPerMillionOutputTokens: Number.isFinite(usd) ? usd : null,
      meetsTargets: Number.isFinite(usd) && out[misses] !== 1,
    })
  }
  return {
    tensorParallel: plan.tensorParallel,
    pipelineParallel: plan.pipelineParallel,
    expertParallel: plan.expertParallel,
    dataParallel: plan.dataParallel,
    acceleratorsPerReplica: plan.acceleratorsPerReplica,
    replicas: plan.replicas,
    label: plan.label,
    searched: out[O.PLAN_SEARCHED] === 1,
    kvCacheCopies: kvCopies(p, tensor, out[O.ATTENTION_TENSOR] === 1),
    attentionParallelism: attentionParallelismOf(p, out),
    why: why(s, p, out, plan),
    alternatives,
  }
}

/** The issue when the best deployment still misses a target, naming the nearest feasible point. */
export function unmetTargetIssue(s: Scenario, p: Float64Array, out: Float64Array): ScenarioIssue {
  const plan = planLabel(
    out[O.TENSOR_PARALLEL]!,
    out[O.PIPELINE_PARALLEL]!,
    p[P.EXPERTS]! > 1,
    out[O.EXPERTS_SPLIT] === 1,
  )
  const speed = 1 / out[O.TPOT_S]!
  const ttft = out[O.TTFT_S]!
  const where = `${s.model.name} on ${s.hardware.name}`
  // The point the search stopped at: one user unless a power-limited plan missed by a hair at a
  // larger batch, which the message must not pass off as one user's speed.
  const batch = out[O.BATCH]!
  const users = batch > 1 ? `${count(batch)} users` : 'one user'
  if (out[O.TARGET_UNMET] === TARGET_TTFT_UNMET) {
    return {
      path: 'workload.maxTtftSeconds',
      message: `No deployment of ${where} reaches a first token within ${s.workload.maxTtftSeconds} s for a ${count(s.workload.inputTokens)}-token prompt: the nearest, ${plan} with ${users}, takes ${ttft.toFixed(2)} s. Allow at least ${ttft.toFixed(2)} s, shorten the prompt, or pick faster hardware.`,
    }
  }
  void TARGET_SPEED_UNMET
  return {
    path: 'workload.minOutputTokensPerSecondPerUser',
    message: `No deployment of ${where} reaches ${count(s.workload.minOutputTokensPerSecondPerUser)} tokens/s per user: the ${batch > 1 ? 'nearest' : 'fastest'}, ${plan} with ${users}, gives ${speed.toFixed(1)} tokens/s. Lower the target to ${Math.floor(speed * 10) / 10} or less, or pick faster hardware or a smaller model.`,
  }
}
