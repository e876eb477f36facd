/**
 * The decode phase as a function of batch size B, prepared once per group size. Every term of a
 * decode step is affine in B except the weights an MoE step touches:
 *   step(B) = max(linear FLOPs(B) / R_c, (weights touched(B) + linear bytes(B)) / R_m)   linear kernels
 *           + B × attention seconds per sequence                                        attention kernels
 *           + communication(B) + fixed overhead
 * where attention seconds per sequence is the exact closed-form mean over the steps' contexts of
 * max(attention FLOPs / R_c, KV bytes / R_m) (physics/decode.ts). So the batch search and the
 * totals are O(1) per batch size instead of re-summing the steps.
 */
import { BITS_PER_BYTE } from '../constants'
import { P } from '../params'
import { sumOfMaxOfLines, type MaxLineSum } from '../physics/decode'

import { largestMeeting } from './bracket'
import { passCollectives } from './collectives'
import { O } from './outputs'
import { weightsRead } from './replica'

export interface DecodeModel {
  readonly steps: number
  readonly tau: number
  readonly verify: number
  /** Per sequence per step. */
  readonly linearFlops: number
  readonly linearBytes: number
  readonly attentionSeconds: number
  readonly attentionComputeSeconds: number
  readonly attentionFlops: number
  readonly attentionBytes: number
  readonly commFixed: number
  readonly commPerSequence: number
  readonly linkBytesPerSequence: number
  readonly overhead: number
  readonly rc: number
  readonly rm: number
}

/** The decode model of `p` on an n-accelerator group with roofs rc (FLOP/s) and rm (bytes/s). */
export function prepareDecode(p: Float64Array, n: number, rc: number, rm: number): DecodeModel {
  const tau = p[P.TOKENS_PER_STEP]!
  const verify = p[P.VERIFY_TOKENS_PER_STEP]!
  const inputTokens = p[P.INPUT_TOKENS]!
  const scale = p[P.PARAM_SCALE]!
  const kvBytesPerToken = (p[P.KV_ELEMENTS_PER_TOKEN]! * p[P.KV_BITS]!) / BITS_PER_BYTE
  const stateBytes = (p[P.STATE_ELEMENTS_PER_SEQUENCE]! * p[P.STATE_BITS]!) / BITS_PER_BYTE
  const steps = Math.ceil(p[P.OUTPUT_TOKENS]! / tau)

  // Linear kernels, per sequence per step: the always-active matrices, the k experts each token
  // uses, the LM head and the recurrent-state update on `verify` tokens; bytes besides the weights:
  // the KV written for those tokens and the recurrent state read and written.
  const activeLinear =
    (p[P.ALWAYS_ACTIVE_PARAMS]! +
      p[P.EXPERTS_PER_TOKEN]! * p[P.EXPERT_PARAMS]! * p[P.MOE_LAYERS]!) *
    scale
  const linearFlops =
    verify * (2 * activeLinear + 2 * p[P.LM_HEAD_PARAMS]! * scale + p[P.STATE_FLOPS_PER_TOKEN]!)
  const linearBytes = verify * kvBytesPerToken + 2 * stateBytes

  // Attention kernels, per sequence: FLOPs and KV bytes grow with the context c_j = S + j tau.
  const f1 = verify * p[P.ATTENTION_FLOPS_PER_CONTEXT]!
  const m1 = kvBytesPerToken
  const lineSum: MaxLineSum = { total: 0, firstTotal: 0, firstSteps: 0 }
  sumOfMaxOfLines(
    (f1 * inputTokens) / rc,
    (f1 * tau) / rc,
    (m1 * inputTokens) / rm,
    (m1 * tau) / rm,
    steps,
    lineSum,
  )
  const sumContexts = steps * inputTokens + (tau * steps * (steps - 1)) / 2

  // Communication per step: each sequence contributes `verify` tokens to every collective.
  const comm = passCollectives(p, n)
  return {
    steps,
    tau,
    verify,
    linearFlops,
    linearBytes,
    attentionSeconds: lineSum.total / steps,
    attentionComputeSeconds: lineSum.firstTotal / steps,
    attentionFlops: (f1 * sumContexts) / steps,
    attentionBytes: (m1 * sumContexts) / steps,
    commFixed: comm.fixedSeconds,
    commPerSequence: comm.secondsPerToken * verify,
    linkBytesPerSequence: comm.linkBytesPerToken * verify,
    overhead: p[P.STEP_OVERHEAD_S]!,
    rc,
    rm,
  }
}

/** Weights read by one decode step of `batch` sequences (MoE: only the experts they touch). */
export function decodeWeightBytes(p: Float64Array, batch: number, verify: number): number {
  return weightsRead(p, batch * verify)
}

/** Mean decode step time at `batch`, s. O(1). */
export function decodeStepSeconds(p: Float64Array, m: DecodeModel, batch: number): number {
  const linearCompute = (m.linearFlops * batch) / m.rc
  const linearMemory = (decodeWeightBytes(p, batch, m.verify) + m.linearBytes * batch) / m.rm
  return (
    (linearCompute > linearMemory ? linearCompute : linearMemory) +
    m.attentionSeconds * batch +
    m.commFixed +
    m.commPerSequence * batch +
    m.overhead
  )
}

/** Decode totals for `batch`, written to `out`; returns the total decode seconds. */
export function decodeTotals(
  p: Float64Array,
  m: DecodeModel,
  batch: number,
  out: Float64Array,
): number {
  const steps = m.steps
  const weights = decodeWeightBytes(p, batch, m.verify)
  const linearCompute = (m.linearFlops * batch) / m.rc
  const linearMemory = (weights + m.linearBytes * batch) / m.rm
  const linearBound = linearCompute > linearMemory
  const linearStep = linearBound ? linearCompute : linearMemory
  const attention = m.attentionSeconds * batch
  const attentionCompute = m.attentionComputeSeconds * batch
  const comm = m.commFixed + m.commPerSequence * batch
  const total = steps * (linearStep + attention + comm + m.overhead)

  out[O.DECODE_STEPS] = steps
  out[O.DECODE_FLOPS] = steps * batch * (m.linearFlops + m.attentionFlops)
  out[O.DECODE_BYTES] = steps * (weights + batch * (m.linearBytes + m.attentionBytes))
  out[O.DECODE_COMPUTE_S] = steps * ((linearBound ? linearStep : 0) + attentionCompute)
  out[O.DECODE_MEMORY_S] = steps * ((linearBound ? 0 : linearStep) + attention - attentionCompute)
  out[O.DECODE_MEMORY_BOUND_STEPS] = linearBound ? 0 : steps
  out[O.DECODE_COMM_S] = steps * comm
  out[O.DECODE_LINK_BYTES] = steps * m.linkBytesPerSequence * batch
  out[O.DECODE_S] = total
  out[O.DECODE_STEP_S] = total / steps
  return total
}

/**
 * Largest batch in [1, cap] whose mean decode step meets `maxStep` (step time grows with batch).
 * Dense models: the step is the max of two affine functions plus an affine term, so the answer is a
 * closed form; MoE models touch more experts as the batch grows, so interpolation inside the bounds finishes
 * it (bracket.ts).
 * Returns 0 when even one sequence is too slow.
 */
export function largestBatchWithin(
  p: Float64Array,
  m: DecodeModel,
  cap: number,
  maxStep: number,
): number {
  const one = decodeStepSeconds(p, m, 1) - maxStep
  if (one > 0) return 0
  const top = decodeStepSeconds(p, m, cap) - maxStep
  if (top <= 0) return cap
  // step(B) = max(cB, W(B) + mB) + sB + t. Dense: W is constant, so solve each branch for
  // step = maxStep. MoE: W(B) grows from W(1) to W(all experts), so the same formula with W(all)
  // gives a feasible lower bound and with W(1) an upper bound; bisection finishes inside them.
  const slope = m.attentionSeconds + m.commPerSequence
  const budget = maxStep - m.commFixed - m.overhead
  const byCompute = budget / (m.linearFlops / m.rc + slope)
  const perSequenceMemory = m.linearBytes / m.rm + slope
  const dense = p[P.EXPERTS]! <= 1 || p[P.EXPERTS_PER_TOKEN]! >= p[P.EXPERTS]!
  const allWeights = decodeWeightBytes(p, dense ? 1 : Number.POSITIVE_INFINITY, m.verify)
  const lowGuess = Math.floor(Math.min(byCompute, (budget - allWeights / m.rm) / perSequenceMemory))
  const highGuess = dense
    ? lowGuess
    : Math.floor(
        Math.min(
          byCompute,
          (budget - decodeWeightBytes(p, 1, m.verify) / m.rm) / perSequenceMemory,
        ),
      )
  // Rounding can put the bounds one off: widen by two and check exactly.
  let lo = Math.max(1, Math.min(cap - 1, lowGuess - 1))
  let hi = Math.min(cap, Math.max(lo + 1, highGuess + 2))
  let sLo = decodeStepSeconds(p, m, lo) - maxStep
  if (sLo > 0) {
    lo = 1
    sLo = one
  }
  let sHi = decodeStepSeconds(p, m, hi) - maxStep
  if (sHi <= 0) {
    hi = cap
    sHi = top
  }
  return largestMeeting(stepSlack, { p, m, maxStep }, lo, sLo, hi, sHi)
}

/** A decode step's time above `maxStep` at `batch`, s (<= 0: within it). */
function stepSlack(c: { p: Float64Array; m: DecodeModel; maxStep: number }, batch: number): number {
  return decodeStepSeconds(c.p, c.m, batch) - c.maxStep
}
