import { describe, expect, it } from 'vitest'

import { easeOut, TWEEN_MS, tweenValue } from '@/features/presentation/model/tween'

describe('tween', () => {
  it('stays under the 300 ms motion budget', () => {
    expect(TWEEN_MS).toBeLessThan(300)
  })

  it('starts at the old value and ends exactly at the new one', () => {
    expect(tweenValue(1, 0.01, 0)).toBe(1)
    expect(tweenValue(1, 0.01, 1)).toBe(0.01)
    expect(tweenValue(undefined, 5, 0.3)).toBe(5)
  })

  it('moves positive values on a log scale (halfway is the geometric mean)', () => {
    expect(tweenValue(1, 0.01, 0.5)).toBeCloseTo(0.1, 10)
    expect(tweenValue(-1, 1, 0.5)).toBeCloseTo(0, 10)
  })

  it('eases out monotonically from 0 to 1', () => {
    const samples = [0, 0.1, 0.25, 0.5, 0.75, 1].map(easeOut)
    expect(samples[0]).toBe(0)
    expect(samples[samples.length - 1]).toBe(1)
    samples.slice(1).forEach((v, i) => expect(v).toBeGreaterThan(samples[i]!))
  })
})
