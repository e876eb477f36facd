/**
 * Prefill of a batch of prompts: linear kernels over every new prompt token, causal attention over
 * the prompt, the collectives of one pass. Compute-bound for all but the shortest prompts.
 */
import { BITS_PER_BYTE } from '../constants'
import { P } from '../params'

import { passCollectives } from './collectives'
import { O } from './outputs'
import { boundOf, weightsRead } from './replica'

export interface PrefillPass {
  readonly seconds: number
  readonly flops: number
  readonly bytes: number
  readonly computeSeconds: number
  readonly memorySeconds: number
  readonly communicationSeconds: number
  readonly linkBytes: number
  readonly bound: number
}

/** Prefill of `batch` prompts on an n-accelerator group with roofs rc (FLOP/s) and rm (bytes/s). */
export function prefillPass(
  p: Float64Array,
  n: number,
  batch: number,
  rc: number,
  rm: number,
): PrefillPass {
  const scale = p[P.PARAM_SCALE]!
  const inputTokens = p[P.INPUT_TOKENS]!
  const cachedTokens = inputTokens * p[P.PREFIX_HIT_RATE]!
  const newTokens = inputTokens - cachedTokens // tokens that must be computed
  const tokens = batch * newTokens
  const aBytes = p[P.ACTIVATION_BITS]! / BITS_PER_BYTE
  const kvBytesPerToken = (p[P.KV_ELEMENTS_PER_TOKEN]! * p[P.KV_BITS]!) / BITS_PER_BYTE
  const hidden = p[P.HIDDEN_SIZE]!
  const layers = p[P.LAYERS]!

  // FLOPs: 2 x active linear params per new token and logits at the last position (linear kernels),
  // plus causal attention over the prompt: sum over positions p of FLOPs-per-context x p
  // = coefficient x (S^2 - S_cached^2) / 2 (attention kernels).
  const activeLinear =
    (p[P.ALWAYS_ACTIVE_PARAMS]! +
      p[P.EXPERTS_PER_TOKEN]! * p[P.EXPERT_PARAMS]! * p[P.MOE_LAYERS]!) *
    scale
  const linearFlops =
    batch *
    (newTokens * (2 * activeLinear + p[P.STATE_FLOPS_PER_TOKEN]!) +
      2 * p[P.LM_HEAD_PARAMS]! * scale)
  const attentionFlops =
    (batch *
      p[P.ATTENTION_FLOPS_PER_CONTEXT]! *
      (inputTokens * inputTokens - cachedTokens * cachedTokens)) /
    2

  // Bytes: weights touched by all prompt tokens and activations in and out of each layer (linear
  // kernels); KV written and cached prefix KV read (attention kernels).
  const linearBytes = weightsRead(p, tokens) + 2 * layers * tokens * hidden * aBytes
  const attentionBytes = batch * inputTokens * kvBytesPerToken

  const collectives = passCollectives(p, n)
  const comm = collectives.fixedSeconds + collectives.secondsPerToken * tokens

  const linearComputeS = linearFlops / rc
  const linearMemoryS = linearBytes / rm
  const attentionComputeS = attentionFlops / rc
  const attentionMemoryS = attentionBytes / rm
  const computeS =
    (linearComputeS > linearMemoryS ? linearComputeS : 0) +
    (attentionComputeS > attentionMemoryS ? attentionComputeS : 0)
  const memoryS =
    (linearComputeS > linearMemoryS ? 0 : linearMemoryS) +
    (attentionComputeS > attentionMemoryS ? 0 : attentionMemoryS)
  const overhead = p[P.STEP_OVERHEAD_S]!
  return {
    seconds: computeS + memoryS + comm + overhead,
    flops: linearFlops + attentionFlops,
    bytes: linearBytes + attentionBytes,
    computeSeconds: computeS,
    memorySeconds: memoryS,
    communicationSeconds: comm,
    linkBytes: collectives.linkBytesPerToken * tokens,
    bound: boundOf(computeS, memoryS, comm, overhead),
  }
}

/** Write a prefill pass into the result slots. */
export function writePrefill(out: Float64Array, pass: PrefillPass): void {
  out[O.PREFILL_FLOPS] = pass.flops
  out[O.PREFILL_BYTES] = pass.bytes
  out[O.PREFILL_COMPUTE_S] = pass.computeSeconds
  out[O.PREFILL_MEMORY_S] = pass.memorySeconds
  out[O.PREFILL_COMM_S] = pass.communicationSeconds
  out[O.PREFILL_LINK_BYTES] = pass.linkBytes
  out[O.PREFILL_S] = pass.seconds
  out[O.PREFILL_BOUND] = pass.bound
}
