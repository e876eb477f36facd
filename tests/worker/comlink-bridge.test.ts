/**
 * The real bridge: engine.worker.ts's api exposed with comlink on one end of a MessageChannel and
 * the engine client's comlink `wrap` on the other, in Node. Every request and reply crosses a real
 * structured clone, as between the page and a worker, so a reply type that cannot be cloned (a
 * function, a class instance) or a lost `runId` fails here and not only in the browser.
 */
import { expose, wrap } from 'comlink'
import { afterEach, describe, expect, it } from 'vitest'

import { acceleratorById, assumptionValues } from '@/engine/index'
import { engineApi, type EngineApi } from '@/worker/engine-api'
import { createEngineClient, isStale, type EngineClient } from '@/worker/engine-client'
import { PROTOCOL_VERSION } from '@/worker/protocol'

/** One end of a channel, dressed as the Worker the client creates (postMessage, events, terminate). */
function channelWorker(): Worker {
  const { port1, port2 } = new MessageChannel()
  expose(engineApi, port1)
  const worker = {
    postMessage: (message: unknown, transfer?: Transferable[]) =>
      port2.postMessage(message, transfer ?? []),
    addEventListener: port2.addEventListener.bind(port2),
    removeEventListener: port2.removeEventListener.bind(port2),
    dispatchEvent: port2.dispatchEvent.bind(port2),
    start: () => port2.start(),
    terminate: () => {
      port1.close()
      port2.close()
    },
  }
  return worker as unknown as Worker
}

let client: EngineClient | undefined
let created = 0

function bridgedClient(): EngineClient {
  client = createEngineClient({
    createWorker: () => {
      created++
      return channelWorker()
    },
    // No in-thread fallback: a reply must come through the channel or the test fails.
    loadInThread: () => Promise.reject(new Error('the in-thread engine must not be used here')),
  })
  return client
}

afterEach(() => {
  client?.dispose()
  client = undefined
})

describe('engine api over a MessageChannel (comlink expose ↔ wrap)', () => {
  it('answers the protocol version through a bare wrap', async () => {
    const { port1, port2 } = new MessageChannel()
    expose(engineApi, port1)
    const remote = wrap<EngineApi>(port2)
    expect(await remote.version()).toBe(PROTOCOL_VERSION)
    port1.close()
    port2.close()
  })

  it('simulates through the client: the result, its labels and the runId survive the clone', async () => {
    const c = bridgedClient()
    const before = created
    const outcome = await c.simulate({ accelerators: 8, year: 2028, levers: { hbm: 1 } })
    expect(created).toBeGreaterThan(before)
    expect(c.inThread()).toBe(false)
    if (isStale(outcome) || !outcome.ok) throw new Error('simulate failed over the channel')
    expect(outcome.runId).toBeGreaterThan(0)
    expect(outcome.value.scenario.accelerators).toBe(8)
    expect(outcome.value.scenario.year).toBe(2028)
    expect(outcome.value.labels.leversOn.map((l) => l.id)).toEqual(['hbm'])
    expect(outcome.value.costPerMillionTokens.output).toBeGreaterThan(0)
  })

  it("returns an invalid input's issues as data, in the field's words", async () => {
    const c = bridgedClient()
    const outcome = await c.check({ workload: { inputTokens: -5 } })
    if (isStale(outcome) || !outcome.ok) throw new Error('check failed over the channel')
    expect(outcome.value.length).toBeGreaterThan(0)
    expect(outcome.value[0]?.path).toContain('inputTokens')
    const valid = await c.check({})
    if (isStale(valid) || !valid.ok) throw new Error('check failed over the channel')
    expect(valid.value).toEqual([])
    // A shared link's economics inputs are checked beside its scenario.
    const badEconomics = await c.check({}, { targetGrossMargin: 'high' })
    if (isStale(badEconomics) || !badEconomics.ok) throw new Error('check failed over the channel')
    expect(badEconomics.value.length).toBeGreaterThan(0)
    expect(badEconomics.value.every((i) => i.path.startsWith('economics'))).toBe(true)
    expect(badEconomics.value[0]?.message).toMatch(/^economics inputs: /)
  })

  it('answers every checkEach call, and the assumptions editor its values, over the channel', async () => {
    const c = bridgedClient()
    const [bad, good] = await Promise.all([
      c.checkEach({ workload: { inputTokens: -5 } }),
      c.checkEach({}),
    ])
    if (isStale(bad) || !bad.ok || isStale(good) || !good.ok)
      throw new Error('checkEach failed over the channel')
    expect(bad.value[0]?.path).toBe('workload.inputTokens')
    expect(good.value).toEqual([])
    const input = { hardware: { base: 'b200', memoryGB: 100 } }
    const values = await c.assumptions(input)
    if (isStale(values) || !values.ok) throw new Error('assumptions failed over the channel')
    expect(values.value).toEqual(assumptionValues(input))
    expect(values.value.current?.hardware.memoryGB).toBe(100)
    expect(values.value.defaults.hardware?.hardware.memoryGB).toBe(
      acceleratorById('b200')?.memoryGB,
    )
  })

  it('compares two scenarios, each with its 2026–2030 trajectory', async () => {
    const c = bridgedClient()
    const outcome = await c.compare([{}, { workload: { inputTokens: -1 } }])
    if (isStale(outcome) || !outcome.ok) throw new Error('compare failed over the channel')
    const [good, bad] = outcome.value
    if (!good?.ok) throw new Error('the reference should run')
    expect(good.trajectory.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030])
    expect(bad?.ok).toBe(false)
  })

  it('keeps only the latest of three requests on a channel', async () => {
    const c = bridgedClient()
    const [a, b, last] = await Promise.all([
      c.simulate({ workload: { inputTokens: 100 } }),
      c.simulate({ workload: { inputTokens: 200 } }),
      c.simulate({ workload: { inputTokens: 300 } }),
    ])
    expect(isStale(b)).toBe(true)
    if (isStale(last) || !last.ok) throw new Error('the latest request failed')
    expect(last.value.scenario.inputTokens).toBe(300)
    // The first one was already running when the others arrived: it finishes, then is superseded.
    expect(isStale(a)).toBe(true)
  })
})
