import { describe, expect, it } from 'vitest'

import { mathPeakFlops } from '@/engine/physics/precision'

// H100 SXM dense peaks (FLOP/s): BF16 989.4 T, FP8 1,978.9 T; a made-up 4-bit peak twice FP8.
const P16 = 989.4e12
const P8 = 1978.9e12
const P4 = 3957.8e12

describe('mathPeakFlops', () => {
  it('gives each format its own peak, wider formats proportionally less', () => {
    expect(mathPeakFlops(16, P16, P8, P4)).toBe(P16)
    expect(mathPeakFlops(8, P16, P8, P4)).toBeCloseTo(P8, -6)
    expect(mathPeakFlops(4, P16, P8, P4)).toBeCloseTo(P4, -6)
    expect(mathPeakFlops(32, P16, P8, P4)).toBe(P16 / 2)
    expect(mathPeakFlops(2, P16, P8, P4)).toBe(P4)
  })

  it('interpolates a fractional width geometrically: 12 bits is the geometric mean of 16 and 8 at log2 distance', () => {
    // log2(16 / 12) = 0.415: P16 × (P8 / P16)^0.415 = P16 × 2^0.415 for a doubling FP8 peak.
    expect(mathPeakFlops(12, P16, 2 * P16, P4) / P16).toBeCloseTo(2 ** Math.log2(16 / 12), 12)
  })

  it('answers each question afresh whatever was asked just before (its one-entry memo never leaks)', () => {
    // The same widths and peaks in different orders, and the same width on other peaks.
    const first = [16, 8, 4, 8, 8, 16, 6, 6].map((b) => mathPeakFlops(b, P16, P8, P4))
    expect(first[1]).toBe(first[3])
    expect(first[3]).toBe(first[4])
    expect(first[0]).toBe(P16)
    expect(first[5]).toBe(P16)
    expect(first[6]).toBe(first[7])
    // Between 8 and 4 bits: strictly between the two peaks.
    expect(first[6]).toBeGreaterThan(P8)
    expect(first[6]).toBeLessThan(P4)
    // Another part at the same width: its own peak, not the last answer.
    expect(mathPeakFlops(8, 312e12, 624e12, 624e12)).toBeCloseTo(624e12, -6)
    expect(mathPeakFlops(8, P16, P8, P4)).toBe(first[1])
    // Only the 4-bit peak changes: a 6-bit width moves with it, a 16-bit one does not.
    expect(mathPeakFlops(6, P16, P8, 2 * P4)).toBeGreaterThan(first[6]!)
    expect(mathPeakFlops(16, P16, P8, 2 * P4)).toBe(P16)
  })
})
