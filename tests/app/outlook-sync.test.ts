import { afterEach, describe, expect, it } from 'vitest'

import { startEngineSync } from '@/app/engine-sync'
import { outlookConditions, outlookInputs, startOutlookSync } from '@/app/outlook-sync'
import { presetById, runScenario, type ScenarioInput } from '@/engine/index'
import { createAppStore } from '@/state/store'
import { engineApi } from '@/worker/engine-api'
import { createEngineClient, type EngineClient } from '@/worker/engine-client'

const stops: (() => void)[] = []
afterEach(() => {
  while (stops.length) stops.pop()?.()
})

/** The engine in-thread, with the outlook's batches counted. */
function countingClient(): { client: EngineClient; outlookBatches: ScenarioInput[][] } {
  const client = createEngineClient({ loadInThread: () => Promise.resolve(engineApi) })
  const outlookBatches: ScenarioInput[][] = []
  const counting: EngineClient = {
    ...client,
    outlook: (inputs) => {
      outlookBatches.push([...inputs])
      return client.outlook(inputs)
    },
  }
  return { client: counting, outlookBatches }
}

async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const start = Date.now()
  while (!condition()) {
    if (Date.now() - start > ms) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

function costOf(input: ScenarioInput): number {
  const outcome = runScenario(input)
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '))
  return outcome.result.costPerMillionTokens.output
}

describe('outlook sync', () => {
  it('the conditions leave out what presets set: levers, year and assumption set', () => {
    const conditions = outlookConditions({
      model: 'llama-3.1-8b',
      levers: { hbm: 1 },
      year: 2029,
      assumptions: 'evidence',
      accelerators: 2,
    })
    expect(conditions).toEqual({ model: 'llama-3.1-8b', accelerators: 2 })
    const [baseline, ...presets] = outlookInputs(conditions)
    expect(baseline).toEqual({ model: 'llama-3.1-8b', accelerators: 2, levers: {}, year: 2026 })
    expect(presets[0]).toEqual({
      model: 'llama-3.1-8b',
      accelerators: 2,
      ...presetById('article-all')!.input,
    })
    // Last: the article's own baseline, the same setup in FP16 with no levers in 2026.
    expect(presets.at(-1)).toEqual({
      model: 'llama-3.1-8b',
      accelerators: 2,
      precision: { weights: 'fp16', activations: 'fp16', kvCache: 'fp16' },
      levers: {},
      year: 2026,
    })
  })

  it('after the first result, shows each headline preset for 2030 against the 2026 baseline', async () => {
    const store = createAppStore()
    const { client } = countingClient()
    stops.push(startEngineSync(store, client), startOutlookSync(store, client))
    await until(() => store.getState().outlook.status === 'done')
    const points = store.getState().outlook.points!
    expect(points.map((p) => p.presetId)).toEqual(['article-all', 'aggressive', 'conservative'])
    const baselineCost = costOf({ levers: {}, year: 2026 })
    for (const p of points) {
      expect(p.year).toBe(2030)
      expect(p.costPerMillionOutput).toBeCloseTo(costOf(presetById(p.presetId)!.input), 12)
      expect(p.costFold).toBeCloseTo(baselineCost / p.costPerMillionOutput, 9)
      expect(p.energyFold).toBeGreaterThan(1)
    }
    // The article's effects promise more than the independent evidence, which beats partial adoption.
    expect(points[0]!.costFold).toBeGreaterThan(points[1]!.costFold)
    expect(points[1]!.costFold).toBeGreaterThan(points[2]!.costFold)
    expect(points[2]!.costFold).toBeGreaterThan(1)
    // Against the article's FP16 baseline, from the same batch.
    const fp16Cost = costOf({
      levers: {},
      year: 2026,
      precision: { weights: 'fp16', activations: 'fp16', kvCache: 'fp16' },
    })
    for (const p of points) {
      expect(p.costFoldVsFp16).toBeCloseTo(fp16Cost / p.costPerMillionOutput, 9)
    }
    const baseline = store.getState().outlook.baseline
    expect(baseline?.practice).toMatch(/^Llama 3\.3 70B.* BF16 on 8× .*H100/)
    expect(baseline?.fp16).toMatch(/^Llama 3\.3 70B.* FP16 on 8× .*H100/)
  })

  it('a slider move does not re-run it; a new model does', async () => {
    const store = createAppStore()
    const { client, outlookBatches } = countingClient()
    stops.push(startEngineSync(store, client), startOutlookSync(store, client))
    await until(() => store.getState().outlook.status === 'done')
    expect(outlookBatches).toHaveLength(1)
    const before = store.getState().outlook.points
    store.getState().setLever('hbm', 0.5)
    await until(() => store.getState().run.status === 'done')
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(outlookBatches).toHaveLength(1)
    store.getState().updateScenario((s) => ({ ...s, model: 'llama-3.1-8b' }))
    await until(() => outlookBatches.length === 2 && store.getState().outlook.status === 'done')
    expect(outlookBatches[1]![0]).toMatchObject({ model: 'llama-3.1-8b', year: 2026 })
    expect(store.getState().outlook.points).not.toEqual(before)
  })
})
