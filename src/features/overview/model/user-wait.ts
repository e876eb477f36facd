import type { SimulationResult } from '@/engine/index'

/** What one user waits for a whole answer, as opposed to the machine time a request costs. */
export interface UserWait {
  /** Time to first token + output tokens × time per output token, in seconds. */
  readonly seconds: number
  readonly ttftSeconds: number
  readonly tpotSeconds: number
  readonly outputTokens: number
}

/**
 * A user's wait: the first token after the time to first token, then one token per time per output
 * token. The breakdown's "machine time per request" is the replica's time divided over the batch,
 * far shorter, because the batch's requests are served together.
 */
export function userWait(result: SimulationResult): UserWait {
  const { ttftSeconds, tpotSeconds } = result.latency
  const outputTokens = result.scenario.outputTokens
  return {
    seconds: ttftSeconds + outputTokens * tpotSeconds,
    ttftSeconds,
    tpotSeconds,
    outputTokens,
  }
}
