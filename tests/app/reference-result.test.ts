import { describe, expect, it } from 'vitest'

import { seedReferenceResult } from '@/app/first-paint'
import referenceResult from '@/app/reference-result.json'
import { runScenario } from '@/engine/index'
import { createAppStore } from '@/state/store'

describe('the result shown on first paint (first-paint.ts)', () => {
  it('is exactly what the engine computes for the default scenario now (else: npm run golden)', () => {
    const live = runScenario({})
    expect(live.ok).toBe(true)
    if (!live.ok) throw new Error('the default scenario must run')
    // Through JSON, as the file holds it: every number and word the same.
    expect(JSON.parse(JSON.stringify(live.result))).toEqual(referenceResult)
    expect(live.result.costPerMillionTokens.output).toBeGreaterThan(0)
  })

  it('fills an empty store for the untouched default scenario only', () => {
    const store = createAppStore()
    expect(seedReferenceResult(store)).toBe(true)
    expect(store.getState().run.result?.costPerMillionTokens.output).toBe(
      referenceResult.costPerMillionTokens.output,
    )
    expect(store.getState().run.status).toBe('done')
    // A second call changes nothing: a result is already there.
    expect(seedReferenceResult(store)).toBe(false)

    const edited = createAppStore()
    edited.getState().setLever('mixtureOfExperts', 0.5)
    expect(seedReferenceResult(edited)).toBe(false)
    expect(edited.getState().run.result).toBeUndefined()

    const linked = createAppStore()
    linked.getState().setScenario({ model: 'llama-3.1-8b' })
    expect(seedReferenceResult(linked)).toBe(false)
    expect(linked.getState().run.result).toBeUndefined()
  })
})
