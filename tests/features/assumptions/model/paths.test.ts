import { describe, expect, it } from 'vitest'

import { REFERENCE } from '@/engine/index'
import { getAt, removeAt, setAt } from '@/features/assumptions/model/paths'
import { withoutAssumptionEdits, withoutSectionEdits } from '@/features/assumptions/model/reset'
import { parseNumber } from '@/features/assumptions/model/validate-edit'

describe('paths', () => {
  it('sets a hardware field on a catalogue id by turning it into { base, field }', () => {
    const input = { hardware: 'b200', year: 2027 }
    const next = setAt(input, ['hardware', 'memoryBandwidthTBps'], 9)
    expect(next).toEqual({ hardware: { base: 'b200', memoryBandwidthTBps: 9 }, year: 2027 })
    expect(input).toEqual({ hardware: 'b200', year: 2027 })
    expect(setAt({}, ['hardware', 'peakTflops', 'fp8'], 0)).toEqual({
      hardware: { base: REFERENCE.hardware, peakTflops: { fp8: 0 } },
    })
    expect(setAt({}, ['economics', 'usdPerKwh'], 0.1)).toEqual({ economics: { usdPerKwh: 0.1 } })
    expect(getAt(next, ['hardware', 'memoryBandwidthTBps'])).toBe(9)
  })

  it('removing the last edit of a custom accelerator collapses it back to the catalogue id', () => {
    const input = { hardware: { base: 'b200', memoryBandwidthTBps: 9, peakTflops: { fp8: 0 } } }
    const once = removeAt(input, ['hardware', 'peakTflops', 'fp8'])
    expect(once).toEqual({ hardware: { base: 'b200', memoryBandwidthTBps: 9 } })
    expect(removeAt(once, ['hardware', 'memoryBandwidthTBps'])).toEqual({ hardware: 'b200' })
    expect(
      removeAt({ economics: { usdPerKwh: 0.1 }, year: 2026 }, ['economics', 'usdPerKwh']),
    ).toEqual({ year: 2026 })
    expect(
      removeAt({ leverOverrides: { hbm: { MEMORY_BYTES: [1, 2, 3] } } }, [
        'leverOverrides',
        'hbm',
        'MEMORY_BYTES',
      ]),
    ).toEqual({})
  })

  it('resets a section or everything, keeping the scenario basics', () => {
    const input = {
      hardware: { base: 'b200', tdpW: 900 },
      model: { base: 'llama-3.1-8b', layers: 10 },
      economics: { usdPerKwh: 0.1 },
      leverOverrides: { hbm: { MEMORY_BYTES: [1, 2, 3] as [number, number, number] } },
      levers: { hbm: 1 },
      year: 2030,
    }
    expect(withoutSectionEdits(input, 'hardware').hardware).toBe('b200')
    expect(withoutAssumptionEdits(input)).toEqual({
      hardware: 'b200',
      model: 'llama-3.1-8b',
      levers: { hbm: 1 },
      year: 2030,
    })
  })
})

describe('parseNumber', () => {
  it('reads numbers people type and explains what it cannot read', () => {
    expect(parseNumber('4.8', false)).toEqual({ value: 4.8 })
    expect(parseNumber('1,000', true)).toEqual({ value: 1000 })
    expect(parseNumber('2e3', false)).toEqual({ value: 2000 })
    expect(parseNumber('  ', false)).toEqual({ value: undefined })
    expect(parseNumber('4.8.1', false)).toEqual({ error: '“4.8.1” is not a number' })
    expect(parseNumber('2.5', true)).toEqual({ error: 'must be a whole number (got 2.5)' })
  })
})
