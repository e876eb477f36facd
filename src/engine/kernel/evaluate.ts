/**
 * The physics kernel's orchestrator: one packed scenario in, one packed result out.
 * Every analysis (simulate, trajectory, Monte Carlo, Shapley, sweeps) runs through `evaluate`.
 * Equations: engine-model.md §3–4; each concern lives in its own module beside this one
 * (replica, collectives, prefill, decode, energy, cost). The kernel keeps no state between calls:
 * everything it computes lives in locals or in the caller's `out`.
 */
import { BITS_PER_BYTE } from '../constants'
import { P } from '../params'
import { batchCapacity } from '../physics/memory'

import { writeCost } from './cost'
import {
  decodeStepSeconds,
  decodeTotals,
  largestBatchWithin,
  prepareDecode,
  type DecodeModel,
} from './decode'
import { writeEnergy } from './energy'
import { O, createOutput } from './outputs'
import { prefillPass, writePrefill } from './prefill'
import { boundOf, computeRoof, mathPeak, memoryRoof, storedWeightBytes } from './replica'

const STATUS_OK = 0
const STATUS_DOES_NOT_FIT = 1
const STATUS_BATCH_CLAMPED = 2

const LIMIT_REQUESTED = 0
const LIMIT_CAPACITY = 1
const LIMIT_INTERACTIVITY = 2
const LIMIT_SCHEDULER = 3

/** Auto replica sizing: weights may take at most this share of the replica's usable memory. */
const AUTO_WEIGHT_SHARE = 0.5 // dimensionless; leaves the rest for KV cache
/** Largest replica auto sizing will choose (SRAM-only chips need hundreds). */
const AUTO_MAX_ACCELERATORS = 4096 // accelerators

/**
 * accelerators = "auto": the smallest power of two whose usable memory holds the weights at most
 * half full and one sequence's KV cache besides, doubled further (up to the scale-up domain) while
 * even one user cannot reach the interactivity target.
 */
function autoReplicaSize(
  p: Float64Array,
  weights: number,
  oneSequence: number,
  usablePerAccelerator: number,
): number {
  let n = 1
  while (
    n < AUTO_MAX_ACCELERATORS &&
    (weights > AUTO_WEIGHT_SHARE * n * usablePerAccelerator ||
      weights + oneSequence > n * usablePerAccelerator)
  ) {
    n *= 2
  }
  const target = p[P.MIN_TOKENS_PER_S_PER_USER]!
  if (target > 0) {
    const maxStep = p[P.TOKENS_PER_STEP]! / target
    const limit = Math.max(n, p[P.SCALE_UP_DOMAIN]!)
    for (;;) {
      const model = prepareDecode(p, n, computeRoof(p, n), memoryRoof(p, n))
      if (decodeStepSeconds(p, model, 1) <= maxStep || n >= limit) break
      n *= 2
    }
  }
  return n
}

/**
 * Evaluate one packed scenario. Returns `out` (allocated if not given). `lean` skips the
 * time-to-first-token, which the analyses' inner loops do not read.
 * Status codes and slot meanings are in outputs.ts.
 */
export function evaluate(
  p: Float64Array,
  out: Float64Array = createOutput(),
  lean = false,
): Float64Array {
  out.fill(0)
  const inputTokens = p[P.INPUT_TOKENS]!
  const outputTokens = p[P.OUTPUT_TOKENS]!
  const prefixHit = p[P.PREFIX_HIT_RATE]!

  // Capacity (engine-model.md §3): usable memory minus weights, divided by one sequence's KV at
  // full context. A shared prompt prefix is stored once (PagedAttention block sharing).
  const weights = storedWeightBytes(p)
  const kvBytesPerToken = (p[P.KV_ELEMENTS_PER_TOKEN]! * p[P.KV_BITS]!) / BITS_PER_BYTE
  const stateBytes = (p[P.STATE_ELEMENTS_PER_SEQUENCE]! * p[P.STATE_BITS]!) / BITS_PER_BYTE
  const perSequence =
    (inputTokens * (1 - prefixHit) + outputTokens) * kvBytesPerToken * p[P.KV_WASTE]! + stateBytes
  const sharedPrefix = inputTokens * prefixHit * kvBytesPerToken
  const usablePerAccelerator = p[P.MEMORY_BYTES]! * p[P.KV_MEMORY_FRACTION]!
  const n =
    p[P.ACCELERATORS]! > 0
      ? p[P.ACCELERATORS]!
      : autoReplicaSize(p, weights, sharedPrefix + perSequence, usablePerAccelerator)
  out[O.ACCELERATORS] = n

  const peak = mathPeak(p)
  const rc = computeRoof(p, n)
  const rm = memoryRoof(p, n)
  out[O.MATH_PEAK_FLOPS] = peak
  const usable = n * usablePerAccelerator
  const capacity = batchCapacity(usable, weights, sharedPrefix, perSequence)
  out[O.WEIGHT_BYTES] = weights
  out[O.BATCH_CAPACITY] = capacity
  if (!(capacity >= 1)) {
    out[O.STATUS] = STATUS_DOES_NOT_FIT
    out[O.SHORTFALL_BYTES] = weights + sharedPrefix + perSequence - usable
    return out
  }

  // Batch: requested (clamped to capacity), or "max": the largest batch that fits, stays under the
  // scheduler cap and meets the interactivity target (TPOT grows monotonically with batch).
  const requested = p[P.BATCH]!
  const cap = Math.min(capacity, p[P.MAX_BATCH]!)
  let batch: number
  let limit: number
  let status = STATUS_OK
  const model: DecodeModel = prepareDecode(p, n, rc, rm)
  if (requested > 0) {
    batch = Math.floor(requested)
    limit = LIMIT_REQUESTED
    if (batch > capacity) {
      batch = capacity
      limit = LIMIT_CAPACITY
      status = STATUS_BATCH_CLAMPED
    }
  } else {
    batch = cap
    limit = capacity <= p[P.MAX_BATCH]! ? LIMIT_CAPACITY : LIMIT_SCHEDULER
    const target = p[P.MIN_TOKENS_PER_S_PER_USER]!
    if (target > 0) {
      const within = largestBatchWithin(p, model, cap, p[P.TOKENS_PER_STEP]! / target)
      if (within < cap) {
        limit = LIMIT_INTERACTIVITY
        batch = Math.max(1, within)
      }
    }
  }
  out[O.STATUS] = status
  out[O.BATCH] = batch
  out[O.BATCH_LIMIT] = limit
  out[O.KV_BYTES] = batch * perSequence + sharedPrefix

  // Phase times.
  const prefill = prefillPass(p, n, batch, rc, rm)
  writePrefill(out, prefill)
  const prefillS = prefill.seconds
  const decodeS = decodeTotals(p, model, batch, out)
  const decodeStep = out[O.DECODE_STEP_S]!
  const tpot = decodeStep / p[P.TOKENS_PER_STEP]!
  out[O.TPOT_S] = tpot
  out[O.MEETS_INTERACTIVITY] =
    p[P.MIN_TOKENS_PER_S_PER_USER]! > 0 && 1 / tpot < p[P.MIN_TOKENS_PER_S_PER_USER]! ? 0 : 1
  out[O.DECODE_BOUND] = boundOf(
    out[O.DECODE_COMPUTE_S]!,
    out[O.DECODE_MEMORY_S]!,
    out[O.DECODE_COMM_S]!,
    out[O.DECODE_STEPS]! * p[P.STEP_OVERHEAD_S]!,
  )
  const cycleS = prefillS + decodeS
  const outputPerCycle = batch * outputTokens
  const throughput = outputPerCycle / cycleS
  out[O.OUTPUT_TOKENS_PER_S] = throughput

  // TTFT: prefill of one request alone. Lean evaluations (the analyses' inner loops) need only
  // cost and energy and skip it.
  out[O.TTFT_S] = lean ? 0 : prefillPass(p, n, 1, rc, rm).seconds

  const facilityServingW = writeEnergy(
    p,
    out,
    n,
    peak,
    prefillS,
    decodeS,
    outputPerCycle,
    batch * inputTokens,
  )
  writeCost(p, out, n, facilityServingW, p[P.TDP_W]!, throughput, prefillS, cycleS, batch)
  return out
}
