import { describe, expect, it } from 'vitest'

import { betterResult } from '@/engine/analysis/context'
import { createOutput, O } from '@/engine/kernel'

function result(cost: number, unmet = 0, status = 0): Float64Array {
  const out = createOutput()
  out[O.USD_PER_M_OUTPUT] = cost
  out[O.TARGET_UNMET] = unmet
  out[O.STATUS] = status
  return out
}

describe('analyses rank results as the search ranks plans', () => {
  it('a result without a price (does not fit: cost 0) ranks after any priced one', () => {
    const doesNotFit = result(0, 0, 1)
    expect(betterResult(result(5), doesNotFit)).toBe(true)
    expect(betterResult(doesNotFit, result(5))).toBe(false)
    // Even a priced result that misses a target.
    expect(betterResult(result(5, 1), doesNotFit)).toBe(true)
    expect(betterResult(doesNotFit, result(5, 1))).toBe(false)
  })

  it('meeting the targets first, then the cheaper', () => {
    expect(betterResult(result(5), result(2, 1))).toBe(true)
    expect(betterResult(result(2, 1), result(5))).toBe(false)
    expect(betterResult(result(2), result(5))).toBe(true)
    expect(betterResult(result(5), result(5))).toBe(false)
  })
})
