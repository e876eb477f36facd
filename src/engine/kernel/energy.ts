/**
 * Energy, bottom-up (engine-model.md §4): FLOPs x joules per FLOP + memory bytes x joules per byte
 * + link bytes x joules per byte + static power x time, per accelerator summed over the replica;
 * the host's power over the cycle; PUE at the facility boundary. Through a kernel boundary the chip
 * draws what it draws around it: the arithmetic and memory energy are spread over the phase less its
 * boundaries (boundarySpread), as the power throttle counts them (plan.ts).
 */
import { BITS_PER_BYTE, PJ, WATTS_PER_MW } from '../constants'
import { P } from '../params'
import { picojoulesPerFlop } from '../physics/precision'

import { O } from './outputs'
import { attentionRoofShare } from './replica'

export interface EnergyRates {
  readonly joulesPerFlop: number
  /**
   * Extra energy of an attention FLOP over a linear one, in linear FLOPs: 1 / attentionRoofShare − 1.
   * Energy per FLOP goes as 1 / the format's peak (physics/precision.ts picojoulesPerFlop), and
   * attention runs in a format at least as wide as the linear layers' (replica.ts).
   */
  readonly attentionFlopExtra: number
  /** Attention's share of the linear layers' compute roof (replica.ts attentionRoofShare). */
  readonly attentionShare: number
  readonly joulesPerMemoryByte: number
  readonly joulesPerLinkByte: number
}

/** Energy per FLOP (at full clock, at the format in use), per memory byte and per link byte. */
export function energyRates(p: Float64Array, n: number, peakFlops: number): EnergyRates {
  const attentionShare = attentionRoofShare(p)
  const linkPjPerBit =
    n <= p[P.SCALE_UP_DOMAIN]! ? p[P.SCALE_UP_PJ_PER_BIT]! : p[P.SCALE_OUT_PJ_PER_BIT]!
  return {
    joulesPerFlop: picojoulesPerFlop(p[P.PJ_PER_FLOP_16]!, p[P.PEAK_16_FLOPS]!, peakFlops) * PJ,
    attentionFlopExtra: 1 / attentionShare - 1,
    attentionShare,
    joulesPerMemoryByte: p[P.MEMORY_PJ_PER_BIT]! * BITS_PER_BYTE * PJ,
    joulesPerLinkByte: linkPjPerBit * BITS_PER_BYTE * PJ,
  }
}

/** A phase of `seconds` with `boundaryS` of kernel boundaries draws its working power for seconds / (seconds − boundaryS) of its work's time. */
function boundarySpread(seconds: number, boundaryS: number): number {
  return boundaryS > 0 && seconds > boundaryS ? seconds / (seconds - boundaryS) : 1
}

/** Energy at a boundary: chip; node adds the host's share; facility multiplies node energy by PUE. */
function atBoundary(boundary: number, chipJ: number, hostJ: number, pue: number): number {
  if (boundary === 0) return chipJ
  return boundary === 1 ? chipJ + hostJ : (chipJ + hostJ) * pue
}

/**
 * Fill the energy slots of `out` for n accelerators that spent prefillS and decodeS seconds on a
 * cycle producing `outputPerCycle` tokens from `inputPerCycle` prompt tokens. Reads the FLOP, byte
 * and link-byte slots the phases wrote. Returns the replica's facility power while serving, W.
 */
export function writeEnergy(
  p: Float64Array,
  out: Float64Array,
  n: number,
  rates: EnergyRates,
  prefillS: number,
  decodeS: number,
  prefillBoundaryS: number,
  decodeBoundaryS: number,
  outputPerCycle: number,
  inputPerCycle: number,
): number {
  const cycleS = prefillS + decodeS
  const { joulesPerFlop, joulesPerMemoryByte, joulesPerLinkByte, attentionFlopExtra } = rates
  const staticW = n * p[P.STATIC_W]!
  // Arithmetic energy per operation falls as the square of the clock share (power.ts).
  const prefillClock = out[O.PREFILL_CLOCK_SHARE]!
  const decodeClock = out[O.DECODE_CLOCK_SHARE]!
  // Attention projections kept wider than the weights cost their extra in linear FLOPs (replica.ts
  // keptAttentionExtraFlopsPerToken), attention's wider math its own (attentionFlopExtra).
  const prefillFlops =
    out[O.PREFILL_FLOPS]! +
    attentionFlopExtra * out[O.PREFILL_ATTENTION_FLOPS]! +
    out[O.PREFILL_KEPT_EXTRA_FLOPS]!
  const decodeFlops =
    out[O.DECODE_FLOPS]! +
    attentionFlopExtra * out[O.DECODE_ATTENTION_FLOPS]! +
    out[O.DECODE_KEPT_EXTRA_FLOPS]!
  // Through a kernel boundary the chip draws what it draws around it (kernel/replica.ts
  // passBoundarySeconds): the work's compute and memory energy spread over the phase less its
  // boundaries, then paid for the whole phase.
  const prefillSpread = boundarySpread(prefillS, prefillBoundaryS)
  const decodeSpread = boundarySpread(decodeS, decodeBoundaryS)
  const computeJPrefill = prefillFlops * joulesPerFlop * prefillClock * prefillClock * prefillSpread
  const computeJDecode = decodeFlops * joulesPerFlop * decodeClock * decodeClock * decodeSpread
  const memoryJPrefill = out[O.PREFILL_BYTES]! * joulesPerMemoryByte * prefillSpread
  const memoryJDecode = out[O.DECODE_BYTES]! * joulesPerMemoryByte * decodeSpread
  const linkJPrefill = out[O.PREFILL_LINK_BYTES]! * joulesPerLinkByte
  const linkJDecode = out[O.DECODE_LINK_BYTES]! * joulesPerLinkByte
  const staticJPrefill = staticW * prefillS
  const staticJDecode = staticW * decodeS
  const chipJPrefill = computeJPrefill + memoryJPrefill + linkJPrefill + staticJPrefill
  const chipJDecode = computeJDecode + memoryJDecode + linkJDecode + staticJDecode
  const hostW = n * p[P.HOST_W]!
  const pue = p[P.PUE]!
  out[O.CHIP_J_PREFILL] = chipJPrefill
  out[O.CHIP_J_DECODE] = chipJDecode
  out[O.STATIC_J_PREFILL] = staticJPrefill
  out[O.STATIC_J_DECODE] = staticJDecode
  out[O.COMPUTE_J_PREFILL] = computeJPrefill
  out[O.COMPUTE_J_DECODE] = computeJDecode
  out[O.MEMORY_J_PREFILL] = memoryJPrefill
  out[O.MEMORY_J_DECODE] = memoryJDecode
  out[O.LINK_J] = linkJPrefill + linkJDecode
  out[O.HOST_J] = hostW * cycleS

  const boundary = p[P.BOUNDARY]!
  const prefillJ = atBoundary(boundary, chipJPrefill, hostW * prefillS, pue)
  const decodeJ = atBoundary(boundary, chipJDecode, hostW * decodeS, pue)
  out[O.J_PER_OUTPUT_TOKEN] = (prefillJ + decodeJ) / outputPerCycle
  out[O.J_PER_INPUT_TOKEN] = prefillJ / inputPerCycle
  out[O.J_PER_OUTPUT_TOKEN_DECODE] = decodeJ / outputPerCycle
  out[O.TOKENS_PER_S_PER_MW] =
    outputPerCycle / cycleS / ((prefillJ + decodeJ) / cycleS / WATTS_PER_MW)
  const facilityServingW = ((chipJPrefill + chipJDecode) / cycleS + hostW) * pue
  out[O.SERVING_POWER_W] = facilityServingW
  out[O.CHIP_W] = (chipJPrefill + chipJDecode) / cycleS / n
  out[O.PREFILL_CHIP_W] = chipJPrefill / prefillS / n
  out[O.DECODE_CHIP_W] = chipJDecode / decodeS / n
  return facilityServingW
}
