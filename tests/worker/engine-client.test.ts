import { describe, expect, it } from 'vitest'

import { analyze, resolveScenario } from '@/engine/index'
import { engineApi } from '@/worker/engine-api'
import { createEngineClient, isStale } from '@/worker/engine-client'

const input = {
  levers: { hbm: 1, modelOptimization: 1, inferenceEngine: 0.5 },
  year: 2030,
} as const

describe('engine client (in-thread)', () => {
  it('splits the heavy analyses across two lanes and returns the same attribution and bands as one thread', async () => {
    const client = createEngineClient({ loadInThread: () => Promise.resolve(engineApi) })
    const outcome = await client.analyze(
      input,
      { parts: ['uncertainty', 'attribution', 'sensitivity'] },
      'heavy',
    )
    if (isStale(outcome) || !outcome.ok) throw new Error('heavy analysis failed')
    const resolved = resolveScenario(input)
    if (!resolved.ok) throw new Error('invalid')
    const single = analyze(resolved.scenario, { parts: ['attribution'] }).attribution
    expect(outcome.value.attribution?.players).toEqual(single?.players)
    for (const id of single?.players ?? []) {
      expect(outcome.value.attribution?.cost[id]).toBeCloseTo(single?.cost[id] ?? Number.NaN, 8)
    }
    expect(outcome.value.uncertainty).toHaveLength(5)
    expect(outcome.value.partials).toBeUndefined()
    // The bands from two halves of the samples are exactly the one-thread bands.
    expect(outcome.value.uncertainty).toEqual(
      analyze(resolved.scenario, { parts: ['uncertainty'] }).uncertainty,
    )
    // The tornado, each lane pricing half its levers, is exactly the one-thread tornado.
    expect(outcome.value.sensitivity?.length).toBe(3)
    expect(outcome.value.sensitivity).toEqual(
      analyze(resolved.scenario, { parts: ['sensitivity'] }).sensitivity,
    )
    client.dispose()
  })

  it('splits the heavy analyses also when no lever is in play (an empty attribution)', async () => {
    const client = createEngineClient({ loadInThread: () => Promise.resolve(engineApi) })
    const outcome = await client.analyze(
      {},
      { parts: ['uncertainty', 'attribution', 'sensitivity'] },
      'heavy',
    )
    if (isStale(outcome) || !outcome.ok) throw new Error('heavy analysis failed')
    expect(outcome.value.attribution?.players).toEqual([])
    expect(outcome.value.attribution?.totalCost).toBe(0)
    client.dispose()
  })

  it('answers only the latest request of a channel', async () => {
    const client = createEngineClient({ loadInThread: () => Promise.resolve(engineApi) })
    const first = client.simulate({ workload: { inputTokens: 100 } })
    const second = client.simulate({ workload: { inputTokens: 200 } })
    const third = client.simulate({ workload: { inputTokens: 300 } })
    const [a, b, c] = await Promise.all([first, second, third])
    expect(isStale(b)).toBe(true)
    expect(isStale(c)).toBe(false)
    if (isStale(c) || !c.ok) throw new Error('latest request failed')
    expect(c.value.scenario.inputTokens).toBe(300)
    void a
    client.dispose()
  })

  it('answers every call of checkEach, while overlapping checks keep only the latest', async () => {
    const client = createEngineClient({ loadInThread: () => Promise.resolve(engineApi) })
    const bad = { workload: { inputTokens: -5 } }
    const each = await Promise.all([
      client.checkEach(bad),
      client.checkEach({}),
      client.checkEach(bad),
    ])
    const answers = each.map((outcome) => {
      if (isStale(outcome) || !outcome.ok) throw new Error('a checkEach call got no answer')
      return outcome.value.length
    })
    expect(answers[0]).toBeGreaterThan(0)
    expect(answers[1]).toBe(0)
    expect(answers[2]).toBe(answers[0])
    // The link check's channel: an overlapped check is superseded, and checkEach never supersedes it.
    const [first, , latest] = await Promise.all([
      client.check(bad),
      client.check(bad),
      client.check({}),
      client.checkEach(bad),
    ])
    expect(isStale(first)).toBe(true)
    expect(isStale(latest)).toBe(false)
    client.dispose()
  })
})
