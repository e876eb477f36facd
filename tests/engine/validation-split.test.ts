/**
 * The calibration cannot fool itself: every measured case has a source and a role fixed by the written split rule;
 * the fit function sees fitting cases only (checked on its inputs); the committed fitted values came from exactly
 * the fitting set; the engine's family derates are those fitted values.
 */
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { acceleratorById } from '@/engine/catalog/accelerators'
import { FAMILY_DEFAULTS } from '@/engine/catalog/families'
import { runScenario } from '@/engine/index'
import type { CaseRow } from '@/engine/validation/evaluate'
import { fitDerates, type Predict } from '@/engine/validation/fit'
import fitted from '@/engine/validation/fitted-derates.json'
import {
  FORWARD_ROUND,
  HELD_OUT_FAMILY,
  MEASURED_CASES,
  SPLIT_RULE,
  roleByRule,
  scenarioOf,
  type MeasuredCase,
} from '@/engine/validation/measured-cases'

const raw = JSON.parse(readFileSync('src/engine/validation/measured.json', 'utf8')) as {
  splitRule: string
  cases: { id: string; role: string; source: { repo: string; path: string; commit: string } }[]
}

describe('measured cases (measured.json)', () => {
  it('has at least 150 cases over at least 6 hardware families and 4 models, MoE included', () => {
    expect(MEASURED_CASES.length).toBeGreaterThanOrEqual(150)
    expect(new Set(MEASURED_CASES.map((c) => c.family)).size).toBeGreaterThanOrEqual(6)
    expect(new Set(MEASURED_CASES.map((c) => c.model)).size).toBeGreaterThanOrEqual(4)
    expect(MEASURED_CASES.some((c) => c.moe)).toBe(true)
  })

  it.each(MEASURED_CASES.map((c) => [c.id, c] as const))(
    '%s has a source and says what was measured',
    (_, c) => {
      expect(c.source.repo).toMatch(/^[\w.-]+\/[\w.-]+$/)
      expect(c.source.commit).toMatch(/^[0-9a-f]{40}$/)
      expect(c.source.path.length).toBeGreaterThan(3)
      expect(c.metric.length).toBeGreaterThan(5)
      expect(String(c.what.benchmark ?? '').length).toBeGreaterThan(5)
      expect(c.measured).toBeGreaterThan(0)
      expect(Number.isFinite(c.measured)).toBe(true)
    },
  )

  it('records the split rule in the data file', () => {
    expect(raw.splitRule).toBe(SPLIT_RULE)
    expect(SPLIT_RULE).toMatch(/tensor parallelism below 4/)
    expect(SPLIT_RULE).toContain(HELD_OUT_FAMILY)
  })

  it('gives every case the role the rule gives it, with the family from the engine catalogue', () => {
    for (const c of MEASURED_CASES) {
      const base = typeof c.hardware === 'string' ? c.hardware : c.hardware.base
      expect({ id: c.id, family: acceleratorById(base)?.family, role: c.role }).toEqual({
        id: c.id,
        family: c.family,
        role: roleByRule(c),
      })
    }
  })

  it('keeps MoE, TP ≥ 4, the held-out family and serving curves out of the fitting set', () => {
    const fit = MEASURED_CASES.filter((c) => c.role === 'fit')
    expect(fit.length).toBeGreaterThan(50)
    for (const c of fit) {
      expect(c.moe).toBe(false)
      expect(c.tensorParallel).toBeLessThan(4)
      expect(c.family).not.toBe(HELD_OUT_FAMILY)
      expect(c.kind).toBe('throughput')
    }
    expect(MEASURED_CASES.filter((c) => c.family === HELD_OUT_FAMILY).length).toBeGreaterThan(10)
  })
})

describe('fitDerates', () => {
  const fitCases = MEASURED_CASES.filter((c) => c.role === 'fit')

  /** A stand-in engine that records what the fit asks about; its answer favours one known pair. */
  function recordingPredict(seen: MeasuredCase[]): Predict {
    return (c, e) => {
      seen.push(c)
      const ratio = Math.exp(Math.abs(e.compute - 0.5) + Math.abs(e.memory - 0.7))
      const row: CaseRow = {
        id: c.id,
        kind: c.kind,
        role: c.role,
        regime: 'x',
        measured: c.measured,
        predicted: c.measured * ratio,
        ratio,
      }
      return row
    }
  }

  it('asks the engine only about fitting cases, and about every one of them', () => {
    const seen: MeasuredCase[] = []
    const result = fitDerates(fitCases, recordingPredict(seen))
    expect(seen.length).toBeGreaterThan(fitCases.length)
    expect(seen.every((c) => c.role === 'fit')).toBe(true)
    expect(new Set(seen.map((c) => c.id))).toEqual(new Set(fitCases.map((c) => c.id)))
    // The stand-in's optimum is recovered, so the search really searches.
    for (const f of Object.values(result.families)) {
      expect(f.computeEfficiency).toBe(0.5)
      expect(f.memoryEfficiency).toBe(0.7)
    }
  })

  it('refuses a validation case', () => {
    const leak = MEASURED_CASES.find((c) => c.role === 'validation')!
    expect(() => fitDerates([...fitCases.slice(0, 3), leak], recordingPredict([]))).toThrow(
      /validation case/,
    )
  })

  it('the committed fitted values were fitted on exactly the fitting set', () => {
    expect([...fitted.fitCaseIds].sort()).toEqual(fitCases.map((c) => c.id).sort())
  })

  it('the engine uses the fitted values: own pair where a family has fitting cases, else the pooled pair', () => {
    const families = fitted.families as Record<
      string,
      { computeEfficiency: number; memoryEfficiency: number }
    >
    for (const [id, f] of Object.entries(families)) {
      const d = FAMILY_DEFAULTS[id as keyof typeof FAMILY_DEFAULTS]
      expect(d.computeEfficiency).toBe(f.computeEfficiency)
      expect(d.memoryEfficiency).toBe(f.memoryEfficiency)
      expect(d.stepOverheadSeconds).toBe(fitted.stepOverheadSeconds)
    }
    expect(families[HELD_OUT_FAMILY]).toBeUndefined()
    expect(FAMILY_DEFAULTS[HELD_OUT_FAMILY as keyof typeof FAMILY_DEFAULTS].computeEfficiency).toBe(
      fitted.pooled.computeEfficiency,
    )
  })
})

describe('forward test: MLPerf Inference v6.0 (published after the calibration was fixed)', () => {
  const forward = MEASURED_CASES.filter((c) => c.forward === true)
  const excluded = (
    JSON.parse(readFileSync('data/measured/excluded.json', 'utf8')) as {
      excluded: { source: string; why: string }[]
    }
  ).excluded

  it('holds the v6.0 cases, every one of them validation, and says so in the split rule', () => {
    expect(forward.length).toBeGreaterThanOrEqual(80)
    expect(FORWARD_ROUND).toBe('MLPerf Inference v6.0')
    expect(SPLIT_RULE).toMatch(/MLPerf Inference v6\.0 .* is VALIDATION/)
    for (const c of forward) {
      expect(c.source.repo).toMatch(/inference_results_v6\.0$/)
      expect(c.role).toBe('validation')
    }
    // No case from another round is marked forward.
    expect(
      MEASURED_CASES.filter((c) => /v6\.0$/.test(c.source.repo) && c.forward !== true),
    ).toEqual([])
  })

  it('keeps out of the fit a v6.0 case that every other field would have put in it', () => {
    const wouldFit = forward.filter((c) => roleByRule({ ...c, forward: false }) === 'fit')
    expect(wouldFit.length).toBeGreaterThan(10)
    expect(wouldFit.every((c) => c.role === 'validation')).toBe(true)
  })

  it('excludes a run whose configuration file states no tensor parallelism, rather than guess TP1', () => {
    const noTp = excluded.filter((e) => /states no tensor parallelism/.test(e.why))
    expect(noTp.map((e) => e.source)).toContainEqual(
      expect.stringMatching(
        /closed\/NVIDIA\/results\/B300-SXM-270GBx8_TRT\/llama3\.1-405b\/Offline/,
      ),
    )
    expect(
      forward.filter((c) =>
        c.source.path.includes('NVIDIA/results/B300-SXM-270GBx8_TRT/llama3.1-405b'),
      ),
    ).toEqual([])
  })

  it('reads every run’s rates whole: LoadGen writes 1,126,850 tokens/s as 1.12685e+06', () => {
    // A rate cut at its exponent would leave a mean output below one token per sample.
    const mlperf = MEASURED_CASES.filter((c) => c.id.startsWith('mlperf-'))
    expect(mlperf.filter((c) => c.outputTokens < 10).map((c) => c.id)).toEqual([])
    const gb300 = forward.find(
      (c) =>
        c.id === 'mlperf-v6-0-nvidia-gb300-nvl72-gb300-288gb-aarch64x72-trt-llama2-70b-offline',
    )
    // 1.12685e+06 tokens/s over 72 GPUs (closed/NVIDIA/results/GB300-NVL72_GB300-288GB_aarch64x72_TRT/
    // llama2-70b-99/Offline/performance/run_1/mlperf_log_summary.txt).
    expect(gb300?.measured).toBeCloseTo(1.12685e6 / 72, 3)
  })

  it('runs the 1,000 W power-capped MI355X under a 1,000 W limit, clocks down where the work draws more', () => {
    const capped = forward.find((c) => c.hardwareId === 'mi355x-1000w' && c.kind === 'throughput')!
    expect(capped.hardware).toMatchObject({ base: 'mi355x', tdpW: 1000 })
    const run = runScenario(scenarioOf(capped))
    expect(run.ok).toBe(true)
    if (!run.ok) throw new Error('the capped case must run')
    expect(run.result.power.limitWattsPerAccelerator).toBe(1000)
    expect(run.result.power.prefill.chipWattsPerAccelerator).toBeLessThanOrEqual(1000 * (1 + 1e-9))
    expect(run.result.power.decode.chipWattsPerAccelerator).toBeLessThanOrEqual(1000 * (1 + 1e-9))
    // 1,000 W is below what this work draws on an MI355X, so the limit bites (the check is not idle).
    expect(run.result.power.prefill.clockShare).toBeLessThan(1)
    // The same work on the uncapped part (1,400 W) is faster: the cap takes speed away.
    const uncapped = runScenario({ ...scenarioOf(capped), hardware: 'mi355x' })
    if (!uncapped.ok) throw new Error('the uncapped case must run')
    expect(uncapped.result.power.limitWattsPerAccelerator).toBe(1400)
    expect(uncapped.result.throughput.outputTokensPerSecondPerAccelerator).toBeGreaterThan(
      run.result.throughput.outputTokensPerSecondPerAccelerator,
    )
  })
})
