import { describe, expect, it } from 'vitest'

import { ACCELERATORS, acceleratorById, modelById } from '@/engine/index'
import {
  acceleratorCountOptions,
  contextLabel,
  effectiveHardware,
  hardwareDescriptor,
  hardwareGroups,
  hardwareOptionLabel,
  memoryCapacityText,
  modelSizeLabel,
  nativeFormatsLabel,
} from '@/features/scenario/model/catalogue-options'

describe('catalogue options', () => {
  it('describes hardware by memory, bandwidth and year', () => {
    const h100 = acceleratorById('h100-sxm')
    if (!h100) throw new Error('h100-sxm missing')
    expect(hardwareOptionLabel(h100)).toBe('H100 SXM5 80GB · 80 GiB · 3.35 TB/s · 2023')
  })

  it('gives DRAM in GiB as vendors sell it, SRAM and non-whole edits in decimal GB', () => {
    expect(memoryCapacityText(acceleratorById('b200')!)).toBe('180 GiB')
    expect(memoryCapacityText(acceleratorById('groq-lpu')!)).toBe('0.23 GB')
    expect(memoryCapacityText(acceleratorById('cerebras-wse3')!)).toBe('44 GB')
    expect(memoryCapacityText({ memoryGB: 100, memoryKind: 'HBM3' })).toBe('100 GB')
    expect(memoryCapacityText({ memoryGB: (96 * 2 ** 30) / 1e9, memoryKind: 'HBM3' })).toBe(
      '96 GiB',
    )
  })

  it('marks projected hardware', () => {
    const projected = ACCELERATORS.filter((a) => a.projected)
    expect(projected.length).toBeGreaterThan(0)
    for (const a of projected) expect(hardwareOptionLabel(a)).toMatch(/· projected$/)
  })

  it('groups every accelerator under its vendor', () => {
    const groups = hardwareGroups(ACCELERATORS)
    expect(groups.flatMap((g) => g.options).length).toBe(ACCELERATORS.length)
    expect(groups[0]?.label).toBe(ACCELERATORS[0]?.vendor)
  })

  it('sizes dense and mixture-of-experts models', () => {
    const dense = modelById('llama-3.1-8b')
    const moe = modelById('deepseek-v3')
    if (!dense || !moe) throw new Error('catalogue models missing')
    expect(modelSizeLabel(dense)).toBe('8.03B dense')
    expect(modelSizeLabel(moe)).toBe('671B MoE, 37B active')
  })

  it('shows the chosen count next to auto, and keeps an unusual count', () => {
    expect(acceleratorCountOptions('auto', 4)[0]).toEqual({ value: 'auto', label: 'auto (4)' })
    expect(acceleratorCountOptions(12, undefined).map((o) => o.value)).toContain('12')
  })
})

describe('the hardware line', () => {
  it('reads the figures the engine uses, edits on the catalogue entry, and marks each edit', () => {
    const b200 = acceleratorById('b200')
    if (!b200) throw new Error('b200 missing')
    const plain = effectiveHardware(b200, 'b200')
    expect(plain.spec).toBe(b200)
    expect(hardwareDescriptor(plain.spec, plain.edited)).not.toContain('edited')
    const edited = effectiveHardware(b200, {
      base: 'b200',
      memoryGB: 256,
      peakTflops: { fp16: 3000 },
      tdpW: undefined,
    })
    expect(edited.spec.memoryGB).toBe(256)
    expect(edited.spec.peakTflops.fp16).toBe(3000)
    expect(edited.spec.peakTflops.fp8).toBe(b200.peakTflops.fp8)
    expect(edited.spec.tdpW).toBe(b200.tdpW)
    expect(hardwareDescriptor(edited.spec, edited.edited)).toBe(
      `256 GB (edited) ${b200.memoryKind} · 8 TB/s · 3,000 TFLOP/s 16-bit (edited) · 1,000 W`,
    )
  })
})

describe('model labels', () => {
  it('writes context windows as the powers of two they are', () => {
    expect(contextLabel(4096)).toBe('4K')
    expect(contextLabel(131072)).toBe('128K')
    expect(contextLabel(1048576)).toBe('1M')
    expect(contextLabel(10485760)).toBe('10M')
  })

  it('names the formats a model ships in', () => {
    expect(nativeFormatsLabel(modelById('llama-3.3-70b')!)).toBe('Ships in bf16')
    expect(nativeFormatsLabel(modelById('deepseek-v3')!)).toBe('Ships in fp8 (KV cache bf16)')
    expect(nativeFormatsLabel(modelById('gpt-oss-120b')!)).toBe(
      'Ships in fp4 weights, bf16 math, bf16 KV cache',
    )
  })
})
