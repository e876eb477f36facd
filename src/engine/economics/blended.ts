import { TOKENS_PER_MILLION } from '../constants'

/**
 * Blended cost, USD per million tokens processed: the whole cost of a request ÷ every token it
 * processes (prompt + output). The review of Dec 2026 (§4) found the old blend, (3 × input price +
 * 1 × output price) ÷ 4, counted prefill twice: the output price already carries the whole request,
 * prompt reading included. For the 2026 reference this is $0.196/M, not $0.3625/M.
 */
export function blendedUsdPerMillionTokens(
  usdPerRequest: number,
  inputTokens: number,
  outputTokens: number,
): number {
  const tokens = inputTokens + outputTokens
  return tokens > 0 ? (usdPerRequest / tokens) * TOKENS_PER_MILLION : 0
}
