/**
 * Economics inputs equal to the sourced defaults are kept as null, so a reset or an undone edit
 * leaves no copy of the defaults in the page address, share links or export provenance (found by a
 * review, 2026-12-07: a reset kept 2,000 characters of defaults in all of them).
 */
import { describe, expect, it } from 'vitest'

import { defaultEconomicsInputs } from '@/engine/index'
import { storedEconomicsInputs } from '@/features/economics/hooks/use-economics'

describe('storedEconomicsInputs', () => {
  it('stores the defaults as null, and an edit as it is', () => {
    expect(storedEconomicsInputs(defaultEconomicsInputs())).toBeNull()
    const edited = { ...defaultEconomicsInputs(), targetGrossMargin: 0.7 }
    expect(storedEconomicsInputs(edited)).toBe(edited)
    // An edit undone is the defaults again.
    expect(storedEconomicsInputs({ ...edited, targetGrossMargin: 0.6 })).toBeNull()
  })
})
