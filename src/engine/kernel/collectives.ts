/**
 * Collective communication of one forward pass over an n-accelerator group, for prefill and decode
 * alike: two all-reduces per dense layer (after attention and after the FFN, Megatron-style tensor
 * parallelism); MoE layers swap the FFN all-reduce for an all-to-all dispatch and combine of the
 * tokens' hidden states to the experts' owners. Every collective is alpha + bytes / bandwidth
 * (physics/communication.ts), so a pass of T tokens costs fixed + T x perToken.
 */
import { BITS_PER_BYTE } from '../constants'
import { P } from '../params'
import {
  allReduceBytesPerAccelerator,
  allReduceSeconds,
  allToAllSeconds,
  collectiveBandwidth,
  collectiveLatency,
} from '../physics/communication'

/** Time and traffic of one pass's collectives, affine in the tokens of the pass. */
export interface PassCollectives {
  /** Latency of every collective of the pass, s. */
  readonly fixedSeconds: number
  /** Bandwidth time per token of the pass, s. */
  readonly secondsPerToken: number
  /** Bytes on the links per token of the pass, all accelerators together. */
  readonly linkBytesPerToken: number
}

const NONE: PassCollectives = { fixedSeconds: 0, secondsPerToken: 0, linkBytesPerToken: 0 }

/**
 * MoE layers that route tokens with an all-to-all instead of an FFN all-reduce. A dense FFN is packed
 * as a single expert (no routing); with E experts the routed share ramps in as log2(E) from 1 to 2,
 * so a partly adopted mixture-of-experts lever changes communication smoothly.
 */
export function expertParallelLayers(p: Float64Array): number {
  const experts = p[P.EXPERTS]!
  if (experts <= 1) return 0
  return p[P.MOE_LAYERS]! * Math.min(1, Math.log2(experts))
}

/** The collectives of one pass over an n-accelerator tensor/expert-parallel group. */
export function passCollectives(p: Float64Array, n: number): PassCollectives {
  if (n <= 1) return NONE
  const bw = collectiveBandwidth(
    n,
    p[P.SCALE_UP_DOMAIN]!,
    p[P.SCALE_UP_BPS]!,
    p[P.SCALE_OUT_BPS]!,
    p[P.EFF_COMMUNICATION]!,
  )
  const alpha = collectiveLatency(
    n,
    p[P.SCALE_UP_DOMAIN]!,
    p[P.COLLECTIVE_LATENCY_S]!,
    p[P.SCALE_OUT_LATENCY_S]!,
  )
  const tokenBytes = p[P.HIDDEN_SIZE]! * (p[P.ACTIVATION_BITS]! / BITS_PER_BYTE)
  const moeLayers = expertParallelLayers(p)
  const allReduces = 2 * p[P.LAYERS]! - moeLayers
  // What one accelerator sends in a dispatch (or combine) per token of the pass.
  const a2aPerToken = (p[P.EXPERTS_PER_TOKEN]! / n) * tokenBytes
  return {
    fixedSeconds: (allReduces + 2 * moeLayers) * alpha,
    secondsPerToken:
      allReduces * (allReduceSeconds(tokenBytes, n, bw, alpha) - alpha) +
      2 * moeLayers * (allToAllSeconds(a2aPerToken, n, bw, alpha) - alpha),
    linkBytesPerToken:
      n *
      (allReduces * allReduceBytesPerAccelerator(tokenBytes, n) +
        2 * moeLayers * a2aPerToken * ((n - 1) / n)),
  }
}
