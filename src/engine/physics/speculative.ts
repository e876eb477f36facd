/**
 * Speculative and multi-token decoding (issue 13 item 5): how many drafted tokens a step accepts,
 * and how that depends on the task. The cost side (the draft passes and the verify work of the
 * extra tokens) is in kernel/decode.ts; the choice of draft length and the switch-off where it
 * does not pay are in kernel/speculative.ts.
 *
 * Acceptance: a draft of k tokens, each accepted with probability α given the ones before it were,
 * yields E[tokens per step] = (1 − α^(k+1)) / (1 − α) (Leviathan, Kalman & Matias, "Fast Inference
 * from Transformers via Speculative Decoding", ICML 2023, arXiv 2211.17192, eq. 1; grade H). The
 * scenario (or the `multiTokenDecoding` lever) states the accepted and verified tokens per step at
 * the full draft on a chat workload; α follows from them, and a shorter draft accepts fewer.
 */
import type { WorkloadId } from '../catalog/types'

/**
 * Accepted tokens per step with `drafted` draft tokens at per-token acceptance `alpha`: the one the
 * target model always produces plus the expected run of accepted drafts. `drafted` may be fractional
 * (a fleet mix of draft lengths).
 */
export function acceptedTokensPerStep(alpha: number, drafted: number): number {
  if (!(drafted > 0)) return 1
  if (alpha >= 1) return 1 + drafted
  return (1 - Math.pow(alpha, drafted + 1)) / (1 - alpha)
}

/**
 * The per-token acceptance α at which a draft of `drafted` tokens yields `accepted` tokens per step
 * (the inverse of acceptedTokensPerStep in α, which rises with α).
 *
 * Newton's method on g(α) = 1 − α^(k+1) − A (1 − α), whose roots are the α sought and α = 1. g is
 * concave (g'' = −(k+1) k α^(k−1) < 0) with g(0) = 1 − A < 0, so from α = 0 every Newton step lands
 * on or below the root and the iterates climb to it monotonically, never overshooting to the
 * spurious root at 1; convergence is quadratic near it: about six powers where bisection to 1e-12
 * took forty (a Monte Carlo sample draws a new acceptance each time, so the memo below misses).
 */
export function draftAcceptanceRate(accepted: number, drafted: number): number {
  if (!(drafted > 0) || accepted <= 1) return 0
  if (accepted >= 1 + drafted) return 1
  // The analyses ask for the same (accepted, drafted) in every evaluation of a lever subset with
  // the same speculation.
  if (accepted === lastRate.accepted && drafted === lastRate.drafted) return lastRate.alpha
  const k1 = drafted + 1
  let alpha = 0
  for (let i = 0; i < 100; i++) {
    const power = Math.pow(alpha, drafted) // α^k
    const g = 1 - power * alpha - accepted * (1 - alpha)
    const slope = accepted - k1 * power
    const next = alpha - g / slope
    // Monotone from below: a step that does not climb has converged (to the last bit).
    if (!(next > alpha)) break
    alpha = next
  }
  lastRate.accepted = accepted
  lastRate.drafted = drafted
  lastRate.alpha = alpha
  return alpha
}

/**
 * One-entry memo of draftAcceptanceRate (a pure function of its two arguments, so the cache
 * cannot change a result; the same pattern as expertsTouched's logarithm in memory.ts).
 */
const lastRate = { accepted: Number.NaN, drafted: Number.NaN, alpha: 0 }

/**
 * Accepted tokens per step for a task: the scenario's figure is for chat; other tasks accept a
 * longer or shorter run of drafts. `scale` multiplies the drafts accepted beyond the first token,
 * bounded by what the draft can give.
 */
export function taskAcceptedTokens(accepted: number, verified: number, scale: number): number {
  return Math.min(verified, 1 + (accepted - 1) * scale)
}

/**
 * Accepted drafts per step on each task relative to chat (mean accepted length minus one over the
 * same on MT-bench). Measured with EAGLE-3 heads at temperature 1, K = 7: Llama 3.3 70B
 * (RedHatAI speculator) MT-bench 2.88, HumanEval 3.62, GSM8K 3.29; Llama 3.1 8B (yuhuili) 2.77, 3.49,
 * 3.34 (model card of nebius/EAGLE3-Llama-3.3-70B-Instruct, huggingface.co, 2025; grade M). Code
 * repeats its context and accepts most (×1.39–1.41); maths and step-by-step reasoning next
 * (×1.22–1.32); summarisation (CNN/DM) accepts least of EAGLE-3's five tasks (Li et al.,
 * arXiv 2503.01840, Table 1; grade M for the direction, L for the ×0.9 we put on RAG).
 */
export const TASK_ACCEPTANCE_SCALE: Readonly<Record<WorkloadId | 'custom', number>> = {
  chat: 1, // MT-bench: the reference
  voice: 1, // conversational, as chat (grade L)
  coding: 1.4, // HumanEval ×1.39 (70B), ×1.41 (8B)
  reasoning: 1.25, // GSM8K ×1.22 (70B), ×1.32 (8B)
  agentic: 1.2, // tool calls and code edits: between chat and code (grade L)
  rag: 0.9, // answers drawn from long retrieved context: summarisation-like, lowest in EAGLE-3 (grade L)
  custom: 1,
}
