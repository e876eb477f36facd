/**
 * Kernel boundaries (physics/kernels.ts): a forward pass pays a fixed time at every kernel it launches, about 6
 * per layer on a tuned stack, 23 in plain PyTorch, 4 more per routed mixture-of-experts layer and 5 more per
 * multi-head latent attention layer; the time per
 * boundary is measured on our H200 (validation/fit-kernel.ts) and is 0 for chips that run a step as one program.
 */
import { describe, expect, it } from 'vitest'

import { FAMILY_DEFAULTS } from '@/engine/catalog/families'
import {
  resolveScenario,
  runScenario,
  type ScenarioInput,
  type SimulationResult,
} from '@/engine/index'
import { P } from '@/engine/params'
import {
  EXTRA_KERNELS_PER_MLA_LAYER,
  EXTRA_KERNELS_PER_MOE_LAYER,
  KERNELS_PER_LAYER_GENERIC,
  KERNELS_PER_LAYER_TUNED,
  passBoundarySeconds,
} from '@/engine/physics/kernels'
import { scenarioParams } from '@/engine/simulate'
import { fitKernelBoundary } from '@/engine/validation/fit-kernel'
import fitted from '@/engine/validation/fitted-kernel.json'
import { GPU_DATA } from '@/engine/validation/gpu-cases'

function run(input: ScenarioInput): SimulationResult {
  const outcome = runScenario(input)
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '))
  return outcome.result
}

/** One chip, a fixed batch of one, no speed target: nothing but the boundary time differs between two runs. */
function atBatchOne(
  model: string,
  hardware: string,
  kernelBoundarySeconds: number,
  serving?: ScenarioInput['serving'],
) {
  return run({
    model,
    hardware,
    accelerators: 1,
    ...(serving ? { serving } : {}),
    workload: {
      inputTokens: 512,
      outputTokens: 64,
      batchSize: 1,
      minOutputTokensPerSecondPerUser: 0,
      prefixCacheHitRate: 0,
    },
    efficiency: { kernelBoundarySeconds },
  })
}

describe('kernel boundaries of a forward pass', () => {
  it('counts 6 kernels per layer on a tuned stack, 23 on a generic one, 4 more per MoE layer', () => {
    expect(passBoundarySeconds(3e-6, 80, 0, 0, 0)).toBeCloseTo(80 * 6 * 3e-6, 15)
    expect(passBoundarySeconds(3e-6, 80, 0, 1, 0)).toBeCloseTo(80 * 23 * 3e-6, 15)
    expect(passBoundarySeconds(3e-6, 61, 58, 0, 0)).toBeCloseTo((61 * 6 + 58 * 4) * 3e-6, 15)
    // Half a generic stack (the compiler-stack lever lowers the share) is halfway between.
    expect(passBoundarySeconds(3e-6, 32, 0, 0.5, 0)).toBeCloseTo(32 * 14.5 * 3e-6, 15)
    expect([
      KERNELS_PER_LAYER_TUNED,
      KERNELS_PER_LAYER_GENERIC,
      EXTRA_KERNELS_PER_MOE_LAYER,
    ]).toEqual([6, 23, 4])
  })

  it('adds layers × 6 boundaries to every decode step and to the prefill pass of a dense model', () => {
    // Llama 3.1 8B: 32 layers; 64 output tokens = 64 decode steps; one prefill pass of 512 tokens.
    const without = atBatchOne('llama-3.1-8b', 'h100-sxm', 0)
    const withBoundaries = atBatchOne('llama-3.1-8b', 'h100-sxm', 3e-6)
    expect(without.power.decode.clockShare).toBe(1)
    expect(withBoundaries.power.decode.clockShare).toBe(1)
    const perPass = 32 * 6 * 3e-6
    expect(withBoundaries.decode.seconds - without.decode.seconds).toBeCloseTo(64 * perPass, 9)
    expect(withBoundaries.prefill.seconds - without.prefill.seconds).toBeCloseTo(perPass, 9)
    // The result's fixed overhead names them with the step overhead.
    expect(withBoundaries.decode.overheadSeconds - without.decode.overheadSeconds).toBeCloseTo(
      64 * perPass,
      12,
    )
  })

  it('adds 4 more per routed mixture-of-experts layer (Mixtral 8x7B: 32 layers, all MoE)', () => {
    const without = atBatchOne('mixtral-8x7b', 'h200-sxm', 0)
    const withBoundaries = atBatchOne('mixtral-8x7b', 'h200-sxm', 3e-6)
    expect(withBoundaries.power.decode.clockShare).toBe(1)
    expect(withBoundaries.decode.seconds - without.decode.seconds).toBeCloseTo(
      64 * (32 * 6 + 32 * 4) * 3e-6,
      9,
    )
  })

  it('adds 5 more per multi-head latent attention layer, from the model’s attention kind alone', () => {
    // The count: a second query GEMM and its RMSNorm, the latent's RMSNorm, two absorbed batched GEMMs.
    expect(EXTRA_KERNELS_PER_MLA_LAYER).toBe(5)
    expect(passBoundarySeconds(3e-6, 61, 58, 0, 61)).toBeCloseTo(
      (61 * 6 + 58 * 4 + 61 * 5) * 3e-6,
      15,
    )
    // DeepSeek-V3: 61 layers, every one MLA, 58 of them routed MoE; Qwen3-235B: grouped-query attention.
    const params = (input: ScenarioInput): Float64Array => {
      const r = resolveScenario(input)
      if (!r.ok) throw new Error('unresolved')
      return scenarioParams(r.scenario)
    }
    expect(params({ model: 'deepseek-v3' })[P.MLA_LAYERS]).toBe(61)
    expect(params({ model: 'kimi-k2' })[P.MLA_LAYERS]).toBe(61)
    expect(params({ model: 'qwen3-235b-a22b' })[P.MLA_LAYERS]).toBe(0)
    expect(params({})[P.MLA_LAYERS]).toBe(0)
    // On a pinned TP8 plan with tensor-parallel attention and nothing else changed, each decode step pays
    // exactly 61 × (6 + 5) + 58 × 4 boundaries.
    const step = (kernelBoundarySeconds: number) =>
      run({
        model: 'deepseek-v3',
        hardware: 'b200',
        precision: { weights: 'fp8', activations: 'fp8', kvCache: 'fp8' },
        deployment: { tensorParallel: 8 },
        serving: { attentionParallelism: 'tensor' },
        workload: {
          inputTokens: 512,
          outputTokens: 64,
          batchSize: 1,
          minOutputTokensPerSecondPerUser: 0,
          prefixCacheHitRate: 0,
        },
        efficiency: { kernelBoundarySeconds },
      })
    const without = step(0)
    const withBoundaries = step(3e-6)
    expect(withBoundaries.power.decode.clockShare).toBe(1)
    expect(withBoundaries.decode.secondsPerStep - without.decode.secondsPerStep).toBeCloseTo(
      (61 * (6 + 5) + 58 * 4) * 3e-6,
      9,
    )
  })

  it('lowers one user’s speed at batch 1 by the share of the step the boundaries take', () => {
    const without = atBatchOne('llama-3.1-8b', 'h100-sxm', 0)
    const withBoundaries = atBatchOne('llama-3.1-8b', 'h100-sxm', 3e-6)
    expect(withBoundaries.latency.outputTokensPerSecondPerUser).toBeLessThan(
      without.latency.outputTokensPerSecondPerUser,
    )
  })

  it('is a GPU family default, 0 where a whole step is one compiled program, each with a source', () => {
    for (const id of [
      'nvidia-hopper',
      'nvidia-blackwell',
      'nvidia-rubin',
      'amd-cdna3',
      'custom',
    ] as const) {
      expect(FAMILY_DEFAULTS[id].kernelBoundarySeconds).toBe(fitted.kernelBoundarySeconds)
      expect(FAMILY_DEFAULTS[id].sources.kernelBoundarySeconds?.source).toMatch(/H200/)
    }
    for (const id of ['google-tpu', 'aws-neuron', 'sram-dataflow'] as const) {
      expect(FAMILY_DEFAULTS[id].kernelBoundarySeconds).toBe(0)
      expect(FAMILY_DEFAULTS[id].sources.kernelBoundarySeconds?.grade).toBe('L')
      expect(FAMILY_DEFAULTS[id].sources.kernelBoundarySeconds?.source).toMatch(/compiled/)
    }
  })

  it('is what the compiler-stack lever shrinks (fusion, megakernels), apart from the step overhead', () => {
    // With no step overhead the lever's STEP_OVERHEAD_S effect has nothing to scale: what is left
    // of the fixed time per step is the boundaries, which only its KERNEL_BOUNDARY_S effect moves.
    const perStep = (levers: Record<string, number>): number => {
      const r = run({ year: 2030, levers, efficiency: { stepOverheadSeconds: 0 } })
      return r.decode.overheadSeconds / r.decode.steps
    }
    const without = perStep({})
    // Llama 3.3 70B, 80 layers, 6 kernels each, at the fitted time per boundary.
    expect(without).toBeCloseTo(80 * 6 * fitted.kernelBoundarySeconds, 12)
    expect(perStep({ compilerStack: 1 })).toBeLessThan(0.9 * without)
  })

  it('charges a draft pass (speculative decoding) one layer’s boundaries', () => {
    const step = (kernelBoundarySeconds: number) =>
      atBatchOne('llama-3.1-8b', 'h100-sxm', kernelBoundarySeconds, {
        tokensPerStep: 2.5,
        verifyTokensPerStep: 4,
        speculationPolicy: 'fixed',
      }).decode
    const without = step(0)
    const withBoundaries = step(3e-6)
    expect(withBoundaries.steps).toBe(without.steps)
    // Per step: the pass's 32 layers × 6 kernels, and 3 draft passes of one layer's 6.
    expect(withBoundaries.secondsPerStep - without.secondsPerStep).toBeCloseTo(
      (32 * 6 + 3 * 6) * 3e-6,
      9,
    )
  })

  it('leaves chips that run a step as one compiled program at none by default', () => {
    const tpu = (efficiency?: ScenarioInput['efficiency']) =>
      run({
        model: 'llama-3.1-8b',
        hardware: 'tpu-v6e',
        accelerators: 1,
        ...(efficiency ? { efficiency } : {}),
      })
    expect(tpu().costPerMillionTokens.output).toBe(
      tpu({ kernelBoundarySeconds: 0 }).costPerMillionTokens.output,
    )
    expect(tpu({ kernelBoundarySeconds: 3e-6 }).decode.seconds).toBeGreaterThan(
      tpu().decode.seconds,
    )
  })
})

describe('the time per kernel boundary, measured on our H200', () => {
  const fit = fitKernelBoundary()

  it('uses the four bf16 CUDA-graph decode steps at batch ≤ 8 and context 1,024 of both model shapes', () => {
    expect(fit.cases).toEqual([
      'llama31-8b-bf16-decode-b1-c1024',
      'llama31-8b-bf16-decode-b8-c1024',
      'llama31-70b-l20-bf16-decode-b1-c1024',
      'llama31-70b-l20-bf16-decode-b8-c1024',
    ])
  })

  it('explains each of them within 3 % and implies a bandwidth below what a copy kernel reached', () => {
    fit.cases.forEach((id, i) => {
      const measured = GPU_DATA.cases.find((c) => c.id === id)!.ms
      expect(Math.abs(fit.residualsMs[i]!) / measured).toBeLessThan(0.03)
    })
    // Datasheet 4.8 TB/s; our copy kernel reached 4.30 TB/s (gpu-h200.json peaks.copy_tbps).
    expect(fit.impliedBandwidthTBps).toBeGreaterThan(0.7 * 4.8)
    expect(fit.impliedBandwidthTBps).toBeLessThan(GPU_DATA.peaks.copy_tbps)
  })

  it('is a few microseconds per boundary, below what a megakernel removes on H100 (at most ~5.3 µs)', () => {
    // Hazy Research (2025): ~100 kernels of Llama-1B at batch 1, ~50 % → 78 % of 3.35 TB/s on 2.47 GB:
    // (2.47e9 / 3.35e12) × (1 / 0.5 − 1 / 0.78) / 100 ≈ 5.3 µs per boundary at most.
    expect(fit.kernelBoundarySeconds).toBeGreaterThan(1e-6)
    expect(fit.kernelBoundarySeconds).toBeLessThan(5.3e-6)
  })

  it('is the value npm run calibrate wrote and the GPU families use', () => {
    expect(fitted.kernelBoundarySeconds).toBe(fit.kernelBoundarySeconds)
    expect(fitted.secondsPerLayer).toBe(fit.secondsPerLayer)
  })

  it('packs into the parameters the kernel reads, overridable per scenario', () => {
    const outcome = resolveScenario({ efficiency: { kernelBoundarySeconds: 1e-6 } })
    if (!outcome.ok) throw new Error('scenario')
    expect(scenarioParams(outcome.scenario)[P.KERNEL_BOUNDARY_S]).toBe(1e-6)
    const byDefault = resolveScenario({})
    if (!byDefault.ok) throw new Error('scenario')
    expect(scenarioParams(byDefault.scenario)[P.KERNEL_BOUNDARY_S]).toBe(
      fitted.kernelBoundarySeconds,
    )
  })
})
