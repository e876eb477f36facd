/** Named physical and accounting constants. Each carries its unit in a comment. */

export const BITS_PER_BYTE = 8 // bits in a byte
export const BYTES_PER_GB = 1e9 // bytes in a (decimal) gigabyte
/** Bytes in a binary gigabyte: DRAM (HBM, GDDR) capacities are binary, whatever the datasheet's "GB". */
export const BYTES_PER_GIB = 2 ** 30 // bytes/GiB
export const BYTES_PER_TB = 1e12 // bytes in a (decimal) terabyte, as vendors quote bandwidth
export const FLOPS_PER_TFLOP = 1e12 // FLOP in a TFLOP
export const BITS_PER_GBIT = 1e9 // bits in a gigabit (scale-out links are quoted in Gb/s)
export const SECONDS_PER_HOUR = 3600 // s/h
export const HOURS_PER_YEAR = 8760 // h/year (365 days)
export const MONTHS_PER_YEAR = 12 // months/year
export const JOULES_PER_KWH = 3.6e6 // J/kWh
export const WATTS_PER_KW = 1000 // W/kW
export const WATTS_PER_MW = 1e6 // W/MW
export const PJ = 1e-12 // J per picojoule
export const TOKENS_PER_MILLION = 1e6 // tokens in a million

/** Blended price convention: 3 input tokens for every output token (Artificial Analysis). */
export const BLEND_INPUT_WEIGHT = 3 // input tokens per output token in the blend

/** First and last year of the trajectory the product covers. */
export const FIRST_YEAR = 2026 // year
export const LAST_YEAR = 2030 // year

/** The largest batch the engine searches; schedulers cap concurrent sequences well below this. */
export const ABSOLUTE_MAX_BATCH = 65536 // sequences
