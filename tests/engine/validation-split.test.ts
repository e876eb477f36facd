/**
 * The calibration cannot fool itself: every measured case has a source and a role fixed by the written split rule;
 * the fit function sees fitting cases only (checked on its inputs); the committed fitted values came from exactly
 * the fitting set; the engine's family derates are those fitted values.
 */
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { acceleratorById } from '@/engine/catalog/accelerators'
import { FAMILY_DEFAULTS } from '@/engine/catalog/families'
import type { CaseRow } from '@/engine/validation/evaluate'
import { fitDerates, type Predict } from '@/engine/validation/fit'
import fitted from '@/engine/validation/fitted-derates.json'
import {
  HELD_OUT_FAMILY,
  MEASURED_CASES,
  SPLIT_RULE,
  roleByRule,
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
      const base = typeof c.hardware === 'string' ? c.hardware : String(c.hardware.base)
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
