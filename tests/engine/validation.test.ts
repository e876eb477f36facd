/**
 * The engine against measurements: published throughput and serving cases (measured.json; the report's
 * numbers must be the engine's) and our own H200 measurements (gpu-h200.json, report-only bands: a plain
 * PyTorch stack, not the tuned stacks the derates were fitted on). Predictions are recomputed here through
 * runScenario from the documented mapping rules, so the tests check the mapping modules as well as the engine.
 */
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { apiPriceRows, runScenario, type SimulationResult } from '@/engine/index'
import {
  GPU_CASES,
  GPU_DATA,
  GPU_EXCLUDED,
  type GpuMeasuredCase,
} from '@/engine/validation/gpu-cases'
import { runGpuValidation } from '@/engine/validation/gpu-run'
import { MEASURED_CASES, ranVllm } from '@/engine/validation/measured-cases'
import { runValidation } from '@/engine/validation/run'

import { GPU_TRIMMED_PATH, renderTrimmedGpuCalibration } from '../../scripts/lib/gpu-trim'
import {
  renderValidationReport,
  VALIDATION_DOC_PATH,
  withoutGeneratedLine,
} from '../../scripts/lib/validation-report'

const GPU_SOURCE = 'data/gpu-calibration/h200-2026-11-27.json'

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

function engine(input: unknown): SimulationResult {
  const outcome = runScenario(input)
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '))
  return outcome.result
}

describe('measured cases through the engine (measured.json)', () => {
  // The mapping written out here independently of measured-cases.ts, so the test checks it too.
  const run = (c: (typeof MEASURED_CASES)[number], batchSize: number | 'max'): SimulationResult => {
    // A system description that names TensorRT-LLM too lists every benchmark's software (MLPerf
    // v6.0: "vLLM CentML:mlperf-inf-mm-q3vl-v6.0" is the multimodal benchmark's build): TensorRT-LLM.
    const framework = String(c.what.framework ?? '').toLowerCase()
    const vllm = framework.includes('vllm') && !framework.includes('tensorrt-llm')
    const stages = c.pipelineParallel ?? 1
    const cap = c.maxBatch ?? (c.requests !== undefined ? 4096 : undefined)
    const spread = c.moe && c.expertsSpread === true && c.attentionDataParallel !== undefined
    const attention = spread ? (c.attentionDataParallel ? 'data' : 'tensor') : undefined
    return engine({
      hardware: c.hardware,
      accelerators: c.tensorParallel * stages,
      // The measured replica, pinned: the search may not swap TP8 for eight TP1 replicas. The
      // frameworks measured split every expert across the group (their default placement), unless
      // the submission's configuration spreads them (expert parallelism).
      deployment: {
        tensorParallel: c.tensorParallel,
        pipelineParallel: stages,
        ...(c.moe ? { expertParallel: c.expertsSpread ? c.tensorParallel : 1 } : {}),
      },
      model: c.model,
      precision: c.precision,
      workload: {
        inputTokens: c.inputTokens,
        outputTokens: c.outputTokens,
        batchSize,
        minOutputTokensPerSecondPerUser: 0,
        prefixCacheHitRate: 0,
        outputLengthCv: c.outputLengthCv ?? 0,
      },
      // The KV cache's share of memory as the framework the source names counts it: vLLM of all
      // memory, TensorRT-LLM (and the rest, the tuned default) of what the weights leave. A
      // trtllm-bench run holds up to 4096 sequences (its build heuristic's cap); an MLPerf
      // submission's configuration may state its own.
      // Attention of experts spread over the group as the source ran it: data-parallel where it
      // says enable_attention_dp, tensor-parallel where it did not (the ML.ENERGY vLLM runs).
      ...(vllm || cap !== undefined || attention !== undefined
        ? {
            serving: {
              ...(vllm ? { kvMemoryRule: 'total' } : {}),
              ...(attention !== undefined ? { attentionParallelism: attention } : {}),
              // A case's cap is its replica's; the engine's is per scheduler, and under
              // data-parallel attention each of the TP ranks schedules its own.
              ...(cap !== undefined
                ? { maxBatchSize: attention === 'data' ? cap / c.tensorParallel : cap }
                : {}),
            },
          }
        : {}),
    })
  }
  const independent = (c: (typeof MEASURED_CASES)[number]): number => {
    const r = run(c, c.batchSize)
    if (c.kind === 'tpot') return r.latency.tpotSeconds
    // GPU energy counters (ML.ENERGY's Zeus readings) see the chip boundary.
    if (c.kind === 'energy') return r.energyPerToken.byBoundary.chip
    if (c.kind === 'power') return r.power.chipWattsPerAccelerator
    const steady = r.throughput.outputTokensPerSecondPerAccelerator
    if (c.requests === undefined) return steady
    // A finite trtllm-bench run: full rounds at the batch memory holds, then the rest at theirs; the
    // figure is every output token over the whole run.
    const full = Math.floor(c.requests / r.batchSize)
    const rest = c.requests % r.batchSize
    if (rest === 0) return steady
    const last = run(c, rest).throughput.outputTokensPerSecondPerAccelerator
    const seconds = (full * r.batchSize * c.outputTokens) / steady + (rest * c.outputTokens) / last
    return (c.requests * c.outputTokens) / seconds
  }
  const v = runValidation()
  const sample = MEASURED_CASES.filter((_, i) => i % 25 === 0)

  it.each(sample)('the report’s engine number is runScenario’s ($id)', (c) => {
    const row = [
      ...v.rows,
      ...v.measured.tpotRows,
      ...v.measured.energyRows,
      ...v.measured.powerRows,
    ].find((r) => r.id === c.id)
    expect(row).toBeDefined()
    expect(row!.measured).toBe(c.measured)
    expect(row!.predicted).toBeCloseTo(independent(c), 9)
  })

  it('reads a system that names TensorRT-LLM beside a vLLM build as TensorRT-LLM', () => {
    const byId = (id: string) => MEASURED_CASES.find((c) => c.id === id)!
    const nebius = byId('mlperf-v6-0-nebius-nebius-b200-n1-deepseek-r1-offline')
    expect(String(nebius.what.framework)).toMatch(/TensorRT-LLM.*vLLM CentML/)
    expect(ranVllm(nebius)).toBe(false)
    const row = v.rows.find((r) => r.id === nebius.id)!
    expect(row.predicted).toBeCloseTo(independent(nebius), 9)
    const amd = MEASURED_CASES.find((c) => /^vLLM 0\.4\.3\+rocm/.test(String(c.what.framework)))!
    expect(ranVllm(amd)).toBe(true)
  })

  it('the headline is the validation-set median, recomputed here', () => {
    const ratios = v.rows
      .filter((r) => r.role === 'validation' && Number.isFinite(r.ratio))
      .map((r) => Math.abs(r.ratio - 1) * 100)
    expect(ratios.length).toBeGreaterThan(100)
    expect(v.medianAbsErrorPct).toBeCloseTo(median(ratios), 9)
    expect(v.measured.throughputValidation.medianAbsErrorPct).toBeCloseTo(median(ratios), 9)
  })

  it('the in-sample error is computed on the fitting cases only', () => {
    const fit = v.rows.filter((r) => r.role === 'fit')
    expect(v.measured.throughputFit.count + v.measured.throughputFit.refused).toBe(fit.length)
    const regimes = new Set(v.measured.throughputFitByRegime.map((r) => r.regime))
    for (const r of fit) expect(regimes.has(r.regime)).toBe(true)
  })

  it('the fitted derates reproduce the fitting set (in-sample median at most 15 %)', () => {
    expect(v.measured.throughputFit.medianAbsErrorPct).toBeLessThanOrEqual(15)
  })
})

describe('our H200 measurements (gpu-h200.json)', () => {
  it('the trimmed copy matches the data file', () => {
    const full = JSON.parse(readFileSync(GPU_SOURCE, 'utf8')) as unknown
    expect(readFileSync(GPU_TRIMMED_PATH, 'utf8')).toBe(
      renderTrimmedGpuCalibration(full, GPU_SOURCE),
    )
  })

  const sameShape = (a: GpuMeasuredCase, b: GpuMeasuredCase): boolean =>
    a.model_shape === b.model_shape &&
    a.layers === b.layers &&
    a.phase === b.phase &&
    a.precision === b.precision &&
    a.batch === b.batch &&
    a.input_len === b.input_len &&
    a.act_quant === b.act_quant

  it('compares every case once, leaving out only eager twins of CUDA-graph cases', () => {
    const ids = [...GPU_CASES, ...GPU_EXCLUDED].map((c) => c.id).sort()
    expect(ids).toEqual(GPU_DATA.cases.map((c) => c.id).sort())
    for (const x of GPU_EXCLUDED) {
      expect(x.measured.cuda_graph).toBe(false)
      const twin = GPU_DATA.cases.find((c) => c.cuda_graph && sameShape(c, x.measured))
      expect(twin, `${x.id} has no CUDA-graph twin`).toBeDefined()
    }
    expect(GPU_CASES.filter((c) => c.phase === 'decode').every((c) => c.measured.cuda_graph)).toBe(
      true,
    )
  })

  // The documented mapping, written out here independently of gpu-cases.ts.
  const predicted = GPU_CASES.map((c) => {
    const m = c.measured
    const r = engine({
      hardware: 'h200-sxm',
      accelerators: 1,
      model:
        m.model_shape === 'llama-3.1-8b'
          ? { base: 'llama-3.1-8b' }
          : { base: 'llama-3.1-70b', layers: m.layers },
      precision:
        m.precision === 'fp8'
          ? { weights: 'fp8', activations: 'fp8', kvCache: 'bf16' }
          : { weights: 'bf16', activations: 'bf16', kvCache: 'bf16' },
      workload: {
        inputTokens: m.input_len,
        outputTokens: 1,
        batchSize: m.batch,
        minOutputTokensPerSecondPerUser: 0,
        prefixCacheHitRate: 0,
      },
      // A graph replay of one forward pass: no scheduler or sampler, so no serving step overhead.
      efficiency: { stepOverheadSeconds: 0 },
      serving: { stack: 'generic' },
    })
    const phase = c.phase === 'prefill' ? r.prefill : r.decode
    return { id: c.id, m, phase, ratio: (phase.seconds * 1000) / m.ms }
  })

  it('runGpuValidation uses that mapping', () => {
    expect(runGpuValidation().rows.map((r) => [r.id, r.ratio])).toEqual(
      predicted.map((p) => [p.id, p.ratio]),
    )
  })

  it.each(predicted)("counts the same FLOPs as the script's own count ($id)", ({ m, phase }) => {
    expect(phase.flops / m.flops).toBeCloseTo(1, 2)
  })

  it.each(predicted.filter((p) => p.m.phase === 'decode' && p.m.precision === 'bf16'))(
    "counts the same decode bytes as the script's own count, plus the bytes between the GEMMs ($id)",
    ({ m, phase }) => {
      // Both read the embedding rows a step looks up, not the table (vocab 128,256 × hidden, bf16),
      // which engine-model.md §3 counts in W and the engine no longer does (kernel/replica.ts
      // headReadBytes); a table counted again would put the ratio at 0.93–0.98.
      const hidden = m.model_shape === 'llama-3.1-8b' ? 4096 : 8192
      const layers = m.model_shape === 'llama-3.1-8b' ? 32 : m.layers
      // The script counts weights and KV only. The engine adds, per sequence of the one step
      // (kernel/elementwise.ts), two residual add + norm kernels per layer (four BF16 hidden vectors
      // each) and the float32 logits written and read once.
      const betweenGemms = m.batch * (2 * layers * 4 * hidden * 2 + 2 * 128_256 * 4)
      expect(phase.bytes / (m.bytes + betweenGemms)).toBeCloseTo(1, 2)
    },
  )

  // Report-only bands: the measurements are plain PyTorch, slower than the tuned stacks the
  // derates describe, and fp8 there quantises activations with unfused ops (docs/validation.md).
  it.each(predicted.filter((p) => p.m.precision === 'bf16'))(
    'bf16 time within 0.5–2× ($id)',
    ({ ratio }) => {
      expect(ratio).toBeGreaterThanOrEqual(0.5)
      expect(ratio).toBeLessThanOrEqual(2)
    },
  )

  it.each(predicted.filter((p) => p.m.precision === 'fp8'))(
    'fp8 time within 0.33–3× ($id)',
    ({ ratio }) => {
      expect(ratio).toBeGreaterThanOrEqual(1 / 3)
      expect(ratio).toBeLessThanOrEqual(3)
    },
  )

  it('bf16 prefill of at least 8 × 1,024 tokens is within 15 % (compute derate)', () => {
    const big = predicted.filter(
      (p) =>
        p.m.phase === 'prefill' && p.m.precision === 'bf16' && p.m.batch * p.m.input_len >= 8192,
    )
    expect(big.length).toBeGreaterThanOrEqual(4)
    for (const p of big) expect(Math.abs(p.ratio - 1)).toBeLessThanOrEqual(0.15)
  })

  it('power and energy per token of the sustained windows are within 0.5–2×', () => {
    const { power } = runGpuValidation()
    expect(power.map((p) => p.phase).sort()).toEqual(['decode', 'prefill'])
    for (const p of power) {
      expect(p.wattsRatio).toBeGreaterThanOrEqual(0.5)
      expect(p.wattsRatio).toBeLessThanOrEqual(2)
      expect(p.joulesRatio).toBeGreaterThanOrEqual(0.5)
      expect(p.joulesRatio).toBeLessThanOrEqual(2)
      // Sanity: the bottom-up chip power (no cap in the engine) stays near the board power limit.
      expect(p.predictedW).toBeLessThanOrEqual(p.tdpW * 1.5)
    }
  })

  it('the engine derates are below the measured single-kernel peaks', () => {
    const { peaks } = runGpuValidation()
    const hw = engine({ hardware: 'h200-sxm', model: 'llama-3.1-8b', accelerators: 1 })
    const gemm = GPU_DATA.peaks.bf16_tflops / hw.roofline.mathPeakTflops
    const copy = GPU_DATA.peaks.copy_tbps / hw.roofline.memoryBandwidthTBps
    expect(peaks.find((p) => p.id === 'gemm-bf16')?.share).toBeCloseTo(gemm, 12)
    for (const p of peaks.filter(
      (x) => x.kind === 'kernel' && ['gemm-bf16', 'hbm-copy'].includes(x.id),
    )) {
      expect(p.engineDerate).toBeLessThan(p.share)
    }
    expect(copy).toBeGreaterThan(0.8)
  })
})

describe('docs/validation.md', () => {
  it('is up to date (run `npm run validate`)', () => {
    const committed = readFileSync(VALIDATION_DOC_PATH, 'utf8')
    const fresh = renderValidationReport({
      published: runValidation(),
      gpu: runGpuValidation(),
      prices: apiPriceRows(),
      date: 'YYYY-MM-DD',
    })
    expect(withoutGeneratedLine(committed)).toBe(withoutGeneratedLine(fresh))
  })
})
