import { describe, expect, it } from 'vitest'

import { errorPct, signedPct } from '@/features/validation/model/error-format'

describe('validation error formats', () => {
  it('shows a dash where there is no number, and a true minus sign below zero', () => {
    expect(errorPct(Number.NaN)).toBe('—')
    expect(signedPct(Number.NaN)).toBe('—')
    expect(signedPct(-8.1)).toMatch(/^−8\.1 %$/)
    expect(signedPct(8.1)).toMatch(/^\+8\.1 %$/)
    expect(signedPct(0)).toMatch(/^0 %$/)
    expect(errorPct(12.34)).toMatch(/^12 %$/)
  })
})
