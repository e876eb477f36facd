/**
 * What binds decode, as one label that the phase card and the roofline share.
 *
 * A decode step runs two kinds of kernel: the linear layers (every weight read once for the whole
 * batch, so they turn compute-bound as the batch grows) and attention (each sequence reads its own
 * KV cache, so it stays memory-bound at any batch). The kernel sums each kernel's time on its roofs
 * (its larger roof, plus the share of the shorter one a real GEMM leaves exposed: physics/roofline.ts),
 * so decode can spend most of its time on the compute roof while its aggregate intensity (all FLOPs
 * over all bytes, the roofline's point) sits left of the ridge. One word cannot describe that: such a
 * decode is *mixed*, and the label says which kernels sit on which roof and for what share of time.
 */
import type { Bound } from './params'

/** Share of decode time per limiter; the four sum to 1. */
export interface DecodeBoundShares {
  readonly compute: number
  readonly memory: number
  readonly communication: number
  readonly overhead: number
}

export type DecodeBinding = Bound | 'mixed'

/**
 * Smallest share of decode time the minority roof must take for decode to be called mixed, when
 * the roofline point agrees with the majority (a one-fifth share is visible in every chart).
 */
export const MIXED_MIN_SHARE = 0.2 // share of decode time
/** Compute and memory shares closer than this can swap with a small change of input. */
export const NEAR_FLIP_SHARE = 0.1 // share of decode time

export interface DecodeBindingResult {
  readonly binding: DecodeBinding
  readonly boundShares: DecodeBoundShares
  /** In words: "mixed: linear layers compute-bound; 54 % of decode time on the compute roof, 30 % on the memory roof (…)". */
  readonly boundLabel: string
  /** Why the label could flip with a small change of input, or '' when it is not close. */
  readonly flipNote: string
}

const BOUND_WORDS: Readonly<Record<Bound, string>> = {
  compute: 'compute-bound',
  'memory-bandwidth': 'memory-bandwidth-bound',
  communication: 'communication-bound',
  overhead: 'overhead-bound',
}

const pct = (share: number): string => `${Math.round(share * 100)} %`

/** Shares of decode time from the kernel's compute, memory, communication and overhead seconds. */
export function decodeBoundShares(
  computeS: number,
  memoryS: number,
  communicationS: number,
  overheadS: number,
): DecodeBoundShares {
  const total = computeS + memoryS + communicationS + overheadS
  // Every simulate() names its binding: plain arithmetic, no closure per call.
  if (!(total > 0)) return { compute: 0, memory: 0, communication: 0, overhead: 0 }
  return {
    compute: computeS / total,
    memory: memoryS / total,
    communication: communicationS / total,
    overhead: overheadS / total,
  }
}

/**
 * The decode binding. `linearMemoryBound`: the linear kernels sit on the memory roof (the kernel's
 * DECODE_MEMORY_BOUND_STEPS); `intensity` and `ridge`: the roofline's aggregate decode point and its
 * ridge, FLOP/byte. Decode is mixed when its kernels sit on both roofs and either the minority roof
 * takes at least MIXED_MIN_SHARE of the time or the aggregate point lies on the minority's side of
 * the ridge (so card and roofline never contradict each other).
 */
export function decodeBinding(
  shares: DecodeBoundShares,
  linearMemoryBound: boolean,
  intensity: number,
  ridge: number,
): DecodeBindingResult {
  const { compute, memory, communication, overhead } = shares
  let dominant: Bound = 'compute'
  let top = compute
  if (memory > top) {
    dominant = 'memory-bandwidth'
    top = memory
  }
  if (communication > top) {
    dominant = 'communication'
    top = communication
  }
  if (overhead > top) dominant = 'overhead'

  const bothRoofs = compute > 0 && memory > 0
  const pointSide: Bound = intensity >= ridge ? 'compute' : 'memory-bandwidth'
  const roofDominant = dominant === 'compute' || dominant === 'memory-bandwidth'
  const mixed =
    bothRoofs &&
    roofDominant &&
    (Math.min(compute, memory) >= MIXED_MIN_SHARE || (ridge > 0 && pointSide !== dominant))

  const near =
    bothRoofs &&
    roofDominant &&
    (Math.abs(compute - memory) < NEAR_FLIP_SHARE ||
      Math.abs(Math.min(compute, memory) - MIXED_MIN_SHARE) < NEAR_FLIP_SHARE / 2)
  const flipNote = near
    ? `Close to a flip: compute takes ${pct(compute)} and memory ${pct(memory)} of decode time, so a small change in batch size, memory bandwidth or number format can change which one binds.`
    : ''

  if (!mixed)
    return { binding: dominant, boundShares: shares, boundLabel: BOUND_WORDS[dominant], flipNote }
  // The minority roof's time is the other kernel class's plus what the linear layers leave exposed
  // on it (physics/roofline.ts): the words name both.
  const boundLabel = linearMemoryBound
    ? `mixed: linear layers memory-bound; ${pct(memory)} of decode time on the memory roof, ${pct(compute)} on the compute roof (the math the weight streaming does not hide, and attention’s)`
    : `mixed: linear layers compute-bound; ${pct(compute)} of decode time on the compute roof, ${pct(memory)} on the memory roof (attention’s KV reads, and the weight streaming the math does not hide)`
  return { binding: 'mixed', boundShares: shares, boundLabel, flipNote }
}
