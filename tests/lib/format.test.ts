import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  formatErrorBand,
  formatBytes,
  formatCount,
  formatFold,
  formatFoldChange,
  formatFoldRange,
  formatJoules,
  formatNumber,
  formatScientific,
  formatSeconds,
  formatUsd,
  formatWatts,
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
          // Below a billion: from there on the figure is scientific (tested below).
          fc.double({ min: -999_999_999, max: 999_999_999 }),
          fc.double({ min: -1e-7, max: 1e-7 }),
          fc.integer({ min: -999_999_999, max: 999_999_999 }),
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

describe('extreme values, written compactly', () => {
  it('uses SI prefixes, then scientific notation, so no figure runs to a dozen digits', () => {
    expect(formatJoules(121_179_810e3)).toBe('121 GJ')
    expect(formatJoules(1.2e15)).toBe('1.2 PJ')
    expect(formatJoules(1.2e21)).toBe('1.2×10²¹ J')
    expect(formatJoules(0.152)).toBe('0.152 J')
    expect(formatJoules(0.0152)).toBe('15.2 mJ')
    expect(formatJoules(2.5e-6)).toBe('2.5 µJ')
    expect(formatUsd(3.4e12)).toBe('$3.4T')
    expect(formatUsd(1.2e15)).toBe('$1.2×10¹⁵')
    expect(formatCount(1.2e15)).toBe('1.2×10¹⁵')
    expect(formatCount(7e12)).toBe('7T')
    expect(formatFold(1.2e15)).toBe('1.2×10¹⁵×')
    expect(formatFold(25_000)).toBe('25k×')
    expect(formatNumber(1.2e15)).toBe('1.2×10¹⁵')
    expect(formatNumber(-3e13)).toBe('−3×10¹³')
    expect(formatWatts(3e9)).toBe('3 GW')
    expect(formatBytes(3e15)).toBe('3 PB')
    expect(formatScientific(3e-9)).toBe('3×10⁻⁹')
  })

  it('writes long and short waits in the unit a person reads', () => {
    expect(formatSeconds(0.0251)).toBe('25.1 ms')
    expect(formatSeconds(2.5e-6)).toBe('2.5 µs')
    expect(formatSeconds(1.23)).toBe('1.23 s')
    expect(formatSeconds(1520)).toBe('25.3 min')
    expect(formatSeconds(3 * 3600)).toBe('3 h')
    expect(formatSeconds(12 * 86_400)).toBe('12 days')
    expect(formatSeconds(4.5 * 31_557_600)).toBe('4.5 years')
    expect(formatSeconds(1.2e15)).toBe('3.8×10⁷ years')
  })

  it('keeps every formatted figure short, whatever the magnitude', () => {
    const formatters = [
      formatJoules,
      formatUsd,
      formatCount,
      formatFold,
      formatSeconds,
      formatNumber,
    ]
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1e30, noNaN: true }), (value) => {
        for (const format of formatters) expect(format(value).length).toBeLessThanOrEqual(14)
      }),
      { seed: 20_261_205, numRuns: 2000 },
    )
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

describe('formatErrorBand', () => {
  it('reads a relative error as ±x %, and nothing where none is known', () => {
    expect(formatErrorBand(0.082)).toBe('±8\u00a0%')
    expect(formatErrorBand(0.131)).toBe('±13\u00a0%')
    expect(formatErrorBand(undefined)).toBe('')
    expect(formatErrorBand(Number.NaN)).toBe('')
  })
})
