/**
 * The ML.ENERGY Leaderboard v3.0 cases: built from the extracted configurations by a fixed rule, all validation,
 * their measured numbers the source's own (checked here from the raw extract, not from the builder), their lever
 * pairs like with like, and their energy error carried to the energy figures' error band.
 */
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { accuracyFor, runScenario } from '@/engine/index'
import { leverPairs, MLENERGY_ORIGIN } from '@/engine/validation/lever-deltas'
import { MEASURED_CASES, roleByRule, type MeasuredCase } from '@/engine/validation/measured-cases'

interface Extracted {
  readonly model: string
  readonly task: string
  readonly gpu: string
  readonly numGpus: number
  readonly maxNumSeqs: number
  readonly weightPrecision: string
  readonly avgBatchSize: number
  readonly outputTokensPerSecond: number
  readonly avgPowerWatts: number
  readonly energyPerOutputTokenJoules: number
}
const extract = JSON.parse(readFileSync('data/measured/mlenergy-v3.json', 'utf8')) as {
  source: { repo: string; commit: string }
  configurations: Extracted[]
}
const cases = MEASURED_CASES.filter((c) => c.id.startsWith('mlenergy-'))
const byId = new Map(cases.map((c) => [c.id, c]))
const FORMAT: Record<string, string> = { bfloat16: 'bf16', fp8: 'fp8', mxfp4: 'fp4' }
const idOf = (r: Extracted, kind: string) =>
  `mlenergy-${r.task}-${r.model}-${FORMAT[r.weightPrecision]}-${r.gpu.toLowerCase()}x${r.numGpus}-seqs${r.maxNumSeqs}-${kind}`

describe('ML.ENERGY v3.0 cases', () => {
  it('turns every extracted configuration into a time, an energy and a power case', () => {
    expect(extract.source.repo).toBe('ml-energy/leaderboard')
    expect(extract.source.commit).toMatch(/^[0-9a-f]{40}$/)
    expect(extract.configurations.length).toBeGreaterThan(250)
    expect(cases.length).toBe(3 * extract.configurations.length)
  })

  it('keeps every one of them out of the fit, as the written rule says', () => {
    for (const c of cases) {
      expect(c.role).toBe('validation')
      expect(roleByRule(c)).toBe('validation')
      expect(c.source.repo).toBe('ml-energy/leaderboard')
    }
  })

  it('measures what the source measured: batch ÷ tokens/s, GPU joules per token, watts per GPU', () => {
    for (const r of extract.configurations) {
      const tpot = byId.get(idOf(r, 'tpot'))!
      const energy = byId.get(idOf(r, 'energy'))!
      const power = byId.get(idOf(r, 'power'))!
      expect(tpot.measured).toBeCloseTo(r.avgBatchSize / r.outputTokensPerSecond, 5)
      expect(energy.measured).toBeCloseTo(r.energyPerOutputTokenJoules, 5)
      expect(power.measured).toBeCloseTo(r.avgPowerWatts / r.numGpus, 3)
      // Energy per token is power over throughput in the source itself (a check of the extract).
      expect(r.energyPerOutputTokenJoules).toBeCloseTo(r.avgPowerWatts / r.outputTokensPerSecond, 2)
      expect(tpot.batchSize).toBe(Math.max(1, Math.round(r.avgBatchSize)))
      expect(tpot.maxBatch).toBe(r.maxNumSeqs)
      expect(tpot.tensorParallel).toBe(r.numGpus)
      expect(tpot.hardwareId).toBe(r.gpu === 'H100' ? 'h100-sxm' : 'b200')
    }
  })

  it('runs the vLLM runs with the KV cache counted against all of memory', () => {
    const sample = cases.filter((c) => c.kind === 'energy').slice(0, 5)
    for (const c of sample) expect(c.what.framework).toBe('vLLM')
  })

  it('gives the engine a power below the chip limit on every power case it can run', () => {
    const limit: Record<string, number> = { 'h100-sxm': 700, b200: 1000 }
    let ran = 0
    for (const c of cases.filter((x) => x.kind === 'power').slice(0, 40)) {
      const pinned = c
      const out = runScenario({
        hardware: pinned.hardware,
        accelerators: pinned.tensorParallel,
        deployment: {
          tensorParallel: pinned.tensorParallel,
          ...(pinned.moe
            ? { expertParallel: pinned.expertsSpread ? pinned.tensorParallel : 1 }
            : {}),
        },
        model: pinned.model,
        precision: pinned.precision,
        workload: {
          inputTokens: pinned.inputTokens,
          outputTokens: pinned.outputTokens,
          batchSize: pinned.batchSize,
          minOutputTokensPerSecondPerUser: 0,
        },
      })
      if (!out.ok) continue
      ran++
      expect(out.result.power.chipWattsPerAccelerator).toBeLessThanOrEqual(
        limit[pinned.hardwareId]! + 1e-6,
      )
    }
    expect(ran).toBeGreaterThan(30)
  })
})

describe('ML.ENERGY lever pairs', () => {
  const pairs = leverPairs(MEASURED_CASES).filter((p) => p.origin === MLENERGY_ORIGIN)
  const get = (id: string) => byId.get(id)!
  // The task from the case id the builder wrote (mlenergy-<task>-<model>-…), not from the field the pairing reads.
  const task = (c: MeasuredCase) =>
    ['lm-arena-chat', 'gpqa'].find((t) => c.id.startsWith(`mlenergy-${t}-`))

  it('pairs one step of the batch sweep: experts touched on a mixture of experts, batch otherwise', () => {
    const steps = pairs.filter((p) => p.lever === 'batch' || p.lever === 'experts touched')
    expect(steps.filter((p) => p.lever === 'experts touched').length).toBeGreaterThan(50)
    expect(steps.filter((p) => p.lever === 'batch').length).toBeGreaterThan(50)
    for (const p of steps) {
      const [a, b] = [get(p.from), get(p.to)]
      expect(a.kind).toBe('tpot')
      expect(b.kind).toBe('tpot')
      expect(p.lever === 'experts touched').toBe(a.moe)
      expect([a.model, a.format, a.hardwareId, a.tensorParallel, task(a)]).toEqual([
        b.model,
        b.format,
        b.hardwareId,
        b.tensorParallel,
        task(b),
      ])
      expect(task(a)).toBeDefined()
      expect(b.maxBatch!).toBeGreaterThan(a.maxBatch!)
    }
  })

  it('pairs bf16 with fp8 at the same model, GPUs and max_num_seqs for the weight format', () => {
    const formats = pairs.filter((p) => p.lever === 'weight format')
    expect(formats.length).toBeGreaterThan(5)
    for (const p of formats) {
      const [a, b] = [get(p.from), get(p.to)]
      expect([a.format, b.format]).toEqual(['bf16', 'fp8'])
      expect([a.model, a.hardwareId, a.tensorParallel, a.maxBatch, task(a)]).toEqual([
        b.model,
        b.hardwareId,
        b.tensorParallel,
        b.maxBatch,
        task(b),
      ])
    }
  })
})

describe('energy error band', () => {
  const file = JSON.parse(readFileSync('src/engine/validation/accuracy.json', 'utf8')) as {
    energyRegimes: Record<string, { relativeError: number; cases: number }>
  }

  it('uses the measured energy error of the same regime where there is one', () => {
    const [key, e] = Object.entries(file.energyRegimes).find(
      ([k, v]) => v.relativeError >= accuracyFor(k).relativeError,
    )!
    const a = accuracyFor(key)
    expect(a.energyRelativeError).toBe(e.relativeError)
    expect(a.energyBasis).toContain('Same regime')
    expect(a.energyBasis).toContain('ML.ENERGY')
  })

  it('is never below the throughput error', () => {
    for (const key of [
      ...Object.keys(file.energyRegimes),
      'nvidia-hopper/bf16/tp8/dense',
      'google-tpu/int8/tp8/dense',
      'groq/int8/tp8/dense',
    ]) {
      const a = accuracyFor(key)
      expect(a.energyRelativeError).toBeGreaterThanOrEqual(a.relativeError)
      expect(a.energyBasis.length).toBeGreaterThan(20)
    }
  })

  it('is on every result the CLI returns', () => {
    const out = runScenario({})
    expect(out.ok).toBe(true)
    if (!out.ok) throw new Error('reference refused')
    expect(out.result.accuracy.energyRelativeError).toBeGreaterThan(0)
    expect(out.result.accuracy.energyRelativeError).toBeGreaterThanOrEqual(
      out.result.accuracy.relativeError,
    )
  })
})
