import { describe, expect, it } from 'vitest'

import {
  FLEET_DEFAULTS,
  FLEET_SOURCES,
  REFERENCE_SOURCES,
  SITE_DEFAULTS,
  SITE_SOURCES,
} from '@/engine/economics/defaults'
import { defaultEconomicsInputs, validateEconomicsInputs } from '@/engine/economics/inputs'
import { ASCEND_910B_CLASS, ASCEND_910B_SOURCES } from '@/engine/economics/mature-hardware'
import { USE_CASES } from '@/engine/economics/use-cases'

function numericPaths(entry: object, prefix = ''): string[] {
  return Object.entries(entry).flatMap(([key, value]) => {
    if (key === 'sources') return []
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'number') return [path]
    if (value && typeof value === 'object') return numericPaths(value as object, path)
    return []
  })
}

describe('provenance of every default number', () => {
  it.each(USE_CASES.map((u) => [u.id, u] as const))(
    'use case %s cites a source and grade for every number and its model',
    (_id, u) => {
      for (const path of [...numericPaths(u), 'model']) {
        const citation = u.sources[path]
        expect(citation, `${u.id}.${path} has no source`).toBeDefined()
        expect(citation?.source.length).toBeGreaterThan(10)
        expect(['H', 'M', 'L']).toContain(citation?.grade)
      }
    },
  )

  it('fleet, site and the Ascend 910B-class figures are sourced', () => {
    for (const path of numericPaths(FLEET_DEFAULTS))
      expect(FLEET_SOURCES[path], `${path}`).toBeDefined()
    for (const path of numericPaths(SITE_DEFAULTS))
      expect(SITE_SOURCES[path], `${path}`).toBeDefined()
    for (const path of numericPaths(ASCEND_910B_CLASS))
      expect(ASCEND_910B_SOURCES[path], `${path}`).toBeDefined()
    expect(REFERENCE_SOURCES.hyperscalerCapex2026Usd?.grade).toBe('M')
  })
})

describe('validating the economics inputs', () => {
  it('accepts the defaults', () => {
    expect(validateEconomicsInputs(defaultEconomicsInputs()).ok).toBe(true)
  })

  it('names the use case and the field of a bad value', () => {
    const inputs = defaultEconomicsInputs()
    const bad = {
      ...inputs,
      useCases: inputs.useCases.map((u, i) => (i === 0 ? { ...u, priceUsdPerTask: 0 } : u)),
    }
    const outcome = validateEconomicsInputs(bad)
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.issues[0]?.path).toBe('useCases.0.priceUsdPerTask')
    expect(outcome.issues[0]?.message).toBe(
      'Chatbot: priceUsdPerTask must be greater than 0 (got 0)',
    )
  })

  it('rejects unknown models and hardware, duplicate ids, out-of-range years', () => {
    const inputs = defaultEconomicsInputs()
    const unknownModel = validateEconomicsInputs({
      ...inputs,
      useCases: [{ ...inputs.useCases[0]!, model: 'gpt-9' }],
    })
    expect(!unknownModel.ok && unknownModel.issues[0]?.message).toMatch(
      /is not a model in the catalogue/,
    )
    const unknownHw = validateEconomicsInputs({
      ...inputs,
      serving: { ...inputs.serving, decode: { ...inputs.serving.decode, hardware: 'tpu-v99' } },
    })
    expect(!unknownHw.ok && unknownHw.issues[0]?.path).toBe('serving.decode.hardware')
    const duplicate = validateEconomicsInputs({
      ...inputs,
      useCases: [inputs.useCases[0]!, inputs.useCases[0]!],
    })
    expect(!duplicate.ok && duplicate.issues[0]?.message).toMatch(/appears twice/)
    const year = validateEconomicsInputs({ ...inputs, site: { ...inputs.site, year: 2031 } })
    expect(!year.ok && year.issues[0]?.message).toBe('site.year must be at most 2030 (got 2031)')
  })

  it('never throws on junk', () => {
    for (const junk of [undefined, null, 42, 'x', [], {}])
      expect(validateEconomicsInputs(junk).ok).toBe(false)
  })

  it('is plain JSON (round-trips through JSON for saving with a scenario)', () => {
    const inputs = defaultEconomicsInputs()
    expect(JSON.parse(JSON.stringify(inputs))).toEqual(inputs)
  })
})
