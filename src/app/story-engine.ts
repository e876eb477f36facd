/** Evaluates a story's scenarios in the engine worker for the handout (features never talk to the worker). */
import type { ScenarioInput } from '@/engine/index'
import type { StepEvaluation } from '@/features/presentation/model/handout'
import { isStale } from '@/worker/engine-client'

import { engineClient } from './engine'

export async function evaluateStorySteps(
  inputs: readonly ScenarioInput[],
): Promise<readonly StepEvaluation[] | undefined> {
  const outcome = await engineClient.simulateMany(inputs)
  if (isStale(outcome)) return undefined
  if (!outcome.ok) {
    throw new Error(
      outcome.error.kind === 'crash'
        ? outcome.error.message
        : outcome.error.issues.map((i) => i.message).join('; '),
    )
  }
  return outcome.value.map((item): StepEvaluation =>
    item.ok ? item : { ok: false, message: item.issues.map((i) => i.message).join('; ') },
  )
}
