import { describe, expect, it } from 'vitest'

import type { SimulationResult } from '@/engine/index'
import { decadeTicks, rooflineModel } from '@/features/overview/model/roofline'

import { engineResult } from './fixtures'

/** Two accelerators of 2,000 TFLOP/s and 8 TB/s peak; prefill entirely compute-bound. */
function handMade(): SimulationResult {
  const base = engineResult()
  return {
    ...base,
    scenario: { ...base.scenario, accelerators: 2 },
    prefill: {
      ...base.prefill,
      flops: 4e15,
      bytes: 4e12,
      seconds: 2.5,
      computeSeconds: 2,
      memorySeconds: 0,
    },
    decode: {
      ...base.decode,
      binding: 'memory-bandwidth',
      flops: 1e14,
      bytes: 1e12,
      seconds: 1,
      computeSeconds: 0.1,
      memorySeconds: 0.5,
    },
    roofline: {
      mathPeakTflops: 2000,
      memoryBandwidthTBps: 8,
      effectiveComputeTflops: 1000,
      effectiveBandwidthTBps: 5,
      ridgeFlopsPerByte: 200,
      prefillFlopsPerByte: 1000,
      decodeFlopsPerByte: 100,
    },
  }
}

describe('rooflineModel', () => {
  it('reads the effective roofs from a compute-bound phase and the ridge (hand computed)', () => {
    const m = rooflineModel(handMade())
    // 4e15 FLOP / 2 s = 2e15 FLOP/s per replica = 1,000 TFLOP/s per accelerator; ÷ ridge 200 = 5 TB/s.
    expect(m.effective?.computeTflops).toBeCloseTo(1000, 9)
    expect(m.effective?.bandwidthTBps).toBeCloseTo(5, 9)
    expect(m.effective?.line).toContainEqual({ x: 200, y: 1000 })
    expect(m.peak.ridge).toBeCloseTo(250, 12)
  })

  it('places each phase at its intensity and achieved FLOP/s per accelerator', () => {
    const m = rooflineModel(handMade())
    // prefill: 4e15 / 2.5 s / 2 = 800 TFLOP/s; decode: 1e14 / 1 s / 2 = 50 TFLOP/s.
    expect(m.points).toEqual([
      { phase: 'prefill', label: 'Prefill', x: 1000, y: 800 },
      { phase: 'decode', label: 'Decode', x: 100, y: 50 },
    ])
  })

  it('labels a mixed decode point and says why it is an average of two roofs', () => {
    // Review §1.6's case: the reference on TP4 at batch 300.
    const m = rooflineModel(
      engineResult({
        accelerators: 4,
        deployment: { tensorParallel: 4 },
        workload: { batchSize: 300 },
      }),
    )
    expect(m.points.find((p) => p.phase === 'decode')?.label).toBe('Decode (mixed)')
    expect(m.decodeNote).toBe(
      'Decode is mixed: 42 % of decode time on the compute roof (the linear layers’ math) and 41 % on the memory roof (attention’s KV reads, and the weight streaming the linear layers do not hide). ' +
        'Its point is their average intensity, 156 FLOP per byte, left of the 236 ridge.',
    )
    expect(rooflineModel(handMade()).decodeNote).toBeUndefined()
  })

  it('keeps the points and roofs inside the axes', () => {
    const m = rooflineModel(engineResult())
    for (const p of m.points) {
      expect(p.x).toBeGreaterThan(m.xDomain[0])
      expect(p.x).toBeLessThan(m.xDomain[1])
      expect(p.y).toBeGreaterThanOrEqual(m.yDomain[0])
      expect(p.y).toBeLessThan(m.yDomain[1])
      // nothing runs above the achievable roof
      expect(p.y).toBeLessThanOrEqual((m.effective?.computeTflops ?? Infinity) * 1.000001)
    }
  })

  it('draws the achievable roof the engine reports, and none when it reports none', () => {
    const r = handMade()
    const m = rooflineModel(r)
    expect(m.effective?.computeTflops).toBe(1000)
    expect(m.effective?.bandwidthTBps).toBe(5)
    const none: SimulationResult = {
      ...r,
      roofline: { ...r.roofline, effectiveComputeTflops: 0, effectiveBandwidthTBps: 0 },
    }
    expect(rooflineModel(none).effective).toBeUndefined()
  })
})

describe('decadeTicks', () => {
  it('lists the powers of ten across the domain', () => {
    expect(decadeTicks([1, 1000])).toEqual([1, 10, 100, 1000])
  })
})
