/** Checking an untrusted scenario (a shared link) with the engine in the worker, for url-sync. */
import type { ScenarioInput } from '@/engine/index'
import { isStale } from '@/worker/engine-client'

import { engineClient } from './engine'
import type { ScenarioCheck } from './url-sync'

export const checkScenario: ScenarioCheck = async (input: ScenarioInput) => {
  const outcome = await engineClient.check(input)
  if (isStale(outcome)) return { failed: 'a newer link replaced it' }
  if (!outcome.ok)
    return {
      failed:
        outcome.error.kind === 'crash'
          ? `the engine failed: ${outcome.error.message}`
          : 'the engine refused it',
    }
  return outcome.value
}
