import { runScenario, type ScenarioInput, type SimulationResult } from '@/engine/index'
import type { StepEvaluation } from '@/features/presentation/model/handout'
import type { Story } from '@/state/ui-slice'

/** The engine's result for a scenario (the engine is pure and fast; tests use the real one). */
export function resultOf(input: ScenarioInput = {}): SimulationResult {
  const outcome = runScenario(input)
  if (!outcome.ok)
    throw new Error(
      `fixture scenario cannot run: ${outcome.issues.map((i) => i.message).join('; ')}`,
    )
  return outcome.result
}

/** evaluateSteps for tests: the real engine, in-thread. */
export async function evaluateInThread(
  inputs: readonly ScenarioInput[],
): Promise<readonly StepEvaluation[]> {
  await Promise.resolve()
  return inputs.map((input) => {
    const outcome = runScenario(input)
    return outcome.ok
      ? { ok: true, result: outcome.result }
      : { ok: false, message: outcome.issues.map((i) => i.message).join('; ') }
  })
}

export const THREE_STEP_STORY: Story = {
  title: 'Three steps',
  steps: [
    {
      id: 'a',
      title: 'Alpha',
      message: 'Alpha costs {cost}.',
      input: { year: 2026 },
      view: 'overview',
    },
    {
      id: 'b',
      title: 'Bravo',
      message: 'Bravo is {fold} cheaper.',
      input: { year: 2030, levers: { hbm: 1 } },
      view: 'trajectory',
    },
    {
      id: 'c',
      title: 'Charlie',
      message: 'Charlie on {hardware}.',
      input: { year: 2028, levers: { inferenceEngine: 1 } },
      view: 'nowhere',
    },
  ],
}
