import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { resolveScenario } from '@/engine/index'
import { adoptionsFor, applyCompiled, applyLevers, compileLever } from '@/engine/levers/apply'
import { LEVERS } from '@/engine/levers/catalog'
import { LEVER_IDS } from '@/engine/levers/ids'
import { packScenario } from '@/engine/pack'

const MODELS = ['llama-3.3-70b', 'deepseek-v3', 'jamba-1.5-mini', 'llama-3.1-8b'] as const

describe('applyLevers fast path', () => {
  it('matches compiling each lever and applying the compiled effects (seed 7031)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MODELS),
        fc.constantFrom('article', 'evidence'),
        fc.integer({ min: 2026, max: 2030 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
          minLength: LEVER_IDS.length,
          maxLength: LEVER_IDS.length,
        }),
        (model, set, year, sliders) => {
          const levers = Object.fromEntries(LEVER_IDS.map((id, i) => [id, sliders[i]!]))
          const resolved = resolveScenario({ model, levers, year, assumptions: set })
          if (!resolved.ok) throw new Error('scenario invalid')
          const fast = packScenario(resolved.scenario)
          const slow = fast.slice()
          applyLevers(fast, levers, year, set)
          const adoptions = adoptionsFor(levers, year)
          const base = slow.slice()
          applyCompiled(
            slow,
            LEVERS.map((lever, i) => (adoptions[i] === 0 ? [] : compileLever(lever, set, base))),
            adoptions,
          )
          for (let i = 0; i < fast.length; i++) {
            expect(fast[i]).toBeCloseTo(
              slow[i]!,
              Math.max(0, 12 - Math.ceil(Math.log10(Math.abs(slow[i]!) + 1))),
            )
          }
        },
      ),
      { seed: 7031, numRuns: 60 },
    )
  })

  it('leaves the parameters alone when every slider is 0', () => {
    const resolved = resolveScenario({})
    if (!resolved.ok) throw new Error('scenario invalid')
    const params = packScenario(resolved.scenario)
    const before = params.slice()
    applyLevers(params, {}, 2030, 'article')
    expect([...params]).toEqual([...before])
  })
})
