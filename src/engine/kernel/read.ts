/**
 * The one reader of the kernel's slots for everything that names results: simulate's describe,
 * the trajectory and the yearly economics read their headline numbers through `readHeadline` and
 * the cost split through `readCostComponents`, so a slot's meaning is interpreted in one place.
 */
import { SECONDS_PER_HOUR, TOKENS_PER_MILLION } from '../constants'
import { P } from '../params'
import type { CostComponents } from '../result'

import { O } from './outputs'
import { STATUS_DOES_NOT_FIT, STATUS_POWER_TOO_LOW, STATUS_UNEVEN_HEADS, TARGET_MET } from './plan'

export interface Headline {
  /**
   * As simulate() says it (SimulationResult.feasible): the plan runs (it fits, the power limit is
   * above static power, the heads split) and meets the workload's targets, unless the user set the
   * batch, where the targets are reported, not enforced.
   */
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

export function readHeadline(out: Float64Array, params: Float64Array): Headline {
  const accelerators = out[O.ACCELERATORS]!
  const throughput = out[O.OUTPUT_TOKENS_PER_S]!
  return {
    feasible: feasibleOutput(out, params),
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

/**
 * Whether an evaluation is what simulate() calls feasible: it runs and meets the targets (a batch
 * the user set reports them instead). The trajectory had counted only "fits", so a year that misses
 * the speed target read as feasible while the scenario could not run (found by an export review).
 */
export function feasibleOutput(out: Float64Array, params: Float64Array): boolean {
  const status = out[O.STATUS]
  const runs =
    status !== STATUS_DOES_NOT_FIT &&
    status !== STATUS_POWER_TOO_LOW &&
    status !== STATUS_UNEVEN_HEADS
  return runs && (out[O.TARGET_UNMET] === TARGET_MET || params[P.BATCH]! > 0)
}

/** Each cost component per million output tokens, at the given share of hours spent serving. */
export function readCostComponents(out: Float64Array, utilization: number): CostComponents {
  const tokensPerHour = out[O.OUTPUT_TOKENS_PER_S]! * SECONDS_PER_HOUR * utilization
  return {
    acceleratorLogic: perMillion(out, O.C_LOGIC, tokensPerHour),
    acceleratorMemory: perMillion(out, O.C_MEMORY, tokensPerHour),
    acceleratorPackaging: perMillion(out, O.C_PACKAGING, tokensPerHour),
    acceleratorOther: perMillion(out, O.C_OTHER, tokensPerHour),
    vendorMargin: perMillion(out, O.C_MARGIN, tokensPerHour),
    system: perMillion(out, O.C_SYSTEM, tokensPerHour),
    network: perMillion(out, O.C_NETWORK, tokensPerHour),
    energy: perMillion(out, O.C_ENERGY, tokensPerHour),
    facility: perMillion(out, O.C_FACILITY, tokensPerHour),
    operations: perMillion(out, O.C_OPERATIONS, tokensPerHour),
    rental: perMillion(out, O.C_RENTAL, tokensPerHour),
  }
}

/** One cost slot ($ per hour) per million output tokens. */
function perMillion(out: Float64Array, slot: number, tokensPerHour: number): number {
  return (out[slot]! / tokensPerHour) * TOKENS_PER_MILLION
}
