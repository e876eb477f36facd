import type { ScenarioInput, SimulationResult } from '@/engine/index'
import type { StoryStep } from '@/state/ui-slice'

import { figuresAgainstBaseline, type StoryFigures } from './story-template'

/** The engine's answer for one scenario, as the handout needs it. */
export type StepEvaluation =
  | { readonly ok: true; readonly result: SimulationResult }
  | { readonly ok: false; readonly message: string }

/** Runs several scenarios (in the engine worker); undefined when a newer request replaced this one. */
export type EvaluateSteps = (
  inputs: readonly ScenarioInput[],
) => Promise<readonly StepEvaluation[] | undefined>

export type HandoutPage =
  | { readonly step: StoryStep; readonly ok: true; readonly figures: StoryFigures }
  | { readonly step: StoryStep; readonly ok: false; readonly message: string }

/** The 2026 baseline a step is measured against: the same scenario with no levers. */
export function baselineInput(input: ScenarioInput): ScenarioInput {
  return { ...input, levers: {}, year: 2026 }
}

/** What to evaluate for a handout: every step's scenario, then every step's baseline. */
export function handoutInputs(steps: readonly StoryStep[]): ScenarioInput[] {
  return [...steps.map((s) => s.input), ...steps.map((s) => baselineInput(s.input))]
}

/** Pair each step with its evaluation (first half) and its baseline (second half). */
export function handoutPages(
  steps: readonly StoryStep[],
  evaluations: readonly StepEvaluation[],
): HandoutPage[] {
  return steps.map((step, i) => {
    const own = evaluations[i]
    const base = evaluations[i + steps.length]
    if (!own) return { step, ok: false, message: 'the engine returned no result for this step' }
    if (!own.ok) return { step, ok: false, message: own.message }
    return {
      step,
      ok: true,
      figures: figuresAgainstBaseline(own.result, base?.ok ? base.result : undefined),
    }
  })
}

export interface HandoutChartRow {
  readonly label: string
  readonly cost: number
  readonly current: boolean
}

/** Bars for the handout chart: the cost at each step that could run, this step marked. */
export function handoutChartRows(
  pages: readonly HandoutPage[],
  currentIndex: number,
): HandoutChartRow[] {
  return pages.flatMap((page, i) =>
    page.ok
      ? [
          {
            label: `${i + 1}. ${page.step.title}`,
            cost: page.figures.costPerMillionOutput,
            current: i === currentIndex,
          },
        ]
      : [],
  )
}
