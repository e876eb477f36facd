/**
 * The one reader of the kernel's slots for everything that names results: simulate's describe,
 * the trajectory and the yearly economics read their headline numbers through `readHeadline` and
 * the cost split through `readCostComponents`, so a slot's meaning is interpreted in one place.
 */
import { SECONDS_PER_HOUR, TOKENS_PER_MILLION } from '../constants'
import type { CostComponents } from '../result'

import { O } from './outputs'

export interface Headline {
  readonly feasible: boolean
  readonly accelerators: number
  readonly usdPerMillionOutputTokens: number
  readonly usdPerMillionInputTokens: number
  readonly usdPerMillionBlendedTokens: number
  readonly usdPerRequest: number
  readonly joulesPerOutputToken: number
  readonly outputTokensPerSecond: number
  readonly outputTokensPerSecondPerAccelerator: number
  readonly outputTokensPerSecondPerMegawatt: number
}

export function readHeadline(out: Float64Array): Headline {
  const accelerators = out[O.ACCELERATORS]!
  const throughput = out[O.OUTPUT_TOKENS_PER_S]!
  return {
    feasible: out[O.STATUS] !== 1,
    accelerators,
    usdPerMillionOutputTokens: out[O.USD_PER_M_OUTPUT]!,
    usdPerMillionInputTokens: out[O.USD_PER_M_INPUT]!,
    usdPerMillionBlendedTokens: out[O.USD_PER_M_BLENDED]!,
    usdPerRequest: out[O.USD_PER_REQUEST]!,
    joulesPerOutputToken: out[O.J_PER_OUTPUT_TOKEN]!,
    outputTokensPerSecond: throughput,
    outputTokensPerSecondPerAccelerator: throughput / accelerators,
    outputTokensPerSecondPerMegawatt: out[O.TOKENS_PER_S_PER_MW]!,
  }
}

/** Each cost component per million output tokens, at the given share of hours spent serving. */
export function readCostComponents(out: Float64Array, utilization: number): CostComponents {
  const tokensPerHour = out[O.OUTPUT_TOKENS_PER_S]! * SECONDS_PER_HOUR * utilization
  const perMillion = (slot: number): number => (out[slot]! / tokensPerHour) * TOKENS_PER_MILLION
  return {
    acceleratorLogic: perMillion(O.C_LOGIC),
    acceleratorMemory: perMillion(O.C_MEMORY),
    acceleratorPackaging: perMillion(O.C_PACKAGING),
    acceleratorOther: perMillion(O.C_OTHER),
    vendorMargin: perMillion(O.C_MARGIN),
    system: perMillion(O.C_SYSTEM),
    network: perMillion(O.C_NETWORK),
    energy: perMillion(O.C_ENERGY),
    facility: perMillion(O.C_FACILITY),
    operations: perMillion(O.C_OPERATIONS),
    rental: perMillion(O.C_RENTAL),
  }
}
