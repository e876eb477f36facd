/**
 * The energy calibration: one scale on the DRAM kinds' energy per bit (catalog/families.ts
 * MEMORY_PJ_PER_BIT_BEFORE_FIT), fitted once, on our H200's decode power window only (data/gpu-calibration:
 * Llama-3.1-8B bf16, batch 64, context 1,024, CUDA graph; NVML energy counter over ~3 s: 653 W with the SM clock
 * at its 1,980 MHz maximum, so not power-limited). The target is the phase power the engine gives for that window
 * (chip energy of the decode phase ÷ its time, as gpu-run.ts reports it): at the time the engine gives this step,
 * what energy per byte makes its power the measured one.
 *
 * Why the memory term: a decode step's power is static power plus what its bytes and its few FLOPs cost, and the
 * energy per byte was the least known (grade L, set for an old target of 55–65 % of TDP that this measurement
 * contradicts). The static share and the energy per FLOP keep their values. Our H200's prefill window (at the
 * 700 W cap, SM clock 80 %) would pin the energy per FLOP too, but fitting it moves the compute derates with it and
 * the two did not settle together in four rounds (the derate grid's flat optimum jumps); so it is reported, not
 * fitted (docs/validation.md §8). The ML.ENERGY Leaderboard's GPU power and energy on H100 and B200 (validation
 * cases of measured.json, never used here) judge the result.
 */
import { MEMORY_PJ_PER_BIT_BEFORE_FIT } from '../catalog/families'

import { GPU_DATA, gpuScenario } from './gpu-cases'
import { phasePower } from './gpu-run'

export const DECODE_FIT_WINDOW = 'decode_b64_c1024'

function window() {
  const w = GPU_DATA.power.windows.find((x) => x.id === DECODE_FIT_WINDOW)
  if (!w) throw new Error(`no power window ${DECODE_FIT_WINDOW} in gpu-h200.json`)
  return w
}

/** The engine's decode phase power (W) for the fitting window with the DRAM energy at `scale` × the table. */
export function decodeWindowWatts(scale: number): number {
  const w = window()
  const input = gpuScenario({ ...w, layers: 0 })
  return phasePower(
    {
      ...input,
      energy: { ...input.energy, memoryPjPerBit: MEMORY_PJ_PER_BIT_BEFORE_FIT.HBM3e * scale },
    },
    'decode',
    w.id,
  ).watts
}

export interface EnergyFit {
  readonly memoryEnergyScale: number
  readonly window: string
  readonly measuredWatts: number
  readonly engineWattsBefore: number
  readonly engineWattsAfter: number
}

/**
 * The scale (to 3 decimals) at which the engine's decode power for the window equals the measured mean power.
 * The power rises monotonically with the energy per bit until the power limit caps it; the window sits below its
 * limit (653 of 700 W), so bisection on [0.25, 8] finds it.
 */
export function fitMemoryEnergyScale(): EnergyFit {
  const measuredWatts = window().mean_w
  let lo = 0.25
  let hi = 8
  if (decodeWindowWatts(lo) > measuredWatts || decodeWindowWatts(hi) < measuredWatts)
    throw new Error('the measured decode power is outside what the energy per bit can reach')
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2
    if (decodeWindowWatts(mid) < measuredWatts) lo = mid
    else hi = mid
  }
  const memoryEnergyScale = Math.round(((lo + hi) / 2) * 1000) / 1000
  return {
    memoryEnergyScale,
    window: DECODE_FIT_WINDOW,
    measuredWatts: Math.round(measuredWatts * 10) / 10,
    engineWattsBefore: Math.round(decodeWindowWatts(1) * 10) / 10,
    engineWattsAfter: Math.round(decodeWindowWatts(memoryEnergyScale) * 10) / 10,
  }
}
