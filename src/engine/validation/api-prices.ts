/**
 * API list prices as a sanity band for the engine's cost (issue 14 item 2): for each listed model, what a
 * request of the chat workload brings at the list price (prompt tokens × input price + answer tokens × output
 * price) against what the engine says it costs to serve (answer tokens × the all-in cost per million output
 * tokens, which includes reading the prompt) on the default 2026 practice: an H100 SXM deployment the search
 * chooses for the chat workload (40 tokens/s per user), the model's native format or the one the listing states,
 * owned hardware (TCO); and at the engine's floor, the same with no speed target (the largest batch memory
 * allows), the cheapest way the engine knows to serve it. Not a measurement and never fitted: a provider's price
 * holds its margin, discounts, utilisation, speed and hardware. The check: a list price below the engine's floor
 * says the engine prices serving above what the market charges (or the provider sells below cost), a flag worth
 * reading; far above the engine's cost at the chat target says the engine leaves a margin no market would keep.
 */
import { runScenario } from '../simulate'

import prices from './api-prices.json'

export interface ApiPrice {
  readonly model: string
  readonly provider: string
  readonly listing: string
  readonly inputUsdPerM: number
  readonly outputUsdPerM: number
  /** The weight format the listing states (FP8 weights, activations and KV cache); absent: the model's native. */
  readonly weights?: 'fp8'
  readonly source: string
}

export const API_PRICES: readonly ApiPrice[] = prices.prices as readonly ApiPrice[]
export const API_PRICES_READ: string = prices.read

/** Far above: list revenue more than this many times the engine's cost at the chat target. */
export const API_PRICE_FAR_ABOVE = 10

export interface ApiPriceRow extends ApiPrice {
  readonly inputTokens: number
  readonly outputTokens: number
  /** Engine, chat target (40 tokens/s per user): all-in USD per million output tokens, and its deployment. */
  readonly engineUsdPerMOutput: number
  readonly deployment: string
  /** Engine, no speed target (the largest batch memory allows): the floor of what serving can cost. */
  readonly floorUsdPerMOutput: number
  readonly floorDeployment: string
  /** List revenue of one request ÷ the engine's cost of serving it at the chat target. */
  readonly ratio: number
  /** List revenue of one request ÷ the engine's floor. */
  readonly ratioToFloor: number
  /**
   * below-floor: the list price is under the engine's cheapest way to serve the model (the engine prices serving
   * above what the market charges, or the provider sells below cost); far-above: more than API_PRICE_FAR_ABOVE×
   * the engine's cost at the chat target; within otherwise.
   */
  readonly verdict: 'within' | 'below-floor' | 'far-above'
}

function engineCost(p: ApiPrice, minOutputTokensPerSecondPerUser?: number) {
  const outcome = runScenario({
    model: p.model,
    hardware: 'h100-sxm',
    workload:
      minOutputTokensPerSecondPerUser === undefined
        ? 'chat'
        : { preset: 'chat', minOutputTokensPerSecondPerUser },
    ...(p.weights ? { precision: { weights: p.weights, activations: 'fp8', kvCache: 'fp8' } } : {}),
  })
  if (!outcome.ok) throw new Error(`${p.model}: ${outcome.issues.map((i) => i.message).join('; ')}`)
  const r = outcome.result
  return {
    result: r,
    deployment: `${r.scenario.accelerators}× ${r.scenario.hardwareName}, ${r.deployment.label}, ${r.scenario.precision.weights} weights, batch ${r.batchSize}`,
  }
}

export function apiPriceRows(): ApiPriceRow[] {
  return API_PRICES.map((p) => {
    const chat = engineCost(p)
    const floor = engineCost(p, 0)
    const r = chat.result
    const inputTokens = r.scenario.inputTokens
    const outputTokens = r.scenario.outputTokens
    const listUsd = (inputTokens * p.inputUsdPerM + outputTokens * p.outputUsdPerM) / 1e6
    const perRequest = (usdPerMOutput: number) => (outputTokens * usdPerMOutput) / 1e6
    const ratio = listUsd / perRequest(r.costPerMillionTokens.output)
    const ratioToFloor = listUsd / perRequest(floor.result.costPerMillionTokens.output)
    return {
      ...p,
      inputTokens,
      outputTokens,
      engineUsdPerMOutput: r.costPerMillionTokens.output,
      deployment: chat.deployment,
      floorUsdPerMOutput: floor.result.costPerMillionTokens.output,
      floorDeployment: floor.deployment,
      ratio,
      ratioToFloor,
      verdict:
        ratioToFloor < 1 ? 'below-floor' : ratio > API_PRICE_FAR_ABOVE ? 'far-above' : 'within',
    }
  })
}
