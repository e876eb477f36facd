import { describe, expect, it } from 'vitest'

import {
  baselineInput,
  handoutChartRows,
  handoutInputs,
  handoutPages,
} from '@/features/presentation/model/handout'

import { evaluateInThread, THREE_STEP_STORY } from '../fixtures'

describe('handout model', () => {
  const steps = THREE_STEP_STORY.steps

  it('evaluates every step, then every step’s no-lever 2026 baseline', () => {
    const inputs = handoutInputs(steps)
    expect(inputs).toHaveLength(steps.length * 2)
    expect(inputs.slice(0, 3)).toEqual(steps.map((s) => s.input))
    expect(inputs[4]).toEqual(baselineInput(steps[1]!.input))
    expect(inputs[4]).toMatchObject({ levers: {}, year: 2026 })
  })

  it('pairs each step with its figures and its x-fold against its own baseline', async () => {
    const evaluations = await evaluateInThread(handoutInputs(steps))
    const pages = handoutPages(steps, evaluations)
    expect(pages.map((p) => p.step.title)).toEqual(['Alpha', 'Bravo', 'Charlie'])
    const own = evaluations[1]
    const base = evaluations[4]
    if (!own?.ok || !base?.ok || !pages[1]?.ok) throw new Error('step 2 should run')
    expect(pages[1].figures.costFold).toBeCloseTo(
      base.result.costPerMillionTokens.output / own.result.costPerMillionTokens.output,
      12,
    )
    expect(pages[0]?.ok && pages[0].figures.costFold).toBeCloseTo(1, 12)
  })

  it('keeps a step that cannot run as a page that says why, and leaves it out of the chart', () => {
    const pages = handoutPages(steps, [
      { ok: false, message: 'levers.hbm must be at most 1' },
      ...[1, 2, 3, 4, 5].map(() => ({ ok: false as const, message: 'x' })),
    ])
    expect(pages[0]).toMatchObject({ ok: false, message: 'levers.hbm must be at most 1' })
    expect(handoutPages(steps, [])[2]).toMatchObject({ ok: false })
    expect(handoutChartRows(pages, 0)).toEqual([])
  })

  it('marks the current step in the chart rows', async () => {
    const pages = handoutPages(steps, await evaluateInThread(handoutInputs(steps)))
    const rows = handoutChartRows(pages, 2)
    expect(rows.map((r) => r.current)).toEqual([false, false, true])
    expect(rows[2]?.label).toBe('3. Charlie')
  })
})
