import { describe, expect, it } from 'vitest'

import { countAssumptionEdits, listAssumptionEdits } from '@/state/assumption-edits'
import { selectEditedAssumptionCount } from '@/state/selectors'
import { createAppStore } from '@/state/store'

describe('assumption edits', () => {
  it('lists custom hardware and model fields (not their base), sections and lever overrides', () => {
    const edits = listAssumptionEdits({
      hardware: { base: 'h100-sxm', memoryBandwidthTBps: 4.8, peakTflops: { fp8: 0 } },
      model: 'llama-3.1-8b',
      economics: { usdPerKwh: 0.12 },
      serving: { utilization: 0.5 },
      leverOverrides: { hbm: { MEMORY_BYTES: [1, 2, 3] } },
      levers: { hbm: 1 },
      year: 2030,
    })
    expect(edits.map((e) => e.path)).toEqual([
      'hardware.memoryBandwidthTBps',
      'hardware.peakTflops.fp8',
      'economics.usdPerKwh',
      'serving.utilization',
      'leverOverrides.hbm.MEMORY_BYTES',
    ])
    expect(edits.find((e) => e.path === 'economics.usdPerKwh')?.value).toBe(0.12)
  })

  it('counts nothing for catalogue choices, levers and years', () => {
    expect(
      countAssumptionEdits({
        hardware: 'b200',
        model: { base: 'llama-3.1-8b' },
        levers: { hbm: 1 },
        year: 2029,
      }),
    ).toBe(0)
  })

  it('is read through a selector', () => {
    const store = createAppStore()
    store.getState().updateScenario(() => ({ energy: { pjPerFlop16: 0.5 } }))
    expect(selectEditedAssumptionCount(store.getState())).toBe(1)
  })
})
