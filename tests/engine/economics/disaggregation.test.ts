import { describe, expect, it } from 'vitest'

import {
  kvBytesPerToken,
  kvTransferBytes,
  kvTransferJoules,
  kvTransferSeconds,
  scenarioOnHardware,
  servingComparison,
  type ServingComparison,
} from '@/engine/economics/disaggregation'
import { modelById, runScenario } from '@/engine/index'
import { modelGeometry } from '@/engine/physics/model-size'

const comparison = (
  c: ServingComparison | { readonly issues: readonly string[] },
): ServingComparison => {
  if (!('configs' in c)) throw new Error(c.issues.join('; '))
  return c
}

describe('KV-cache transfer (hand-computed)', () => {
  it('Llama 3.3 70B keeps 80 layers × 2 × 8 KV heads × 128 = 163,840 elements per token', () => {
    const model = modelById('llama-3.3-70b')
    if (!model) throw new Error('model missing')
    const elements = modelGeometry(model).kvElementsPerToken
    expect(elements).toBe(80 * 2 * 8 * 128)
    expect(kvBytesPerToken(elements, 16)).toBe(327_680)
    expect(kvBytesPerToken(elements, 8)).toBe(163_840)
  })

  it('transfer time = bytes × 8 ÷ bandwidth, energy = bits × pJ/bit', () => {
    expect(kvTransferBytes(1024, 327_680)).toBe(335_544_320)
    expect(kvTransferSeconds(1e9, 8)).toBeCloseTo(1, 12)
    expect(kvTransferSeconds(1e9, 400, 0.8)).toBeCloseTo(8e9 / 320e9, 12)
    expect(kvTransferJoules(1e9, 10)).toBeCloseTo(0.08, 12)
  })
})

describe('scenario on other hardware', () => {
  it('drops the overrides that describe the scenario’s own hardware, keeps scenario-wide settings', () => {
    const input = scenarioOnHardware(
      {
        hardware: 'h100-sxm',
        economics: { acceleratorPriceUsd: 1, usdPerKwh: 0.12, pue: 1.2 },
        energy: { boundary: 'chip', staticW: 5, scaleOutPjPerBit: 9 },
        efficiency: { compute: 0.3 },
        levers: { hbm: 1 },
      },
      'b200',
      'auto',
      'fp8',
    )
    expect(input.hardware).toBe('b200')
    expect(input.accelerators).toBe('auto')
    expect(input.economics).toEqual({ usdPerKwh: 0.12, pue: 1.2 })
    expect(input.energy).toEqual({ boundary: 'chip', scaleOutPjPerBit: 9 })
    expect(input.efficiency).toBeUndefined()
    expect(input.levers).toEqual({ hbm: 1 })
    expect(input.precision).toEqual({ weights: 'fp8', activations: 'fp8', kvCache: 'fp8' })
  })

  it("keeps everything when the pool uses the scenario's hardware", () => {
    const base = {
      hardware: 'h100-sxm',
      efficiency: { compute: 0.3 },
      economics: { acceleratorPriceUsd: 1 },
    }
    const input = scenarioOnHardware(base, 'scenario', 4)
    expect(input.hardware).toBe('h100-sxm')
    expect(input.efficiency).toEqual({ compute: 0.3 })
    expect(input.economics).toEqual({ acceleratorPriceUsd: 1 })
    expect(input.accelerators).toBe(4)
  })
})

describe('disaggregated vs colocated serving', () => {
  const c = comparison(
    servingComparison(
      { accelerators: 4 },
      { hardware: 'scenario', accelerators: 4, precision: 'scenario' },
      { hardware: 'groq-lpu', accelerators: 576, precision: 'int8' },
    ),
  )
  const [onPrefill, onDecode, split] = c.configs

  it('colocated on the prefill hardware equals the scenario itself', () => {
    const direct = runScenario({ accelerators: 4 })
    if (!direct.ok || !onPrefill) throw new Error('reference failed')
    expect(onPrefill.usdPerMillionOutputTokens).toBeCloseTo(
      (direct.result.costPerRequestUsd / 256) * 1e6,
      9,
    )
    expect(onPrefill.joulesPerOutputToken).toBeCloseTo(direct.result.energyPerToken.joules, 12)
  })

  it('the split costs its parts: prefill + transfer + decode', () => {
    if (!split?.feasible) throw new Error('split infeasible')
    const parts =
      split.costPerRequest.prefill + split.costPerRequest.transfer + split.costPerRequest.decode
    expect(split.usdPerMillionOutputTokens).toBeCloseTo((parts / c.outputTokens) * 1e6, 9)
    const energy =
      split.energyPerRequest.prefill +
      split.energyPerRequest.transfer +
      split.energyPerRequest.decode
    expect(split.joulesPerOutputToken).toBeCloseTo(energy / c.outputTokens, 12)
  })

  it('decodes at the decode hardware’s speed and adds the transfer to the first token', () => {
    if (!split?.feasible || !onDecode?.feasible || !c.transfer) throw new Error('infeasible')
    expect(split.tpotSeconds).toBeCloseTo(onDecode.tpotSeconds, 15)
    // KV of 1,024 prompt tokens at int8 (Groq pool) = 1,024 × 163,840 bytes.
    expect(c.transfer.bytesPerRequest).toBe(1024 * 163_840)
    // Over min(4 × 400 Gb/s H100 NICs, 576 × 12.5 Gb/s) = 1,600 Gb/s at 80 %.
    expect(c.transfer.linkGbps).toBeCloseTo(1600, 9)
    expect(c.transfer.seconds).toBeCloseTo((1024 * 163_840 * 8) / (1600e9 * 0.8), 12)
    expect(split.ttftSeconds).toBeGreaterThan(c.transfer.seconds)
    expect(c.transfer.joules).toBeCloseTo(1024 * 163_840 * 8 * 20e-12 * 1.3, 12)
  })

  it('names what cannot run instead of throwing', () => {
    const bad = comparison(
      servingComparison(
        {},
        { hardware: 'scenario', accelerators: 'auto', precision: 'scenario' },
        { hardware: 'groq-lpu', accelerators: 8, precision: 'bf16' },
      ),
    )
    const decode = bad.configs.find((x) => x.id === 'colocated-decode')
    const disaggregated = bad.configs.find((x) => x.id === 'disaggregated')
    expect(decode?.feasible).toBe(false)
    expect(decode?.issues.join(' ')).toMatch(/does not fit/)
    expect(disaggregated?.feasible).toBe(false)
    expect(bad.transfer).toBeUndefined()
  })
})
