/**
 * DRAM capacity is binary. A datasheet's "80GB" H100 holds 80 GiB (nvidia-smi: 81,559 MiB
 * visible), and our own H200 reported 143,771 MiB (data/gpu-calibration/h200-2026-11-27.json).
 * Reading those figures as decimal gigabytes left the engine 7 % short of memory. That was enough
 * to squeeze a 70B FP8 model on one H100 down to a few sequences: the measured TensorRT-LLM cases
 * ran 3–8× faster than the engine said.
 * Expected values are written out from those measurements, never read back from the catalogue.
 */
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { ACCELERATORS, acceleratorById, runScenario } from '@/engine/index'

const MIB = 2 ** 20 // bytes
const GIB = 2 ** 30 // bytes

function capacityBytes(id: string): number {
  const spec = acceleratorById(id)
  if (!spec) throw new Error(`no accelerator ${id}`)
  return spec.memoryGB * 1e9
}

/** Llama 3.1 70B FP8 on one H100 at maximum throughput (no speed target, as the TensorRT-LLM tables). */
function llama70bFp8OnOneH100(kvMemoryRule?: 'free' | 'total') {
  const r = runScenario({
    ...(kvMemoryRule ? { serving: { kvMemoryRule } } : {}),
    model: 'llama-3.1-70b',
    hardware: 'h100-sxm',
    accelerators: 1,
    precision: { weights: 'fp8', activations: 'fp8', kvCache: 'fp8' },
    workload: { inputTokens: 128, outputTokens: 128, minOutputTokensPerSecondPerUser: 0 },
  })
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '))
  return r
}

describe('accelerator memory is binary where the chip holds DRAM', () => {
  it('an H100 80GB holds 80 GiB, at least the 81,559 MiB nvidia-smi shows', () => {
    expect(capacityBytes('h100-sxm')).toBeCloseTo(85_899_345_920, -3)
    expect(capacityBytes('h100-sxm')).toBeGreaterThanOrEqual(81_559 * MIB)
  })

  it('an H200 holds at least the memory our own nvidia-smi reported, within 1 %', () => {
    const measured = JSON.parse(
      readFileSync('data/gpu-calibration/h200-2026-11-27.json', 'utf8'),
    ) as unknown
    const text = JSON.stringify(measured)
    const match = /"memory\.total \[MiB\]":"(\d+) MiB"/.exec(text)
    expect(match).not.toBeNull()
    const visible = Number(match![1]) * MIB
    expect(visible).toBe(143_771 * MIB)
    expect(capacityBytes('h200-sxm')).toBeGreaterThanOrEqual(visible)
    expect(capacityBytes('h200-sxm') / visible - 1).toBeLessThan(0.01)
  })

  it('every DRAM capacity in the catalogue is a whole number of GiB; SRAM stays decimal', () => {
    const notWhole = ACCELERATORS.filter((a) => a.memoryKind !== 'SRAM')
      .map((a) => ({ id: a.id, gib: (a.memoryGB * 1e9) / GIB }))
      .filter(({ gib }) => Math.abs(gib - Math.round(gib)) > 1e-6)
    expect(notWhole).toEqual([])
    // Groq's 230 MB and Cerebras's 44 GB of on-chip SRAM are decimal figures.
    expect(acceleratorById('groq-lpu')!.memoryGB).toBe(0.23)
    expect(acceleratorById('cerebras-wse3')!.memoryGB).toBe(44)
  })

  it('figures converted from GiB by hand before stay the same bytes (TPU v7, Trainium2, Inferentia2)', () => {
    expect(capacityBytes('tpu-v7-ironwood')).toBeCloseTo(192 * GIB, -3)
    expect(capacityBytes('trainium2')).toBeCloseTo(96 * GIB, -3)
    expect(capacityBytes('inferentia2')).toBeCloseTo(32 * GIB, -3)
  })

  it('one H100 offers 90 % of 80 GiB to weights and KV cache together under vLLM’s rule: 77.3 GB', () => {
    const r = runScenario({
      model: 'llama-3.1-8b',
      hardware: 'h100-sxm',
      accelerators: 1,
      serving: { kvMemoryRule: 'total' },
    })
    expect(r.ok).toBe(true)
    if (!r.ok) throw new Error('refused')
    expect(r.result.memory.usableGB).toBeCloseTo((0.9 * 80 * GIB) / 1e9, 6)
  })

  it('a 70B model in FP8 on one H100 keeps room for a useful batch', () => {
    const r = llama70bFp8OnOneH100('total')
    // 77.3 GB usable less ~72.7 GB of weights (FP8, with the embedding table and LM head in BF16)
    // leaves ~4.7 GB of KV cache: at 160 KB per token (80 layers x 8 KV heads x 128 x 2 x 1 byte)
    // and 256 tokens, over a hundred sequences. With memory read as decimal GB it was none.
    expect(r.result.memory.kvCacheGB).toBeGreaterThan(4.5)
    expect(r.result.batchCapacity).toBeGreaterThan(100)
  })

  it('under TensorRT-LLM’s rule (the tuned default) the KV cache gets 90 % of what the weights leave', () => {
    const r = llama70bFp8OnOneH100()
    // Llama 3.1 70B: 70.55 billion parameters, one byte each in FP8, and one more byte for each of
    // the 2 × 128,256 × 8,192 parameters of the embedding table and LM head, kept in BF16.
    const weightsGB = 70.552 + (2 * 128_256 * 8_192) / 1e9
    expect(r.result.memory.weightsGB).toBeCloseTo(weightsGB, 1)
    // 0.9 x (85.90 - 72.65) = 11.9 GB, two and a half times what vLLM's rule leaves (4.7 GB).
    expect(r.result.memory.kvCacheGB).toBeCloseTo(0.9 * ((80 * GIB) / 1e9 - weightsGB), 1)
    expect(r.result.batchCapacity).toBeGreaterThan(250)
  })
})
