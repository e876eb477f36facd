import { describe, expect, it } from 'vitest'

import { groupedNumber } from '../../src/engine/format'
import { largestMeeting } from '../../src/engine/kernel/bracket'

/** The answer by walking every integer: the largest b in [lo, hi) with slack <= 0. */
function byWalking(slack: (b: number) => number, lo: number, hi: number): number {
  let best = lo
  for (let b = lo; b < hi; b++) if (slack(b) <= 0) best = b
  return best
}

interface Case {
  readonly name: string
  readonly slack: (b: number) => number
  readonly hi: number
  readonly expected: number
}

const CASES: readonly Case[] = [
  // time per token linear in the batch, target crossed at b = 417.3
  { name: 'linear', slack: (b) => (b - 417.3) / 500, hi: 1000, expected: 417 },
  // MoE-like: concave growth (more experts touched), crossing at b = 64
  { name: 'concave', slack: (b) => Math.sqrt(b) - 8, hi: 5000, expected: 64 },
  // convex growth, crossing at b = 12
  { name: 'convex', slack: (b) => b * b - 144, hi: 100000, expected: 12 },
  // a step function (chunks of a prompt): flat, then jumps; answer 299
  { name: 'step', slack: (b) => (b < 300 ? -1 : 5), hi: 2048, expected: 299 },
  // exactly zero at the answer (meets), flat zero before it
  { name: 'ties at zero', slack: (b) => (b <= 40 ? 0 : 1e-12), hi: 41, expected: 40 },
  // misses with an infinite slack beyond 7
  {
    name: 'infinite miss',
    slack: (b) => (b <= 7 ? -0.5 : Number.POSITIVE_INFINITY),
    hi: 900,
    expected: 7,
  },
]

describe('largestMeeting: the largest batch within a target', () => {
  for (const c of CASES) {
    it(`finds ${c.expected} for a ${c.name} slack, as walking every batch does`, () => {
      const found = largestMeeting(
        (_: null, b: number) => c.slack(b),
        null,
        1,
        c.slack(1),
        c.hi,
        c.slack(c.hi),
      )
      expect(found).toBe(c.expected)
      expect(found).toBe(byWalking(c.slack, 1, c.hi))
    })
  }

  it('takes few evaluations on a near-linear slack (interpolation, not bisection)', () => {
    let calls = 0
    const slack = (_: null, b: number): number => {
      calls++
      return (b - 3001.5) * (1 + b / 1e6)
    }
    expect(largestMeeting(slack, null, 1, slack(null, 1), 100000, slack(null, 100000))).toBe(3001)
    // bisection over 100,000 batches needs 17
    expect(calls - 2).toBeLessThanOrEqual(8)
  })
})

describe('groupedNumber writes what toLocaleString("en-US") writes', () => {
  const values = [
    0,
    7,
    72,
    999,
    1000,
    1024,
    12345,
    999999,
    1000000,
    123456789,
    -4096,
    12.5,
    0.25,
    1e21,
    2 ** 53,
  ]
  for (const v of values) {
    it(`${v}`, () => {
      expect(groupedNumber(v)).toBe(v.toLocaleString('en-US'))
    })
  }
})
