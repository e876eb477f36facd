import { describe, expect, it } from 'vitest'

import { memoryModel } from '@/features/overview/model/memory'

import { engineResult } from './fixtures'

describe('memoryModel', () => {
  it('splits usable memory into weights, KV cache and free (hand computed)', () => {
    const base = engineResult()
    const m = memoryModel({ ...base, memory: { weightsGB: 140, kvCacheGB: 60, usableGB: 400 } })
    expect(m.segments).toEqual([
      { key: 'weights', label: 'Weights', gb: 140, share: 0.35 },
      { key: 'kvCache', label: 'KV cache', gb: 60, share: 0.15 },
      { key: 'free', label: 'Free', gb: 200, share: 0.5 },
    ])
  })

  it('never shows negative free memory', () => {
    const base = engineResult()
    const m = memoryModel({ ...base, memory: { weightsGB: 300, kvCacheGB: 120, usableGB: 400 } })
    expect(m.segments[2]?.gb).toBe(0)
  })
})
