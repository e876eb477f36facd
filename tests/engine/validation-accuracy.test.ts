/**
 * accuracyFor: the validation error of the nearest regime, from accuracy.json, which must be what the engine's
 * validation run gives now (so the error band is never a hard-coded number).
 */
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { accuracyFor, regimeKeyFor, runScenario } from '@/engine/index'
import { accuracyFile, runValidation } from '@/engine/validation/run'

const file = JSON.parse(readFileSync('src/engine/validation/accuracy.json', 'utf8')) as {
  regimes: Record<string, { relativeError: number; cases: number }>
  fallback: { relativeError: number; cases: number }
  heldOut: {
    family: string
    dense: { relativeError: number; cases: number }
    moe: { relativeError: number; cases: number }
  }
  smallBatch: {
    maxBatch: number
    dense: { relativeError: number; cases: number }
    moe: { relativeError: number; cases: number }
  }
}

describe('accuracy.json', () => {
  it('is what the validation run gives now (run `npm run validate`)', () => {
    const fresh = accuracyFile(runValidation().measured)
    expect(file.regimes).toEqual(fresh.regimes)
    expect(file.fallback).toEqual(fresh.fallback)
    expect(file.heldOut).toEqual(fresh.heldOut)
    expect(file.smallBatch).toEqual(fresh.smallBatch)
  })

  it('gives the small-batch error over the serving-curve validation cases at 16 or fewer sequences', () => {
    const v = runValidation()
    expect(file.smallBatch.maxBatch).toBe(16)
    for (const kind of ['dense', 'moe'] as const) {
      const stats = v.measured.tpotSmallBatch[kind]
      expect(file.smallBatch[kind].cases).toBe(stats.count)
      expect(file.smallBatch[kind].relativeError).toBeCloseTo(stats.medianAbsErrorPct / 100, 4)
      expect(stats.count).toBeGreaterThan(20)
    }
  })

  it('widens the band of a small-batch result to its kind’s small-batch error where that is larger', () => {
    const moeKey = regimeKeyFor({
      family: 'nvidia-blackwell',
      weightFormat: 'fp4',
      tensorParallel: 8,
      moe: true,
    })
    const atMaximum = accuracyFor(moeKey)
    const atOne = accuracyFor(moeKey, 1)
    expect(atOne.relativeError).toBe(
      Math.max(atMaximum.relativeError, file.smallBatch.moe.relativeError),
    )
    expect(atOne.relativeError).toBeGreaterThan(atMaximum.relativeError)
    expect(atOne.basis).toMatch(/^Small batch \(at most 16 sequences per replica\)/)
    expect(atOne.basis).toContain(atMaximum.basis)
    expect(atOne.energyRelativeError).toBeGreaterThanOrEqual(atOne.relativeError)
    // At 17 sequences and above, and without a batch, the maximum-throughput band as before.
    expect(accuracyFor(moeKey, 17)).toEqual(atMaximum)
    expect(accuracyFor(moeKey, 16)).toEqual(atOne)
  })

  it('attaches the small-batch band to a simulated result at one request, not at the largest batch', () => {
    const at = (batchSize: number | 'max') => {
      const r = runScenario({
        model: 'deepseek-r1',
        hardware: 'b200',
        accelerators: 8,
        workload: { inputTokens: 1024, outputTokens: 2048, batchSize },
      })
      if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '))
      return r.result
    }
    const one = at(1)
    const most = at('max')
    expect(one.batchSize).toBe(1)
    expect(most.batchSize).toBeGreaterThan(16)
    expect(one.accuracy.basis).toMatch(/^Small batch/)
    expect(most.accuracy.basis).not.toMatch(/Small batch/)
    expect(one.accuracy.relativeError).toBeGreaterThanOrEqual(file.smallBatch.moe.relativeError)
  })

  it('gives the held-out family’s error over its own validation cases, dense and MoE apart', () => {
    const v = runValidation()
    const family = v.measured.heldOutFamily
    expect(file.heldOut.family).toBe(family)
    const ofFamily = v.rows.filter(
      (r) => r.role === 'validation' && r.regime.startsWith(`${family}/`),
    )
    const median = (xs: number[]): number => {
      const s = [...xs].sort((a, b) => a - b)
      const m = s.length >> 1
      return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
    }
    for (const kind of ['dense', 'moe'] as const) {
      const rows = ofFamily.filter((r) => r.regime.endsWith(`/${kind}`))
      expect(rows.length).toBeGreaterThan(0)
      expect(file.heldOut[kind].cases).toBe(rows.length)
      expect(file.heldOut[kind].relativeError).toBeCloseTo(
        median(rows.map((r) => Math.abs(r.ratio - 1))),
        4,
      )
    }
  })

  it('holds validation regimes only, with their case counts', () => {
    const v = runValidation().measured
    const counted = v.throughputValidationByRegime.filter((r) => r.count > 0)
    expect(Object.keys(file.regimes).sort()).toEqual(counted.map((r) => r.regime).sort())
    for (const r of counted) expect(file.regimes[r.regime]?.cases).toBe(r.count)
    expect(file.fallback.cases).toBe(v.throughputValidation.count)
  })
})

describe('regimeKeyFor', () => {
  it('names family, format, parallelism bucket and dense/MoE', () => {
    expect(
      regimeKeyFor({ family: 'nvidia-hopper', weightFormat: 'fp8', tensorParallel: 8, moe: true }),
    ).toBe('nvidia-hopper/fp8/tp8/moe')
    expect(
      regimeKeyFor({ family: 'amd-cdna3', weightFormat: 'fp16', tensorParallel: 6, moe: false }),
    ).toBe('amd-cdna3/bf16/tp4/dense')
    expect(regimeKeyFor({ family: 'x', weightFormat: 'fp4', tensorParallel: 16, moe: false })).toBe(
      'x/fp4/tp8/dense',
    )
  })
})

describe('accuracyFor', () => {
  const keys = Object.keys(file.regimes)

  it('returns the regime’s own validation error when it has one', () => {
    expect(keys.length).toBeGreaterThan(5)
    for (const k of keys) {
      const a = accuracyFor(k)
      expect(a.relativeError).toBe(file.regimes[k]!.relativeError)
      expect(a.basis).toContain(k)
      expect(a.basis).toMatch(/^Same regime/)
    }
  })

  it('takes the nearest parallelism of the same family, format and dense/MoE', () => {
    const key = keys.find((k) => k.startsWith('nvidia-hopper/fp8/') && k.endsWith('/dense'))!
    const [family, format, , kind] = key.split('/')
    const missing = ['tp1', 'tp2', 'tp4', 'tp8']
      .map((b) => `${family}/${format}/${b}/${kind}`)
      .find((k) => !(k in file.regimes))!
    expect(missing).toBeDefined()
    const a = accuracyFor(missing)
    expect(a.basis).toMatch(/^Nearest regime/)
    const used = keys.find((k) => a.basis.includes(`of ${k} `))!
    expect(used.startsWith(`${family}/${format}/`)).toBe(true)
    expect(used.endsWith(`/${kind}`)).toBe(true)
    expect(a.relativeError).toBe(file.regimes[used]!.relativeError)
  })

  it('falls back to another family’s regime with the same format and parallelism, the largest error, never below the held-out family’s', () => {
    const a = accuracyFor('nvidia-rubin/fp8/tp8/dense')
    const same = keys.filter((k) => k.endsWith('/fp8/tp8/dense'))
    expect(same.length).toBeGreaterThan(0)
    const largest = Math.max(...same.map((k) => file.regimes[k]!.relativeError))
    expect(a.relativeError).toBe(Math.max(largest, file.heldOut.dense.relativeError))
    expect(a.basis).toMatch(/another family/)
    // Here the held-out family's dense error is the larger: the band says so and why.
    expect(file.heldOut.dense.relativeError).toBeGreaterThan(largest)
    expect(a.basis).toMatch(/^No validation case of nvidia-rubin/)
    expect(a.basis).toContain(`cases of ${file.heldOut.family}, the family held out`)
  })

  it('gives no floor to a measured family, even in a regime it has no case of', () => {
    // Blackwell has validation cases (FP4 dense), none of a mixture of experts.
    expect(keys.some((k) => k.startsWith('nvidia-blackwell/'))).toBe(true)
    const a = accuracyFor('nvidia-blackwell/fp4/tp8/moe')
    expect(a.basis).not.toContain('the family held out')
  })

  it('keeps a measured family’s own regime error even when it is below the held-out family’s', () => {
    const small = keys.find(
      (k) => file.regimes[k]!.relativeError < file.heldOut.dense.relativeError,
    )
    expect(small).toBeDefined()
    expect(accuracyFor(small!).relativeError).toBe(file.regimes[small!]!.relativeError)
  })

  it('falls back to the median over all validation cases when nothing is near, or the held-out floor', () => {
    const a = accuracyFor('sram-dataflow/int4/tp2/moe')
    expect(a.relativeError).toBe(
      Math.max(file.fallback.relativeError, file.heldOut.dense.relativeError),
    )
    expect(a.basis).toMatch(/all \d+ validation cases/)
    expect(accuracyFor('not a key').relativeError).toBe(
      Math.max(file.fallback.relativeError, file.heldOut.dense.relativeError),
    )
  })
})
