import { describe, expect, it } from 'vitest'

import type { SimulationResult } from '@/engine/index'
import { peakShare, phaseBindings } from '@/features/overview/model/binding'

import { engineResult } from './fixtures'

function withDecode(
  base: SimulationResult,
  decode: Partial<SimulationResult['decode']>,
  rest: Partial<SimulationResult> = {},
): SimulationResult {
  return { ...base, ...rest, decode: { ...base.decode, ...decode } }
}

describe('peakShare', () => {
  it('is achieved FLOP/s over the replica’s peak (hand computed)', () => {
    const base = engineResult()
    const r: SimulationResult = {
      ...base,
      scenario: { ...base.scenario, accelerators: 2 },
      roofline: { ...base.roofline, mathPeakTflops: 1000 },
    }
    // 1e15 FLOP in 1 s on 2 × 1,000 TFLOP/s = 50 %.
    expect(peakShare(r, { ...r.prefill, flops: 1e15, seconds: 1 })).toBeCloseTo(0.5, 12)
  })
})

describe('phaseBindings', () => {
  it('names the bound of each phase and the prompt length', () => {
    const r = engineResult()
    const [prefill, decode] = phaseBindings(r)
    expect(prefill.bound).toBe(r.prefill.bound)
    expect(prefill.sentence).toMatch(
      /^Prefill is compute-bound: 1,024-token prompts keep the tensor cores busy \(\d+ % of peak FLOP\/s\)\.$/,
    )
    expect(decode.sentence).toContain(`at batch ${r.batchSize}`)
  })

  it('explains a batch set by the interactivity target with the target', () => {
    const base = engineResult()
    const r = withDecode(
      base,
      {
        bound: 'memory-bandwidth',
        binding: 'memory-bandwidth',
        boundFlipNote: '',
        computeSeconds: 1,
        memorySeconds: 3,
        communicationSeconds: 0,
        overheadSeconds: 0,
      },
      {
        batchSize: 212,
        batchLimit: 'interactivity',
        batchCapacity: 442,
      },
    )
    const decode = phaseBindings(r)[1]
    expect(decode.boundLabel).toBe('Memory-bandwidth-bound')
    expect(decode.sentence).toContain(
      'Decode is memory-bandwidth-bound at batch 212, set by the 40 tokens/s interactivity target (memory would hold 442)',
    )
    // 3 of 4 seconds on memory.
    expect(decode.shares.memory).toBeCloseTo(0.75, 12)
    expect(decode.sentence).toContain('(75 % of decode time)')
  })

  it('calls the review’s decode mixed with its shares, as the roofline does', () => {
    // Review §1.6's case: the reference on TP4 at batch 300.
    const r = engineResult({
      accelerators: 4,
      deployment: { tensorParallel: 4 },
      workload: { batchSize: 300 },
    })
    const decode = phaseBindings(r)[1]
    expect(decode.bound).toBe('mixed')
    const compute = Math.round(decode.shares.compute * 100)
    const memory = Math.round(decode.shares.memory * 100)
    expect(compute).toBeGreaterThan(0)
    expect(memory).toBeGreaterThan(0)
    expect(decode.boundLabel).toBe(`Mixed: ${compute} % compute, ${memory} % memory`)
    expect(decode.sentence).toContain(`Decode is mixed at batch ${r.batchSize}`)
    expect(decode.sentence).toContain('the linear layers run on the tensor cores')
    expect(decode.sentence).toContain("attention streams each sequence's KV cache from memory")
  })

  it('words a mixed decode whose linear layers stream their weights: the compute share is their unhidden math', () => {
    // The reference on TP4 at batch 200 with none of the shorter roof hidden (overlap loss 1): the
    // linear layers are memory-bound, and the compute roof's share is the part of their math the
    // weight streaming does not hide (physics/roofline.ts), not attention, which reads its KV cache
    // from memory. (TP2 at batch 93, the case until the refit of 2026-12-07 lowered Hopper's memory
    // derate, is memory-bound outright now: its capacity caps it at 83 sequences.)
    const r = engineResult({
      accelerators: 4,
      deployment: { tensorParallel: 4 },
      workload: { batchSize: 200 },
      efficiency: { overlapLoss: 1 },
    })
    const decode = phaseBindings(r)[1]
    expect(decode.bound).toBe('mixed')
    expect(r.decode.memoryBoundStepShare).toBeGreaterThan(0)
    expect(decode.sentence).toContain('the linear layers stream their weights from memory')
    expect(decode.sentence).toContain(
      `the part of their math the streaming does not hide takes the tensor cores ${Math.round(decode.shares.compute * 100)} %`,
    )
    expect(decode.sentence).not.toContain('attention runs on the tensor cores')
  })

  it('adds the engine’s flip note when compute and memory are close', () => {
    const r = withDecode(engineResult(), {
      boundFlipNote: 'Close to a flip: compute takes 48 % and memory 45 % of decode time.',
    })
    expect(phaseBindings(r)[1].sentence).toMatch(/ Close to a flip: compute takes 48 %/)
  })

  it('explains a batch set by memory capacity', () => {
    const r = withDecode(engineResult(), {}, { batchLimit: 'capacity', batchSize: 96 })
    expect(phaseBindings(r)[1].sentence).toContain('set by memory: the KV cache of 96 sequences')
  })

  it('words a communication-bound phase', () => {
    const base = engineResult()
    const r: SimulationResult = {
      ...base,
      prefill: {
        ...base.prefill,
        bound: 'communication',
        computeSeconds: 1,
        communicationSeconds: 3,
        memorySeconds: 0,
        overheadSeconds: 0,
      },
    }
    expect(phaseBindings(r)[0].sentence).toContain(
      `between the ${r.scenario.accelerators} accelerators takes 75 % of its time`,
    )
  })
})
