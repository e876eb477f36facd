/** What a replica holds and how fast it can go: weight bytes and the two roofs. */
import { P } from '../params'
import { untouchedExpertBytes, weightBytes } from '../physics/memory'
import { mathBits, mathPeakFlops } from '../physics/precision'

/** Bytes of all weights held in memory. */
export function storedWeightBytes(p: Float64Array): number {
  return weightBytes(
    p[P.ALWAYS_ACTIVE_PARAMS]!,
    p[P.EXPERT_PARAMS]!,
    p[P.MOE_LAYERS]!,
    p[P.EXPERTS]!,
    p[P.EMBEDDING_PARAMS]!,
    p[P.LM_HEAD_PARAMS]!,
    p[P.LM_HEAD_TIED]!,
    p[P.PARAM_SCALE]!,
    p[P.WEIGHT_BITS]!,
  )
}

/**
 * Weights read by a pass over `tokens` tokens, bytes: every stored weight except the routed experts
 * those tokens do not use (W_touched of engine-model.md §3; W for a dense model).
 */
export function weightsRead(p: Float64Array, tokens: number): number {
  return (
    storedWeightBytes(p) -
    untouchedExpertBytes(
      p[P.EXPERT_PARAMS]!,
      p[P.MOE_LAYERS]!,
      p[P.EXPERTS]!,
      p[P.EXPERTS_PER_TOKEN]!,
      p[P.PARAM_SCALE]!,
      p[P.WEIGHT_BITS]!,
      tokens,
    )
  )
}

/** Peak FLOP/s of one accelerator at the format the math runs in (the wider of weights and activations). */
export function mathPeak(p: Float64Array): number {
  const bits = mathBits(p[P.WEIGHT_BITS]!, p[P.ACTIVATION_BITS]!)
  return mathPeakFlops(bits, p[P.PEAK_16_FLOPS]!, p[P.PEAK_8_FLOPS]!, p[P.PEAK_4_FLOPS]!)
}

/** Compute roof of an n-accelerator group, FLOP/s. */
export function computeRoof(p: Float64Array, n: number): number {
  return n * mathPeak(p) * p[P.EFF_COMPUTE]! * (1 - p[P.DESIGN_MISMATCH]!)
}

/** Memory-bandwidth roof of an n-accelerator group, bytes/s. */
export function memoryRoof(p: Float64Array, n: number): number {
  return n * p[P.MEMORY_BANDWIDTH_BPS]! * p[P.EFF_MEMORY]! * (1 - p[P.DESIGN_MISMATCH]!)
}

export const BOUND_COMPUTE = 0
export const BOUND_MEMORY = 1
export const BOUND_COMMUNICATION = 2
export const BOUND_OVERHEAD = 3

/** The largest of the four times names the bound (ties go to the earlier). */
export function boundOf(
  computeS: number,
  memoryS: number,
  commS: number,
  overheadS: number,
): number {
  let bound = BOUND_COMPUTE
  let largest = computeS
  if (memoryS > largest) {
    bound = BOUND_MEMORY
    largest = memoryS
  }
  if (commS > largest) {
    bound = BOUND_COMMUNICATION
    largest = commS
  }
  if (overheadS > largest) bound = BOUND_OVERHEAD
  return bound
}
