/**
 * The energy calibration (validation/fit-energy.ts): one scale on DRAM energy per bit, fitted on our H200's decode
 * power window only, committed in fitted-energy.json, applied to every DRAM kind and to nothing else.
 */
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import {
  MEMORY_ENERGY_SCALE,
  MEMORY_PJ_PER_BIT,
  MEMORY_PJ_PER_BIT_BEFORE_FIT,
} from '@/engine/catalog/families'
import { fitMemoryEnergyScale, runGpuValidation } from '@/engine/index'

const committed = JSON.parse(readFileSync('src/engine/validation/fitted-energy.json', 'utf8')) as {
  memoryEnergyScale: number
  window: string
  measuredWatts: number
}
const window = (
  JSON.parse(readFileSync('src/engine/validation/gpu-h200.json', 'utf8')) as {
    power: { windows: { id: string; mean_w: number }[] }
  }
).power.windows.find((w) => w.id === 'decode_b64_c1024')!

describe('energy calibration', () => {
  it('is the scale the fit finds now (npm run calibrate is current)', () => {
    const fit = fitMemoryEnergyScale()
    expect(fit.memoryEnergyScale).toBe(committed.memoryEnergyScale)
    expect(MEMORY_ENERGY_SCALE).toBe(committed.memoryEnergyScale)
    expect(fit.window).toBe('decode_b64_c1024')
  })

  it('makes the engine draw the measured decode power on the window it was fitted on', () => {
    const row = runGpuValidation().power.find((p) => p.id === 'decode_b64_c1024')!
    expect(row.measuredW).toBeCloseTo(window.mean_w, 6)
    expect(Math.abs(row.predictedW / window.mean_w - 1)).toBeLessThan(0.005)
  })

  it('was fitted on our measurement, which the engine drew far less than before', () => {
    const fit = fitMemoryEnergyScale()
    expect(fit.measuredWatts).toBeCloseTo(window.mean_w, 1)
    expect(fit.engineWattsBefore).toBeLessThan(0.9 * window.mean_w)
    expect(committed.memoryEnergyScale).toBeGreaterThan(1)
  })

  it('scales every DRAM kind by it and leaves on-die SRAM alone', () => {
    const dram = Object.entries(MEMORY_PJ_PER_BIT_BEFORE_FIT).filter(([kind]) => kind !== 'SRAM')
    expect(dram.length).toBe(7)
    for (const [kind, pj] of dram)
      expect(MEMORY_PJ_PER_BIT[kind as keyof typeof MEMORY_PJ_PER_BIT]).toBeCloseTo(
        pj * committed.memoryEnergyScale,
        12,
      )
    expect(MEMORY_PJ_PER_BIT.SRAM).toBe(MEMORY_PJ_PER_BIT_BEFORE_FIT.SRAM)
    // HBM4 stays more than 40 % better than HBM3E (SK hynix), whatever the scale.
    expect(MEMORY_PJ_PER_BIT.HBM4 / MEMORY_PJ_PER_BIT.HBM3e).toBeLessThan(0.66)
  })
})
