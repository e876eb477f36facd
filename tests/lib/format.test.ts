import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  formatFold,
  formatFoldChange,
  formatFoldRange,
  formatNumber,
  formatUsd,
} from '@/lib/format'

/** What formatNumber wrote before its formatters were cached (toLocaleString with options per call). */
function reference(value: number, significant = 3): string {
  if (!Number.isFinite(value)) return '—'
  if (value === 0) return '0'
  const abs = Math.abs(value)
  if (abs >= 10 ** significant) return Math.round(value).toLocaleString('en-US')
  const digits = Math.max(0, significant - 1 - Math.floor(Math.log10(abs)))
  return value.toLocaleString('en-US', {
    minimumFractionDigits: 0,
    maximumFractionDigits: Math.min(digits, 6),
  })
}

describe('formatNumber', () => {
  it('reads as before with its cached formatters, for any number and precision', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e15, max: 1e15 }),
          fc.double({ min: -1e-7, max: 1e-7 }),
          fc.integer(),
        ),
        fc.integer({ min: 1, max: 5 }),
        (value, significant) => {
          expect(formatNumber(value, significant)).toBe(reference(value, significant))
        },
      ),
      { seed: 20_261_127, numRuns: 5000 },
    )
  })

  it('keeps about three significant figures with separators', () => {
    expect(formatNumber(1234.5)).toBe('1,235')
    expect(formatNumber(12.345)).toBe('12.3')
    expect(formatNumber(0.012345)).toBe('0.0123')
    expect(formatNumber(Number.NaN)).toBe('—')
    expect(formatUsd(0.157)).toBe('$0.157')
    expect(formatFold(12.34)).toBe('12×')
  })

  it('puts a minus sign before the dollar sign, at every scale', () => {
    expect(formatUsd(-5)).toBe('−$5')
    expect(formatUsd(-0.157)).toBe('−$0.157')
    expect(formatUsd(-25_000)).toBe('−$25k')
    expect(formatUsd(-3.2e9)).toBe('−$3.2B')
    expect(formatUsd(0)).toBe('$0')
  })
})

describe('formatFoldChange and formatFoldRange', () => {
  const cost = { better: 'cheaper', worse: 'costlier' }

  it('turns a fold below 1 into a factor above 1 with the opposite word', () => {
    expect(formatFoldChange(3.4, cost)).toBe('3.4× cheaper')
    expect(formatFoldChange(1 / 1.37, cost)).toBe('1.4× costlier')
    expect(formatFoldChange(1.001, cost)).toBe('no change')
    expect(formatFoldChange(Number.NaN, cost)).toBe('—')
  })

  it('orders a range low end first, on either side of no change', () => {
    expect(formatFoldRange(2.9, 3.9, cost)).toBe('2.9× to 3.9× cheaper')
    expect(formatFoldRange(1 / 1.6, 1 / 1.2, cost)).toBe('1.2× to 1.6× costlier')
    expect(formatFoldRange(1 / 1.1, 1.2, cost)).toBe('1.1× costlier to 1.2× cheaper')
  })
})
