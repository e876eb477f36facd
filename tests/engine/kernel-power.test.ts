import { describe, expect, it } from 'vitest'

import { CLOCK_SHARE_FLOOR, throttleFor, type PhaseWork } from '../../src/engine/kernel/power'

/** Fits the headroom at clock s, written out from the model (power.ts): time x headroom >= energy. */
function fits(w: PhaseWork, s: number, headroomW: number): boolean {
  // Linear kernels: the larger roof plus the exposed share of the smaller (physics/roofline.ts).
  const c = w.linearComputeS / s
  const m = w.linearMemoryS
  const linear = Math.max(c, m) + w.overlapLoss * Math.min(c, m)
  const attention = Math.max(w.attentionComputeS / s, w.attentionMemoryS)
  // Memory-only kernels (an MoE's dispatch and combine) follow no clock.
  return (linear + attention + w.memoryS + w.fixedS) * headroomW >= w.computeJ * s * s + w.otherJ
}

/** A small deterministic generator (no Math.random in tests). */
function* phases(count: number): Generator<PhaseWork> {
  let x = 12345
  const next = (): number => {
    x = (x * 1103515245 + 12345) % 2147483648
    return x / 2147483648
  }
  for (let i = 0; i < count; i++) {
    yield {
      computeJ: 100 + 900 * next(),
      otherJ: 50 * next(),
      linearComputeS: next(),
      linearMemoryS: next(),
      // every third phase on the ideal roofline, the others with part of the shorter roof exposed
      overlapLoss: i % 3 === 0 ? 0 : next(),
      attentionComputeS: 0.3 * next(),
      attentionMemoryS: 0.3 * next(),
      // every other phase with memory-only kernels beside the rest
      memoryS: i % 2 === 0 ? 0 : 0.2 * next(),
      fixedS: 0.1 * next(),
    }
  }
}

describe('the power limit: the clock a throttled phase runs at', () => {
  it('is the highest clock that fits: fits at it, not 1e-12 above (500 random phases)', () => {
    const headroomW = 300
    const solved = [...phases(500)]
      .map((w) => ({ w, t: throttleFor(w, 100, 100 + headroomW)! }))
      .filter(({ t }) => t.stretch === 1 && t.clockShare < 1)
    for (const { w, t } of solved) {
      expect(t.clockShare).toBeGreaterThanOrEqual(CLOCK_SHARE_FLOOR)
      expect(fits(w, t.clockShare, headroomW)).toBe(true)
      expect(fits(w, t.clockShare + 1e-12, headroomW)).toBe(false)
    }
    const throttled = solved.length
    // the sample must exercise the solve, not only the unthrottled and stretched cases
    expect(throttled).toBeGreaterThan(50)
  })

  it('is full clock when the phase fits the limit, and null below static power', () => {
    const light: PhaseWork = {
      computeJ: 1,
      otherJ: 1,
      linearComputeS: 1,
      linearMemoryS: 1,
      overlapLoss: 0.5,
      attentionComputeS: 0,
      attentionMemoryS: 0,
      memoryS: 0,
      fixedS: 0,
    }
    expect(throttleFor(light, 100, 700)).toEqual({ clockShare: 1, stretch: 1 })
    expect(throttleFor(light, 100, 100)).toBeNull()
  })
})
