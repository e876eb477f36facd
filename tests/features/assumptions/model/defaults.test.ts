import { describe, expect, it } from 'vitest'

import type { ScenarioCheck } from '@/components/ui/scenario-check'
import {
  acceleratorById,
  assumptionValues,
  resolveScenario,
  hardwareObjectSchema,
  modelObjectSchema,
  scenarioInputSchema,
} from '@/engine/index'
import { currentAt, defaultAt } from '@/features/assumptions/model/defaults'
import { describeEdit } from '@/features/assumptions/model/describe-edit'
import { SECTIONS } from '@/features/assumptions/model/fields'
import { checkEdit } from '@/features/assumptions/model/validate-edit'

import { checkInThread } from '../../../helpers/scenario-check'

describe('defaults', () => {
  it('gives each edited field the value it would have without the edit', () => {
    const input = {
      hardware: { base: 'b200', memoryBandwidthTBps: 1 },
      economics: { usdPerKwh: 0.2 },
    }
    const values = assumptionValues(input)
    expect(defaultAt(values, ['hardware', 'memoryBandwidthTBps'])).toBe(
      acceleratorById('b200')?.memoryBandwidthTBps,
    )
    const plain = resolveScenario({ hardware: 'b200' })
    expect(defaultAt(values, ['economics', 'usdPerKwh'])).toBe(
      plain.ok ? plain.scenario.economics.usdPerKwh : undefined,
    )
    expect(currentAt(values, input, ['economics', 'usdPerKwh'])).toBe(0.2)
    // An unedited field: the scenario as the engine resolved it.
    expect(currentAt(values, input, ['hardware', 'memoryGB'])).toBe(
      acceleratorById('b200')?.memoryGB,
    )
  })

  it('has no value to show before the engine has answered, except the user’s own edits', () => {
    const input = { economics: { pue: 1.3 } }
    expect(currentAt(undefined, input, ['economics', 'pue'])).toBe(1.3)
    expect(currentAt(undefined, input, ['economics', 'usdPerKwh'])).toBeUndefined()
    expect(defaultAt(undefined, ['economics', 'pue'])).toBeUndefined()
  })

  it('covers every field of the custom accelerator and custom model in the scenario format', () => {
    const keys = (section: string) =>
      SECTIONS.find((s) => s.id === section)!.fields.map((f) => f.path.slice(1).join('.'))
    const hardwareKeys = Object.keys(hardwareObjectSchema.shape).filter(
      // year: the former name of volumeYear, still read so older links keep working.
      (k) => k !== 'base' && k !== 'peakTflops' && k !== 'year',
    )
    expect(keys('hardware')).toEqual(
      expect.arrayContaining([
        ...hardwareKeys,
        'peakTflops.fp16',
        'peakTflops.fp8',
        'peakTflops.int8',
        'peakTflops.fp4',
      ]),
    )
    expect(keys('model')).toEqual(
      expect.arrayContaining(Object.keys(modelObjectSchema.shape).filter((k) => k !== 'base')),
    )
  })

  it('lets every serving setting of the scenario format be edited', () => {
    const serving = SECTIONS.flatMap((s) => s.fields)
      .filter((f) => f.path[0] === 'serving')
      .map((f) => f.path.slice(1).join('.'))
    expect(serving.sort()).toEqual(
      Object.keys(scenarioInputSchema.shape.serving.unwrap().shape).sort(),
    )
  })
})

describe('checkEdit', () => {
  it('passes a valid edit and names only the problems an edit introduces', async () => {
    expect(await checkEdit({}, { hardware: { memoryGB: 120 } }, checkInThread)).toEqual({
      ok: true,
    })
    expect(await checkEdit({}, { hardware: { memoryGB: -1 } }, checkInThread)).toEqual({
      ok: false,
      messages: ['Memory must be above 0 GB (got -1)'],
    })
    const broken = { year: 2099 }
    expect(await checkEdit(broken, { ...broken, economics: { pue: 1.2 } }, checkInThread)).toEqual({
      ok: true,
    })
    const heads = await checkEdit(
      {},
      { model: { base: 'llama-3.3-70b', kvHeads: 7 } },
      checkInThread,
    )
    expect(heads?.ok === false ? heads.messages.join(' ') : '').toMatch(
      /Attention heads \(64\) must be a multiple of KV heads \(7\)/,
    )
  })

  it('asks the port it is given, and gives no verdict when the port gave no answer', async () => {
    const asked: unknown[] = []
    const refuseAll: ScenarioCheck = (input) => {
      asked.push(input)
      return Promise.resolve([{ path: 'economics.pue', message: 'economics.pue is refused' }])
    }
    const candidate = { economics: { pue: 1.2 } }
    expect(await checkEdit({}, candidate, refuseAll)).toEqual({ ok: true })
    expect(asked).toEqual([candidate, {}])
    const superseded: ScenarioCheck = () => Promise.resolve(undefined)
    expect(await checkEdit({}, candidate, superseded)).toBeUndefined()
  })
})

describe('describeEdit', () => {
  it('puts an edit in words with its unit', () => {
    expect(describeEdit({ path: 'hardware.memoryBandwidthTBps', value: 4.8 })).toEqual({
      label: 'Accelerator: memory bandwidth',
      value: '4.8 TB/s',
    })
    expect(describeEdit({ path: 'economics.usdPerKwh', value: 0.12 })).toEqual({
      label: 'Electricity price',
      value: '$0.12 per kWh',
    })
    expect(describeEdit({ path: 'hardware.priceUsd', value: 30000 })).toMatchObject({
      value: '$30,000',
    })
    expect(describeEdit({ path: 'hardware.volumeYear', value: 2027 })).toMatchObject({
      value: '2027',
    })
    expect(
      describeEdit({ path: 'leverOverrides.hbm.MEMORY_BANDWIDTH_BPS', value: [1.5, 2, 3] }),
    ).toEqual({ label: 'HBM evolution (HBM4 and beyond): memory bandwidth', value: '2× (1.5–3×)' })
    expect(
      describeEdit({
        path: 'leverOverrides.memoryPooling.PREFIX_HIT_RATE',
        value: [0.1, 0.2, 0.3],
      }),
    ).toMatchObject({ value: '+0.2 (0.1 to 0.3)' })
  })
})
