import { describe, expect, it } from 'vitest'

import { resolveScenario } from '@/engine/index'
import { fieldMessage, withUnit, wordedIssue, type FieldLookup } from '@/lib/field-message'

const FIELDS: Record<string, { label: string; unit?: string }> = {
  'hardware.memoryBandwidthTBps': { label: 'Memory bandwidth', unit: 'TB/s' },
  'hardware.priceUsd': { label: 'Accelerator price', unit: '$' },
  'economics.usdPerKwh': { label: 'Electricity price', unit: '$/kWh' },
  'economics.pue': { label: 'PUE', unit: '≥ 1' },
  'model.heads': { label: 'Attention heads' },
  'model.kvHeads': { label: 'KV heads' },
  'model.headDim': { label: 'Head dimension', unit: 'elements' },
}
const lookup: FieldLookup = (path) => FIELDS[path]

const engineIssue = (input: Parameters<typeof resolveScenario>[0]) => {
  const outcome = resolveScenario(input)
  if (outcome.ok) throw new Error('expected the engine to refuse this input')
  return outcome.issues[0]!
}

describe('fieldMessage', () => {
  it('words an engine bound with the field’s label and unit, never its path', () => {
    const issue = engineIssue({ hardware: { base: 'h100-sxm', memoryBandwidthTBps: 0 } })
    expect(issue.message).toContain('hardware.memoryBandwidthTBps')
    const worded = wordedIssue(issue, lookup)
    expect(worded.message).toBe('Memory bandwidth must be above 0 TB/s (got 0)')
    expect(worded.path).toBe(issue.path)
  })

  it('puts a dollar sign before the number, and leaves out units that are descriptions', () => {
    expect(withUnit('0', '$')).toBe('$0')
    expect(withUnit('10', '$/kWh')).toBe('$10/kWh')
    expect(withUnit('1', '≥ 1')).toBe('1')
    expect(withUnit('1', 'elements')).toBe('1')
    expect(withUnit('3', 'TB/s')).toBe('3 TB/s')
    expect(
      fieldMessage(
        'economics.usdPerKwh must be at most 10 (got 12)',
        'economics.usdPerKwh',
        FIELDS['economics.usdPerKwh']!,
      ),
    ).toBe('Electricity price must be at most $10/kWh (got 12)')
    expect(
      fieldMessage('economics.pue must be at least 1 (got 0.5)', 'economics.pue', {
        label: 'PUE',
        unit: '≥ 1',
      }),
    ).toBe('PUE must be at least 1 (got 0.5)')
  })

  it('names every other field a message mentions by its label', () => {
    const issue = engineIssue({ model: { base: 'llama-3.3-70b', kvHeads: 7 } })
    expect(wordedIssue(issue, lookup).message).toBe(
      'Attention heads (64) must be a multiple of KV heads (7)',
    )
  })

  it('keeps a message whose fields it does not know as the engine wrote it', () => {
    const issue = {
      path: 'serving.unknownThing',
      message: 'serving.unknownThing is odd; see docs/scenario.schema.json',
    }
    expect(wordedIssue(issue, lookup)).toBe(issue)
  })
})
