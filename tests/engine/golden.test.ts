/**
 * Golden results (tests/fixtures/golden/results.json, written by `npm run golden`): the engine must
 * reproduce them to a relative 1e-12. A refactoring may not change a number; a physics change
 * regenerates the file and the diff is reviewed in the commit.
 */
import { describe, expect, it } from 'vitest'

import { goldenResults } from '../fixtures/golden/golden-results'
import golden from '../fixtures/golden/results.json'

const RELATIVE = 1e-12

/** Every leaf path where `actual` differs from `expected` (numbers to RELATIVE, others exactly). */
function differences(expected: unknown, actual: unknown, at = ''): string[] {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const scale = Math.max(Math.abs(expected), Math.abs(actual), 1e-300)
    return Math.abs(expected - actual) / scale <= RELATIVE ? [] : [`${at}: ${expected} → ${actual}`]
  }
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object') {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)])
    return [...keys].flatMap((key) =>
      differences(
        (expected as Record<string, unknown>)[key],
        (actual as Record<string, unknown>)[key],
        `${at}.${key}`,
      ),
    )
  }
  return Object.is(expected, actual) || JSON.stringify(expected) === JSON.stringify(actual)
    ? []
    : [`${at}: ${JSON.stringify(expected)} → ${JSON.stringify(actual)}`]
}

describe('golden results', () => {
  const actual = goldenResults()
  it.each(Object.keys(golden))('%s matches the committed result', (name) => {
    expect(differences(golden[name as keyof typeof golden], actual[name])).toEqual([])
  })
  it('covers every scenario of the golden set', () => {
    expect(Object.keys(actual).sort()).toEqual(Object.keys(golden).sort())
  })
  it('the comparison catches a changed number', () => {
    expect(differences({ a: 1 }, { a: 1 + 1e-9 })).toHaveLength(1)
    expect(differences({ a: 'x' }, { a: 'y' })).toHaveLength(1)
  })
})
