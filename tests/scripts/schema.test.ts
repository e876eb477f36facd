import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { LEVER_IDS, MODELS, scenarioInputSchema } from '@/engine/index'

import {
  isScenarioField,
  renderScenarioJsonSchema,
  SCENARIO_SCHEMA_PATH,
  scenarioJsonSchema,
  type JsonSchema,
} from '../../scripts/lib/scenario-json-schema'

describe('docs/scenario.schema.json', () => {
  it('is up to date with the generator (run `npm run schema`)', () => {
    expect(readFileSync(SCENARIO_SCHEMA_PATH, 'utf8')).toBe(renderScenarioJsonSchema())
  })

  const schema = scenarioJsonSchema()
  const properties = schema.properties as Record<string, JsonSchema>

  it('has a title, a description and the draft 2020-12 dialect', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(String(schema.title)).toMatch(/scenario/i)
    expect(String(schema.description).length).toBeGreaterThan(50)
  })

  it('describes every top-level field of the zod schema and rejects unknown ones', () => {
    expect(Object.keys(properties).sort()).toEqual(Object.keys(scenarioInputSchema.shape).sort())
    for (const [key, node] of Object.entries(properties)) {
      expect(typeof node.description, `${key} has no description`).toBe('string')
    }
    expect(schema.additionalProperties).toBe(false)
    expect(schema.required ?? []).toEqual([])
  })

  it('lists the catalogue ids as examples of the model id', () => {
    const model = properties.model!.anyOf as JsonSchema[]
    const idForm = model.find((b) => b.type === 'string')
    expect(idForm?.examples).toEqual(MODELS.map((m) => m.id))
  })

  it('keeps the value ranges of the zod schema', () => {
    const workload = (properties.workload!.anyOf as JsonSchema[]).find((b) => b.type === 'object')
    const inputTokens = (workload?.properties as Record<string, JsonSchema>).inputTokens
    expect(inputTokens).toMatchObject({ type: 'integer', minimum: 1 })
    expect(scenarioInputSchema.safeParse({ workload: { inputTokens: 0 } }).success).toBe(false)
    const levers = properties.levers!
    expect((levers.propertyNames as JsonSchema).enum).toEqual([...LEVER_IDS])
  })

  it.each([
    ['workload.inputTokens', true],
    ['hardware', true],
    ['hardware.peakTflops.fp8', true],
    ['levers.hbm', true],
    ['model.experts', true],
    ['workload.inputTokenz', false],
    ['levers.warpDrive', false],
    ['accelerators.count', false],
    ['year.month', false],
    ['', false],
  ])('isScenarioField(%s) is %s', (path, expected) => {
    expect(isScenarioField(schema, path)).toBe(expected)
  })
})
