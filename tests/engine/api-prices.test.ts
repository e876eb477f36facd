/**
 * API list prices as a sanity band (validation/api-prices.ts): every listing sourced, each ratio the list revenue
 * of a chat request over the engine's cost of serving it (recomputed here from runScenario), the floor never dearer
 * than the chat target, and the verdicts by their written rule.
 */
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { API_PRICE_FAR_ABOVE, apiPriceRows, runScenario } from '@/engine/index'

const file = JSON.parse(readFileSync('src/engine/validation/api-prices.json', 'utf8')) as {
  prices: { model: string; source: string; inputUsdPerM: number; outputUsdPerM: number }[]
}
const rows = apiPriceRows()

describe('API list prices against the engine', () => {
  it('has a row per listing, each with a source and positive prices', () => {
    expect(rows.length).toBe(file.prices.length)
    expect(rows.length).toBeGreaterThanOrEqual(10)
    for (const p of file.prices) {
      expect(p.source).toMatch(/^https:\/\//)
      expect(p.inputUsdPerM).toBeGreaterThan(0)
      expect(p.outputUsdPerM).toBeGreaterThan(0)
    }
  })

  it('divides the list revenue of a chat request by the engine’s all-in cost of serving it', () => {
    const row = rows.find((r) => r.model === 'llama-3.3-70b' && r.weights === undefined)!
    const outcome = runScenario({ model: 'llama-3.3-70b', hardware: 'h100-sxm', workload: 'chat' })
    if (!outcome.ok) throw new Error('refused')
    const r = outcome.result
    // 1,024 prompt and 256 answer tokens at $0.23 and $0.40 per million.
    expect([r.scenario.inputTokens, r.scenario.outputTokens]).toEqual([1024, 256])
    const list = (1024 * 0.23 + 256 * 0.4) / 1e6
    const cost = (256 * r.costPerMillionTokens.output) / 1e6
    expect(row.ratio).toBeCloseTo(list / cost, 12)
  })

  it('never finds the floor (no speed target) dearer than the chat target', () => {
    for (const r of rows) expect(r.floorUsdPerMOutput).toBeLessThanOrEqual(r.engineUsdPerMOutput)
  })

  it('gives each verdict by its rule', () => {
    for (const r of rows) {
      const expected =
        r.ratioToFloor < 1 ? 'below-floor' : r.ratio > API_PRICE_FAR_ABOVE ? 'far-above' : 'within'
      expect(r.verdict).toBe(expected)
    }
    // The stated FP8 listing runs the FP8 plan, cheaper than the native BF16 one.
    const bf16 = rows.find((r) => r.model === 'llama-3.3-70b' && r.weights === undefined)!
    const fp8 = rows.find((r) => r.model === 'llama-3.3-70b' && r.weights === 'fp8')!
    expect(fp8.deployment).toContain('fp8 weights')
    expect(fp8.engineUsdPerMOutput).toBeLessThan(bf16.engineUsdPerMOutput)
  })
})
