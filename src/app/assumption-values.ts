/** The assumptions editor's port: its values computed by the engine in the worker. */
import type { AssumptionValuesPort } from '@/features/assumptions/hooks/use-assumption-values'
import { isStale } from '@/worker/engine-client'

import { engineClient } from './engine'

/** The values for an input; undefined when a newer request replaced it or the engine failed. */
export const assumptionValuesInWorker: AssumptionValuesPort = async (input) => {
  try {
    const outcome = await engineClient.assumptions(input)
    return isStale(outcome) || !outcome.ok ? undefined : outcome.value
  } catch {
    // No engine at all (neither a worker nor the in-thread fallback could start).
    return undefined
  }
}
