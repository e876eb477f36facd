/**
 * Speculative and multi-token decoding as serving stacks run it (issue 13 item 5): the stack drafts
 * fewer tokens as the batch grows and turns speculation off where verifying the drafts costs more
 * than they save. SmartSpec (Liu et al., "Optimizing Speculative Decoding for Serving Large
 * Language Models Using Goodput", arXiv 2406.14066; grade H) picks the draft length per step from
 * the batch and the acceptance rate and speculates less, then not at all, as load rises; vLLM and
 * SGLang disable speculation above a batch threshold (vLLM `speculative_disable_by_batch_size`;
 * grade M). EAGLE-3 shows why: up to 6.5× faster at batch 1 but 1.38× more throughput at batch 64
 * in SGLang on H100 (Li et al., arXiv 2503.01840; grade H), because once decode is compute-bound
 * every verified token costs its FLOPs whether accepted or not.
 *
 * So a scenario with speculation is evaluated up to three ways: without speculation and with the
 * full draft (at the acceptance its task gives), each with the full deployment search or the pinned
 * plan; and, where a shorter draft would take less time per accepted token at that batch, on the
 * plan the full draft chose with that draft (a shorter draft accepts fewer tokens but verifies
 * fewer). The cheapest that meets the targets is the answer, so under this (default, "adaptive")
 * policy the lever never raises the cost: "without" is exactly the scenario without the lever.
 *
 * A scenario may fix the draft instead (serving.speculationPolicy "fixed", P.SPECULATION_FIXED):
 * a stack launched with a set draft length runs it at every batch, whether it pays or not, and
 * that is what a measured run with speculation forced on shows (the published with/without pairs
 * of src/engine/validation/speculative-pairs.ts are such runs). Then the full draft is the answer;
 * "without" is still evaluated, for the comparison the result states.
 */
import { BITS_PER_BYTE } from '../constants'
import { ATTENTION_CODE, BATCH_LIMIT_NAMES, EXPERT_PLACEMENT, P } from '../params'
import { overlappedSeconds } from '../physics/roofline'
import {
  acceptedTokensPerStep,
  draftAcceptanceRate,
  taskAcceptedTokens,
} from '../physics/speculative'

import { dataParallelRanks, emptyPassCollectives, kvCopies, passCollectives } from './collectives'
import { decodeElementwiseBytesPerToken } from './elementwise'
import { O, OUT_COUNT } from './outputs'
import {
  evaluatePlan,
  placementOf,
  STATUS_DOES_NOT_FIT,
  STATUS_POWER_TOO_LOW,
  STATUS_UNEVEN_HEADS,
  TARGET_MET,
  type Plan,
} from './plan'
import {
  computeRoof,
  draftPassFixedSeconds,
  memoryRoof,
  passFixedSeconds,
  prepareWeightsRead,
  weightsReadWith,
  weightsReadTimeWith,
  emptyWeightsRead,
  headExtraFlopsPerToken,
  keptAttentionExtraFlopsPerToken,
} from './replica'

export const SPEC_NONE = 0
export const SPEC_FULL_DRAFT = 1
export const SPEC_SHORTER_DRAFT = 2
export const SPEC_COSTS_MORE = 3
/** On at the configured draft because the scenario fixes it (serving.speculationPolicy "fixed"). */
export const SPEC_FIXED_DRAFT = 4

/** outputs.ts BATCH_LIMIT: the batch the speed target allows. */
const BATCH_LIMIT_INTERACTIVITY = BATCH_LIMIT_NAMES.indexOf('interactivity')

/**
 * Scratch buffers: the evaluation without speculation and a trial draft length. Module-level to keep
 * the analyses' hot loops free of allocation; every use overwrites them whole (evaluatePlan clears
 * its output), so nothing passes from one call to the next.
 */
const offOut = new Float64Array(OUT_COUNT)
const trialOut = new Float64Array(OUT_COUNT)

/** Slots the deployment search writes and a re-evaluation of its plan must keep. */
const SEARCH_SLOTS = [
  O.PLAN_SEARCHED,
  O.ALT1_TP,
  O.ALT1_PP,
  O.ALT1_REPLICAS,
  O.ALT1_USD_PER_M,
  O.ALT2_TP,
  O.ALT2_PP,
  O.ALT2_REPLICAS,
  O.ALT2_USD_PER_M,
  O.ALT3_TP,
  O.ALT3_PP,
  O.ALT3_REPLICAS,
  O.ALT3_USD_PER_M,
  O.ALT1_MISSES,
  O.ALT2_MISSES,
  O.ALT3_MISSES,
  O.ALT1_SPLIT,
  O.ALT2_SPLIT,
  O.ALT3_SPLIT,
] as const

function fits(out: Float64Array): boolean {
  return out[O.STATUS] !== STATUS_DOES_NOT_FIT && out[O.STATUS] !== STATUS_POWER_TOO_LOW
}

/**
 * Whether result `a` is better than `b`: one that runs beats one that does not. With a requested
 * batch the targets are reported, not enforced (the user chose the point): the cheaper wins. With a
 * "max" batch one that meets the targets beats one that misses them; between two that miss (the
 * nearest points the search names), the faster; otherwise the cheaper per output token.
 */
function better(p: Float64Array, a: Float64Array, b: Float64Array): boolean {
  const fitsA = fits(a)
  if (fitsA !== fits(b)) return fitsA
  if (!(p[P.BATCH]! > 0)) {
    const metA = a[O.TARGET_UNMET] === TARGET_MET
    if (metA !== (b[O.TARGET_UNMET] === TARGET_MET)) return metA
    if (!metA && a[O.TARGET_UNMET] === b[O.TARGET_UNMET]) {
      return a[O.TARGET_UNMET] === 1 ? a[O.TPOT_S]! < b[O.TPOT_S]! : a[O.TTFT_S]! < b[O.TTFT_S]!
    }
  }
  return a[O.USD_PER_M_OUTPUT]! < b[O.USD_PER_M_OUTPUT]!
}

/** Scratch for draftLengthFor's weights read and collectives: rewritten on every call, never kept. */
const DRAFT_WEIGHTS = emptyWeightsRead()
const DRAFT_COLLECTIVES = emptyPassCollectives()

/**
 * draftLengthFor on the plan `out` holds, with the attention parallelism that plan chose where the
 * scenario leaves it to the engine (serving.attentionParallelism "auto", kernel/plan.ts).
 */
function draftLengthOn(
  p: Float64Array,
  out: Float64Array,
  b: number,
  alpha: number,
  drafted: number,
): number {
  const asked = p[P.ATTENTION_TENSOR_PARALLEL]!
  if (asked === ATTENTION_CODE.auto) {
    p[P.ATTENTION_TENSOR_PARALLEL] =
      out[O.ATTENTION_TENSOR] === 1 ? ATTENTION_CODE.tensor : ATTENTION_CODE.data
  }
  // And with the experts placed as that plan placed them: left at "auto", the draft's step read
  // them as spread where the plan split them (Kimi K2 on 8 H200s split, four tokens verified where
  // the pinned split plan verifies three and costs 3 % less; found by a review).
  const placement = p[P.EXPERTS_TENSOR_SPLIT]!
  if (placement === EXPERT_PLACEMENT.auto) {
    p[P.EXPERTS_TENSOR_SPLIT] = placementOf(out)
  }
  const k = draftLengthFor(p, out[O.TENSOR_PARALLEL]!, b, alpha, drafted)
  p[P.ATTENTION_TENSOR_PARALLEL] = asked
  p[P.EXPERTS_TENSOR_SPLIT] = placement
  return k
}

/**
 * The whole draft length k in [0, drafted] with the least decode time per accepted token at
 * microbatch `b` on a `tensor`-accelerator group at full clock: the step of decode.ts with k + 1
 * verified tokens (linear kernels on their roofs, physics/roofline.ts; attention at the mean context, the
 * collectives, k draft passes with one layer's collectives each, the fixed overhead) over the tokens a
 * k-token draft accepts, as decode.ts builds the step. The power limit is left out: this only picks which
 * length to evaluate in full. O(drafted), no allocation.
 *
 * The collectives were left out too until 2026-12-06; on a tensor-parallel group their latency is a large
 * fixed part of a small-batch step, which speculation amortises, so without them the choice underrated
 * every draft and switched speculation off where it paid (DeepSeek-R1 on 8 B200s at one request: off at
 * $13.09 per million tokens where the full draft cost $11.99; a review found it).
 */
function draftLengthFor(
  p: Float64Array,
  tensor: number,
  b: number,
  alpha: number,
  drafted: number,
): number {
  const rc = computeRoof(p, tensor)
  const rm = memoryRoof(p, tensor)
  const scale = p[P.PARAM_SCALE]!
  const activeLinear =
    (p[P.ALWAYS_ACTIVE_PARAMS]! +
      p[P.EXPERTS_PER_TOKEN]! * p[P.EXPERT_PARAMS]! * p[P.MOE_LAYERS]!) *
    scale
  const lmHead = p[P.LM_HEAD_PARAMS]! * scale
  // As decode.ts: attention projections kept wider than the weights cost their extra on the roof.
  const headExtra = headExtraFlopsPerToken(p)
  const flopsPerToken =
    2 * activeLinear +
    2 * lmHead +
    p[P.STATE_FLOPS_PER_TOKEN]! +
    keptAttentionExtraFlopsPerToken(p) +
    headExtra
  // As decode.ts builds the step: every copy of the KV cache the group's attention keeps is read.
  const kvBytesPerToken =
    (kvCopies(p, tensor) * p[P.KV_ELEMENTS_PER_TOKEN]! * p[P.KV_BITS]!) / BITS_PER_BYTE
  // A recurrent (state-space) state is read and written once per step, however many tokens it
  // verifies: like the weights and the KV cache, speculation amortises it.
  const stateBytes = (2 * p[P.STATE_ELEMENTS_PER_SEQUENCE]! * p[P.STATE_BITS]!) / BITS_PER_BYTE
  // Mean context of the sequences in a step, length-biased when outputs vary (decode.ts).
  const cv = p[P.OUTPUT_LENGTH_CV]!
  const context = p[P.INPUT_TOKENS]! + (p[P.OUTPUT_TOKENS]! / 2) * (1 + cv * cv)
  const attentionFlops = p[P.ATTENTION_FLOPS_PER_CONTEXT]! * context
  const kvRead = (kvBytesPerToken * context) / rm
  const layers = Math.max(1, p[P.LAYERS]!)
  // The routed experts' part of a token's FLOPs: the rest runs on the sequence's own rank under
  // data-parallel attention, as max(b, ranks) sequences (decode.ts decodeLinearComputeSeconds).
  const routedFlops = 2 * p[P.EXPERTS_PER_TOKEN]! * p[P.EXPERT_PARAMS]! * p[P.MOE_LAYERS]! * scale
  const draftFlops =
    2 * (activeLinear / layers + lmHead) + keptAttentionExtraFlopsPerToken(p) / layers + headExtra
  const overhead = passFixedSeconds(p)
  const draftFixed = draftPassFixedSeconds(p)
  const overlapLoss = p[P.OVERLAP_LOSS]!
  const comm = passCollectives(p, tensor, DRAFT_COLLECTIVES)
  const ranks = dataParallelRanks(p, tensor)
  const read = prepareWeightsRead(p, DRAFT_WEIGHTS, ranks, tensor)
  // The kernels between the GEMMs, per verified token (elementwise.ts), as decode.ts counts them.
  const elementwise = decodeElementwiseBytesPerToken(p, tensor) / rm
  let best = 0
  let bestTime = Number.POSITIVE_INFINITY
  for (let k = 0; k <= drafted; k++) {
    const v = 1 + k
    const weights = weightsReadWith(read, b * v)
    const compute =
      (v * ((flopsPerToken - routedFlops) * Math.max(b, ranks) + routedFlops * b)) / rc
    const memory = (weightsReadTimeWith(read, b * v) + b * (v * kvBytesPerToken + stateBytes)) / rm
    const attention = Math.max((v * attentionFlops) / rc, kvRead)
    let step =
      overlappedSeconds(compute, memory, overlapLoss) +
      Math.max(b, ranks) * attention +
      b * v * elementwise +
      comm.fixedSeconds +
      b * v * comm.secondsPerToken +
      overhead
    if (k > 0) {
      const draftCompute = (b * draftFlops) / rc
      // One layer's share of the weights and the LM head whole, as decode.ts draftWeightBytes.
      const draftMemory = ((weights - read.headRead) / layers + read.headRead) / rm
      step +=
        k *
        (overlappedSeconds(draftCompute, draftMemory, overlapLoss) +
          (b * (kvRead + comm.secondsPerToken)) / layers +
          comm.fixedSeconds / layers +
          draftFixed)
    }
    const time = step / acceptedTokensPerStep(alpha, k)
    if (time < bestTime) {
      bestTime = time
      best = k
    }
  }
  return best
}

/** Copy a re-evaluation of the searched plan into `out`, keeping what the search wrote. */
function takeTrial(trial: Float64Array, out: Float64Array): void {
  for (let i = 0; i < SEARCH_SLOTS.length; i++) {
    const slot = SEARCH_SLOTS[i]!
    trial[slot] = out[slot]!
  }
  out.set(trial)
}

function writeSpeculation(
  out: Float64Array,
  reason: number,
  accepted: number,
  verified: number,
  offCost: number,
  onCost: number,
): void {
  out[O.SPEC_ENABLED] =
    reason === SPEC_FULL_DRAFT || reason === SPEC_SHORTER_DRAFT || reason === SPEC_FIXED_DRAFT
      ? 1
      : 0
  out[O.SPEC_ACCEPTED_PER_STEP] = accepted
  out[O.SPEC_VERIFIED_PER_STEP] = verified
  out[O.SPEC_REASON] = reason
  out[O.SPEC_OFF_USD_PER_M] = offCost
  out[O.SPEC_ON_USD_PER_M] = onCost
}

/** Record that no speculation is configured (one token verified and accepted per step). */
export function writeNoSpeculation(out: Float64Array): void {
  const cost = out[O.USD_PER_M_OUTPUT]!
  writeSpeculation(out, SPEC_NONE, 1, 1, cost, cost)
}

/** The full draft (`accepted` of `verified` per step) on `plan`, into trialOut; `p` restored to none. */
function fullDraftInto(
  p: Float64Array,
  plan: Plan,
  accepted: number,
  verified: number,
  lean: boolean,
): void {
  p[P.TOKENS_PER_STEP] = accepted
  p[P.VERIFY_TOKENS_PER_STEP] = verified
  evaluatePlan(p, plan, trialOut, lean)
  p[P.TOKENS_PER_STEP] = 1
  p[P.VERIFY_TOKENS_PER_STEP] = 1
}

/** Whether the full draft on the plan in `offOut` costs less than decoding without it (better). */
function fullDraftPaysOn(
  p: Float64Array,
  offOut: Float64Array,
  accepted: number,
  verified: number,
  lean: boolean,
): boolean {
  const plan = {
    tensor: offOut[O.TENSOR_PARALLEL]!,
    pipeline: offOut[O.PIPELINE_PARALLEL]!,
    replicas: offOut[O.REPLICAS]!,
    paid: offOut[O.ACCELERATORS]!,
  }
  // With the attention chosen without the draft first (as draftLengthOn reads it): where the draft
  // pays there, an analysis's hinted evaluation can take this as the full draft's result
  // (trialIsFullDraft). Where the scenario leaves the attention to the engine and the draft does not
  // pay with it, the other attention is tried too, so the check covers both as it did when it
  // evaluated them together.
  const asked = p[P.ATTENTION_TENSOR_PARALLEL]!
  const chosen = offOut[O.ATTENTION_TENSOR] === 1 ? ATTENTION_CODE.tensor : ATTENTION_CODE.data
  if (asked === ATTENTION_CODE.auto) p[P.ATTENTION_TENSOR_PARALLEL] = chosen
  // On the placement chosen without the draft too (spread: this check runs only where the experts
  // are spread over the group), so trialOut is the same plan with the draft.
  const placement = p[P.EXPERTS_TENSOR_SPLIT]!
  p[P.EXPERTS_TENSOR_SPLIT] = EXPERT_PLACEMENT.spread
  fullDraftInto(p, plan, accepted, verified, lean)
  trialAttention.code = p[P.ATTENTION_TENSOR_PARALLEL]!
  trialAttention.fullDraftOnOff = better(p, trialOut, offOut)
  let pays = trialAttention.fullDraftOnOff
  if (!pays && asked === ATTENTION_CODE.auto) {
    p[P.ATTENTION_TENSOR_PARALLEL] =
      chosen === ATTENTION_CODE.tensor ? ATTENTION_CODE.data : ATTENTION_CODE.tensor
    fullDraftInto(p, plan, accepted, verified, lean)
    pays = better(p, trialOut, offOut)
  }
  p[P.ATTENTION_TENSOR_PARALLEL] = asked
  p[P.EXPERTS_TENSOR_SPLIT] = placement
  return pays
}

/**
 * What fullDraftPaysOn left in trialOut: whether it holds the full draft on the plan chosen without
 * speculation, priced better than without, and the attention code it ran with.
 */
const trialAttention = { fullDraftOnOff: false, code: 0 }

/**
 * Whether the full-draft evaluation that follows would evaluate exactly what fullDraftPaysOn left
 * in trialOut: an analysis's lean evaluation whose plan is its hint (kernel/evaluate.ts tryHint
 * evaluates the hinted plan, with the hint's attention where the scenario leaves it to the engine),
 * the plan chosen without speculation being that hint, with the attention the trial ran with. Then
 * the trial is the full draft's result, and evaluating it again would only repeat it.
 */
function trialIsFullDraft(p: Float64Array, lean: boolean): boolean {
  if (!lean || !trialAttention.fullDraftOnOff) return false
  // A pinned plan is evaluated as pinned, with the scenario's attention (evaluate.ts), not its hint.
  if (p[P.PIN_TENSOR_PARALLEL]! > 0) return false
  const tensor = p[P.HINT_TENSOR_PARALLEL]!
  if (!(tensor > 0)) return false
  // A hint wider than this domain is narrowed to it by tryHint (or sent to the search): not the
  // plan the trial ran on.
  const domain = Math.max(1, Math.floor(p[P.SCALE_UP_DOMAIN]! + 1e-6))
  if (tensor > domain) return false
  if (offOut[O.TENSOR_PARALLEL] !== tensor) return false
  if (offOut[O.PIPELINE_PARALLEL] !== Math.max(1, p[P.HINT_PIPELINE_PARALLEL]!)) return false
  // The trial ran the experts spread (fullDraftPaysOn): the hinted evaluation must too.
  const placement = p[P.EXPERTS_TENSOR_SPLIT]!
  const hintedPlacement = placement === EXPERT_PLACEMENT.auto ? p[P.HINT_EXPERTS_SPLIT]! : placement
  if (hintedPlacement !== EXPERT_PLACEMENT.spread) return false
  const asked = p[P.ATTENTION_TENSOR_PARALLEL]!
  const hinted = asked === ATTENTION_CODE.auto ? p[P.HINT_ATTENTION_TENSOR]! : asked
  return hinted === trialAttention.code
}

/**
 * Whether the full draft on one of the search's runner-up plans (the ALT slots of `offOut`; none
 * after a hinted or pinned evaluation) beats the plan chosen without speculation. The estimate
 * above reads only the chosen plan, and speculation can pay on another plan where it does not on
 * that one. With the other two rules in place, this check moves 6 of 4,896 preset × model × chip
 * scenarios by more than 2 % (the Conservative preset on Llama 3.1 8B on Rubin Ultra in 2028: 0.0342
 * → 0.0317 $/M). At most three evaluations, only where the skip would otherwise be taken after a
 * search.
 */
function fullDraftPaysOnRunnersUp(
  p: Float64Array,
  offOut: Float64Array,
  accepted: number,
  verified: number,
  lean: boolean,
): boolean {
  const fixed = p[P.ACCELERATORS]!
  for (const [tpSlot, ppSlot, replicasSlot] of RUNNER_UP_SLOTS) {
    const tensor = offOut[tpSlot]!
    if (!(tensor > 0)) continue
    const pipeline = offOut[ppSlot]!
    const replicas = offOut[replicasSlot]!
    const paid = fixed > 0 ? fixed : tensor * pipeline * replicas
    fullDraftInto(p, { tensor, pipeline, replicas, paid }, accepted, verified, lean)
    if (better(p, trialOut, offOut)) return true
  }
  return false
}

/** The search's runner-up plans in a result: tensor, pipeline and replica slots. */
const RUNNER_UP_SLOTS = [
  [O.ALT1_TP, O.ALT1_PP, O.ALT1_REPLICAS],
  [O.ALT2_TP, O.ALT2_PP, O.ALT2_REPLICAS],
  [O.ALT3_TP, O.ALT3_PP, O.ALT3_REPLICAS],
] as const

/** Scratch for a shorter draft's trial (shorterDraftOn). */
const shorterOut = new Float64Array(OUT_COUNT)

/**
 * The plan in `out`, evaluated at the full draft (P.TOKENS_PER_STEP accepted of
 * P.VERIFY_TOKENS_PER_STEP verified, the draft not fixed), tried at the shorter draft the estimate
 * picks for its batch (draftLengthFor: where the batch makes the verify work compute-bound, drafting
 * less costs less per accepted token); the better is kept in `out`, a shorter draft that wins recorded
 * in its SPEC_ACCEPTED_PER_STEP and SPEC_VERIFIED_PER_STEP. Returns the cost to rank it by.
 *
 * The search runs it on each of its candidates, and evaluateSpeculative on a hinted or pinned plan,
 * so both give a plan the same draft. Per candidate, because a search that picked the plan at the full
 * draft and tried a shorter draft only on that plan never chose a plan that only a shorter draft makes
 * cheapest: the Aggressive preset on Llama 4 Maverick on SN40L in 2030 took 128 accelerators at the
 * full draft ($0.081 per million) where 32 with one drafted token cost $0.067; Llama 3.1 405B on B200
 * in the same preset switched speculation off ($0.244) where two drafted tokens on two accelerators
 * cost $0.214, so every lever turned down to half lowered the cost (tests/engine/speculative-skip.test.ts).
 */
export function shorterDraftOn(
  p: Float64Array,
  plan: Plan,
  out: Float64Array,
  cost: number,
  lean: boolean,
): number {
  const verified = p[P.VERIFY_TOKENS_PER_STEP]!
  if (!(verified > 1) || p[P.SPECULATION_FIXED] === 1) return cost
  if (out[O.STATUS] === STATUS_UNEVEN_HEADS) return cost
  if (!fits(out) || !(out[O.TARGET_UNMET] === TARGET_MET || p[P.BATCH]! > 0)) return cost
  const drafted = verified - 1
  const accepted = p[P.TOKENS_PER_STEP]!
  const alpha = draftAcceptanceRate(accepted, drafted)
  const k = draftLengthOn(p, out, out[O.BATCH]! / out[O.PIPELINE_PARALLEL]!, alpha, drafted)
  if (!(k >= 1 && k < drafted)) return cost
  const shorterAccepted = acceptedTokensPerStep(alpha, k)
  p[P.TOKENS_PER_STEP] = shorterAccepted
  p[P.VERIFY_TOKENS_PER_STEP] = 1 + k
  // On the experts' placement the plan took at the full draft, as draftLengthOn sized k for it: left
  // at "auto" every shorter draft priced both placements again, a fifth of the attribution's plan
  // evaluations with the mixture-of-experts lever on. (Where the other placement would win at the
  // shorter draft, this misses it: under 1 % in a review's sweep.)
  const placement = p[P.EXPERTS_TENSOR_SPLIT]!
  if (placement === EXPERT_PLACEMENT.auto) {
    p[P.EXPERTS_TENSOR_SPLIT] = placementOf(out)
  }
  const shorterCost = evaluatePlan(p, plan, shorterOut, lean)
  p[P.EXPERTS_TENSOR_SPLIT] = placement
  p[P.TOKENS_PER_STEP] = accepted
  p[P.VERIFY_TOKENS_PER_STEP] = verified
  if (!better(p, shorterOut, out)) return cost
  takeTrial(shorterOut, out)
  out[O.SPEC_ACCEPTED_PER_STEP] = shorterAccepted
  out[O.SPEC_VERIFIED_PER_STEP] = 1 + k
  return shorterCost
}

/**
 * Evaluate `p` (whose P.VERIFY_TOKENS_PER_STEP > 1) with and without speculation into `out`, keeping
 * the better (see the module comment). `evaluateOnce` is the kernel's plan choice (pinned, hinted or
 * searched) for the parameters as they stand. `p` is restored before returning.
 */
export function evaluateSpeculative(
  p: Float64Array,
  out: Float64Array,
  lean: boolean,
  evaluateOnce: (p: Float64Array, out: Float64Array, lean: boolean) => void,
): void {
  const tokensPerStep = p[P.TOKENS_PER_STEP]!
  const verified = p[P.VERIFY_TOKENS_PER_STEP]!
  const drafted = verified - 1
  const fixedDraft = p[P.SPECULATION_FIXED] === 1
  trialAttention.fullDraftOnOff = false

  // Without speculation: exactly the scenario without the lever.
  p[P.TOKENS_PER_STEP] = 1
  p[P.VERIFY_TOKENS_PER_STEP] = 1
  evaluateOnce(p, offOut, lean)
  const accepted = taskAcceptedTokens(tokensPerStep, verified, p[P.DRAFT_ACCEPTANCE_SCALE]!)
  const alpha = draftAcceptanceRate(accepted, drafted)

  // Where no draft length takes less time per accepted token than decoding one token per step,
  // at the batch and on the plan chosen without speculation, and that batch is set by memory, the
  // scheduler or the user, the stack would not speculate: it would only cost more per token. Skip
  // the evaluations that would only confirm it. (This only saves work: the answer never costs more
  // than `offOut`, and here it is `offOut`.) Never where the speed target sets the batch: there a
  // draft raises each user's speed, so the search with it can meet the target at a larger batch or
  // on another plan, which the estimate at the batch without it cannot see (Kimi K2 on Rubin CPX,
  // the Conservative preset in 2028: $9.69 per million without the draft at the batch of 19 the
  // target allowed, $0.96 with it; over every preset × catalogue model × chip in 2026, 2028 and
  // 2030 the skip had left 1,057 of 4,896 scenarios more than 2 % above the search with
  // speculation, 2 now, by at most 5 %). Only on a plan without pipeline stages: draftLengthFor
  // builds one stage's step, and across stages the fixed costs add up per stage, so there it would
  // underrate the draft (Groq-sized pipelines were switched off where the full draft was 10–60 %
  // cheaper); a pipelined plan always evaluates the full draft. Nor on a plan the power limit slows:
  // draftLengthFor leaves the limit out, and a draft's fixed time lowers a step's mean power, so a
  // throttled chip gains clock from it that the choice does not see (Mixtral on one TPU v7 at one
  // request, at 35 % clock: switched off where the full draft was 0.7 % cheaper).
  // Nor, unchecked, on a spread mixture of experts, whichever its attention: draftLengthFor misreads
  // its step (with data-parallel attention each rank attends its own sequences while the experts
  // verify every rank's drafts; split by heads it still missed a third of a step's saving), so one
  // plan evaluation with the full draft decides. Kimi K2 on GB200 (a lever subset of the Conservative
  // preset, 2030: TP305) was estimated not to pay and priced at 0.334 $/M where the full draft on the
  // same plan costs 0.279; the bench's DeepSeek-V3 on B200 at 0.442 where the search with speculation
  // finds 0.359; Qwen3-235B on H100 (the Conservative preset, 2027, TP8 with attention split by
  // heads) at 2.52 where the full draft costs 1.60 (tests/engine/speculative-skip.test.ts). And never
  // where the full draft pays on one of the search's runner-up plans (fullDraftPaysOnRunnersUp).
  // Elsewhere the estimate stands unchecked: checking it everywhere cost the dashboard's full
  // recompute a third more time. Where the check finds the draft paying on a hinted plan, its
  // evaluation is the full draft's (trialIsFullDraft), so the check costs nothing more there.
  if (
    offOut[O.BATCH_LIMIT] !== BATCH_LIMIT_INTERACTIVITY &&
    !fixedDraft &&
    fits(offOut) &&
    offOut[O.TARGET_UNMET] === TARGET_MET &&
    offOut[O.PIPELINE_PARALLEL] === 1 &&
    offOut[O.DECODE_CLOCK_SHARE] === 1 &&
    draftLengthOn(p, offOut, offOut[O.BATCH]! / offOut[O.PIPELINE_PARALLEL]!, alpha, drafted) ===
      0 &&
    !(offOut[O.EXPERT_PARALLEL]! > 1 && fullDraftPaysOn(p, offOut, accepted, verified, lean)) &&
    !fullDraftPaysOnRunnersUp(p, offOut, accepted, verified, lean)
  ) {
    p[P.TOKENS_PER_STEP] = tokensPerStep
    p[P.VERIFY_TOKENS_PER_STEP] = verified
    out.set(offOut)
    const offCost = offOut[O.USD_PER_M_OUTPUT]!
    writeSpeculation(out, SPEC_COSTS_MORE, 1, 1, offCost, Number.NaN)
    return
  }

  // The full draft, at the acceptance the task gives.
  p[P.TOKENS_PER_STEP] = accepted
  p[P.VERIFY_TOKENS_PER_STEP] = verified
  if (trialIsFullDraft(p, lean)) {
    out.set(trialOut)
    out[O.PLAN_SEARCHED] = 1
  } else evaluateOnce(p, out, lean)
  let bestAccepted = accepted
  let bestVerified = verified

  // A shorter draft on the plan chosen. A search has tried one on each of its candidates and says
  // where it won; a hinted or pinned plan gets the same trial here. (When no plan meets the targets
  // the search's nearest point stands: shorterDraftOn leaves a plan that misses them as it is.)
  if (!fixedDraft && !(out[O.SPEC_VERIFIED_PER_STEP]! > 0)) {
    const plan = {
      tensor: out[O.TENSOR_PARALLEL]!,
      pipeline: out[O.PIPELINE_PARALLEL]!,
      replicas: out[O.REPLICAS]!,
      paid: out[O.ACCELERATORS]!,
    }
    shorterDraftOn(p, plan, out, out[O.USD_PER_M_OUTPUT]!, lean)
  }
  if (!fixedDraft && out[O.SPEC_VERIFIED_PER_STEP]! > 0) {
    bestAccepted = out[O.SPEC_ACCEPTED_PER_STEP]!
    bestVerified = out[O.SPEC_VERIFIED_PER_STEP]!
  }
  p[P.TOKENS_PER_STEP] = tokensPerStep
  p[P.VERIFY_TOKENS_PER_STEP] = verified

  const offCost = offOut[O.USD_PER_M_OUTPUT]!
  const onCost = out[O.USD_PER_M_OUTPUT]!
  if (fixedDraft) writeSpeculation(out, SPEC_FIXED_DRAFT, accepted, verified, offCost, onCost)
  else if (better(p, out, offOut)) {
    const reason = bestVerified === verified ? SPEC_FULL_DRAFT : SPEC_SHORTER_DRAFT
    writeSpeculation(out, reason, bestAccepted, bestVerified, offCost, onCost)
  } else {
    out.set(offOut)
    writeSpeculation(out, SPEC_COSTS_MORE, 1, 1, offCost, onCost)
  }
}
