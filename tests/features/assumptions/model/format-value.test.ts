import { describe, expect, it } from 'vitest'

import { formatValue } from '@/features/assumptions/model/describe-edit'

describe('formatValue (the default and edited values the Assumptions editor shows)', () => {
  it('keeps the figure of a value below a thousandth instead of rounding it to six decimals', () => {
    // The fitted time per kernel boundary and a collective's latency, in seconds.
    expect(formatValue(0.0000029, 's')).toBe('0.0000029 s')
    expect(formatValue(0.000008, 's')).toBe('0.000008 s')
    expect(formatValue(0.00012345678, 's')).toBe('0.0001235 s')
  })

  it('formats ordinary values as before', () => {
    expect(formatValue(0.001, 's')).toBe('0.001 s')
    expect(formatValue(0.85, 'share of peak')).toBe('0.85 share of peak')
    expect(formatValue(0, 's')).toBe('0 s')
    expect(formatValue(2023, 'year')).toBe('2023')
  })
})
