/**
 * passCollectives fills a caller's object in place for hot loops (the draft-length choice in
 * kernel/speculative.ts): the same numbers as a fresh answer, and nothing left from an earlier group.
 */
import { describe, expect, it } from 'vitest'

import { resolveScenario } from '@/engine/index'
import { emptyPassCollectives, passCollectives } from '@/engine/kernel/collectives'
import { scenarioParams } from '@/engine/simulate'

function paramsOf(model: string, hardware: string): Float64Array {
  const r = resolveScenario({ model, hardware })
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '))
  return scenarioParams(r.scenario)
}

describe('passCollectives in place', () => {
  it('writes what a fresh call returns, for dense and MoE models and any group', () => {
    const scratch = emptyPassCollectives()
    for (const p of [paramsOf('llama-3.3-70b', 'h100-sxm'), paramsOf('deepseek-v3', 'b200')])
      for (const n of [8, 1, 4, 72, 1]) {
        const fresh = passCollectives(p, n)
        expect(passCollectives(p, n, scratch)).toBe(scratch)
        expect({ ...scratch }).toEqual({ ...fresh })
      }
    // A group of one leaves nothing of the last group in the scratch.
    passCollectives(paramsOf('llama-3.3-70b', 'h100-sxm'), 8, scratch)
    passCollectives(paramsOf('llama-3.3-70b', 'h100-sxm'), 1, scratch)
    expect({ ...scratch }).toEqual({ fixedSeconds: 0, secondsPerToken: 0, linkBytesPerToken: 0 })
  })

  it('gives an eight-way group of a 70B model a positive latency and bandwidth time', () => {
    const c = passCollectives(paramsOf('llama-3.3-70b', 'h100-sxm'), 8)
    expect(c.fixedSeconds).toBeGreaterThan(0)
    expect(c.secondsPerToken).toBeGreaterThan(0)
  })
})
