/**
 * Cost (engine-model.md §4): the replica's dollars per hour, rental or a TCO build-up (capital
 * recovery of each part of the accelerator's price, electricity, provisioned facility power,
 * operations), over the tokens it serves per hour at its utilization.
 */
import {
  BLEND_INPUT_WEIGHT,
  HOURS_PER_YEAR,
  MONTHS_PER_YEAR,
  SECONDS_PER_HOUR,
  TOKENS_PER_MILLION,
  WATTS_PER_KW,
} from '../constants'
import { P } from '../params'
import { capitalRecoveryFactor } from '../physics/cost'
import { HOST_IDLE_SHARE } from '../physics/power'

import { O } from './outputs'

/** The replica's USD per hour, all components, written to their slots. */
function writeHourly(
  p: Float64Array,
  out: Float64Array,
  n: number,
  facilityServingW: number,
  provisionedWattsPerAccelerator: number,
): number {
  if (p[P.COST_MODE]! === 1) {
    const rental = n * p[P.RENTAL_USD_PER_HOUR]!
    out[O.C_RENTAL] = rental
    return rental
  }
  const utilization = p[P.UTILIZATION]!
  const perHour =
    (n * capitalRecoveryFactor(p[P.COST_OF_CAPITAL]!, p[P.DEPRECIATION_YEARS]!)) / HOURS_PER_YEAR
  out[O.C_LOGIC] = p[P.CAPEX_LOGIC_USD]! * perHour
  out[O.C_MEMORY] = p[P.CAPEX_MEMORY_USD]! * perHour
  out[O.C_PACKAGING] = p[P.CAPEX_PACKAGING_USD]! * perHour
  out[O.C_OTHER] = p[P.CAPEX_OTHER_USD]! * perHour
  out[O.C_MARGIN] = p[P.CAPEX_MARGIN_USD]! * perHour
  out[O.C_SYSTEM] = p[P.CAPEX_SYSTEM_USD]! * perHour
  out[O.C_NETWORK] = p[P.CAPEX_NETWORK_USD]! * perHour
  const capexTotal =
    p[P.CAPEX_LOGIC_USD]! +
    p[P.CAPEX_MEMORY_USD]! +
    p[P.CAPEX_PACKAGING_USD]! +
    p[P.CAPEX_OTHER_USD]! +
    p[P.CAPEX_MARGIN_USD]! +
    p[P.CAPEX_SYSTEM_USD]! +
    p[P.CAPEX_NETWORK_USD]!
  // Energy: serving power for the utilized share of hours, idle power for the rest.
  const idleFacilityW = n * (p[P.IDLE_W]! + HOST_IDLE_SHARE * p[P.HOST_W]!) * p[P.PUE]!
  const averageW = utilization * facilityServingW + (1 - utilization) * idleFacilityW
  out[O.C_ENERGY] = (averageW / WATTS_PER_KW) * p[P.USD_PER_KWH]!
  // Facility: provisioned IT power (the accelerator's power limit + host) at a $/kW-month rate;
  // operations: a share of capex.
  const provisionedKw = (n * (provisionedWattsPerAccelerator + p[P.HOST_W]!)) / WATTS_PER_KW
  out[O.C_FACILITY] =
    (provisionedKw * p[P.FACILITY_USD_PER_KW_MONTH]! * MONTHS_PER_YEAR) / HOURS_PER_YEAR
  out[O.C_OPERATIONS] = (n * capexTotal * p[P.OPERATIONS_FRACTION]!) / HOURS_PER_YEAR
  return (
    out[O.C_LOGIC]! +
    out[O.C_MEMORY]! +
    out[O.C_PACKAGING]! +
    out[O.C_OTHER]! +
    out[O.C_MARGIN]! +
    out[O.C_SYSTEM]! +
    out[O.C_NETWORK]! +
    out[O.C_ENERGY]! +
    out[O.C_FACILITY]! +
    out[O.C_OPERATIONS]!
  )
}

/**
 * Fill the cost slots for n accelerators paid for, serving `throughput` output tokens/s over a
 * cycle of cycleS seconds (prefillS of it prefill) that carries `batch` requests of `inputTokens`.
 */
export function writeCost(
  p: Float64Array,
  out: Float64Array,
  n: number,
  facilityServingW: number,
  provisionedWattsPerAccelerator: number,
  throughput: number,
  prefillS: number,
  cycleS: number,
  batch: number,
): void {
  const hourly = writeHourly(p, out, n, facilityServingW, provisionedWattsPerAccelerator)
  const utilization = p[P.UTILIZATION]!
  const inputTokens = p[P.INPUT_TOKENS]!
  out[O.USD_PER_HOUR] = hourly
  const outputTokensPerHour = throughput * SECONDS_PER_HOUR * utilization
  const usdPerOutput = hourly / outputTokensPerHour
  const usdPerCycle = (hourly * cycleS) / (SECONDS_PER_HOUR * utilization)
  const usdPerInput = (usdPerCycle * (prefillS / cycleS)) / (batch * inputTokens)
  out[O.USD_PER_M_OUTPUT] = usdPerOutput * TOKENS_PER_MILLION
  out[O.USD_PER_M_INPUT] = usdPerInput * TOKENS_PER_MILLION
  out[O.USD_PER_M_BLENDED] =
    ((BLEND_INPUT_WEIGHT * usdPerInput + usdPerOutput) / (BLEND_INPUT_WEIGHT + 1)) *
    TOKENS_PER_MILLION
  out[O.USD_PER_REQUEST] = usdPerCycle / batch
}
