/**
 * Speculative / multi-token decoding as a result reports it (issue 13 item 5): whether it ran, the
 * tokens accepted and verified per step, and why, from the kernel's slots (kernel/speculative.ts).
 */
import { groupedNumber } from './format'
import { O } from './kernel'
import {
  SPEC_COSTS_MORE,
  SPEC_FIXED_DRAFT,
  SPEC_FULL_DRAFT,
  SPEC_SHORTER_DRAFT,
} from './kernel/speculative'
import type { SpeculativeResult } from './result'

const usd = (x: number): string =>
  `$${x >= 10 ? x.toFixed(2) : x >= 0.1 ? x.toFixed(3) : x.toPrecision(3)}`

/** Drafted tokens of a step that verifies `verified` tokens: "3", "2.50". */
function draftCount(verified: number): string {
  return Number.isInteger(verified - 1) ? String(verified - 1) : (verified - 1).toFixed(2)
}

function drafts(verified: number): string {
  return `${draftCount(verified)} drafted token${verified === 2 ? '' : 's'}`
}

/** How two costs compare, in words: "31 % cheaper than without it ($1.18 vs $1.72 per million output tokens)". */
function comparison(on: number, off: number, word: 'cheaper' | 'dearer'): string {
  const share = word === 'cheaper' ? 1 - on / off : on / off - 1
  const pct = share * 100 < 1 ? 'under 1 %' : `${(share * 100).toFixed(0)} %`
  return `${pct} ${word} than without it (${usd(on)} vs ${usd(off)} per million output tokens)`
}

/**
 * The speculative-decoding block of a result. `verifiedConfigured`: the scenario's full draft;
 * `taskScale`: the drafts its task accepts relative to chat (physics/speculative.ts).
 */
export function speculativeResult(
  out: Float64Array,
  verifiedConfigured: number,
  taskScale: number,
): SpeculativeResult {
  const reasonCode = out[O.SPEC_REASON]!
  const accepted = out[O.SPEC_ACCEPTED_PER_STEP]!
  const verified = out[O.SPEC_VERIFIED_PER_STEP]!
  const off = out[O.SPEC_OFF_USD_PER_M]!
  const on = out[O.SPEC_ON_USD_PER_M]!
  const batch = groupedNumber(out[O.BATCH]!)
  let reason: string
  if (reasonCode === SPEC_FULL_DRAFT || reasonCode === SPEC_SHORTER_DRAFT) {
    const draft =
      reasonCode === SPEC_SHORTER_DRAFT
        ? `a shorter draft at batch ${batch}: ${drafts(verified)} per step instead of ${draftCount(verifiedConfigured)}`
        : `${drafts(verified)} per step at batch ${batch}`
    reason =
      `On with ${draft}, ${accepted.toFixed(2)} accepted on average${taskScale === 1 ? '' : ` (this task accepts ${taskScale}× the drafts chat does)`}: ` +
      `${comparison(out[O.USD_PER_M_OUTPUT]!, off, 'cheaper')}. ` +
      'The weights and KV cache are read once for all the verified tokens.'
  } else if (reasonCode === SPEC_FIXED_DRAFT) {
    const total = out[O.USD_PER_M_OUTPUT]!
    const versus =
      total <= off ? comparison(total, off, 'cheaper') : comparison(total, off, 'dearer')
    reason =
      `On as configured (serving.speculationPolicy "fixed"): ${drafts(verified)} per step at batch ${batch}, ` +
      `${accepted.toFixed(2)} accepted on average, ${versus}.`
  } else if (reasonCode === SPEC_COSTS_MORE) {
    const costs = Number.isFinite(on)
      ? `would cost more than the steps it saves (${usd(on)} vs ${usd(off)} per million output tokens)`
      : 'would take longer per accepted token than decoding one token per step (the verify work is compute-bound there)'
    reason =
      `Off: at batch ${batch} verifying ${drafts(verifiedConfigured)} per step ${costs}, ` +
      'so the stack decodes one token per step, as serving stacks do under load.'
  } else {
    reason = 'None configured: one token per decode step.'
  }
  return {
    enabled: out[O.SPEC_ENABLED] === 1,
    acceptedTokensPerStep: accepted,
    verifiedTokensPerStep: verified,
    reason,
  }
}
