/**
 * Checking a scenario with the engine in the worker: an untrusted one (a shared link) for url-sync,
 * and an edit for the features, through the one port they are given (components/ui/scenario-check).
 */
import type { ScenarioCheck as EditCheckPort } from '@/components/ui/scenario-check'
import type { ScenarioInput } from '@/engine/index'
import { isStale } from '@/worker/engine-client'

import { engineClient } from './engine'
import type { ScenarioCheck } from './url-sync'

export const checkScenario: ScenarioCheck = async (input: ScenarioInput, economics?: unknown) => {
  const outcome = await engineClient.check(input, economics)
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

/**
 * The features' port: the input's issues, or undefined when the engine failed. Every call gets its
 * own answer (engineClient.checkEach), so an import's checks, an edit's and a shared link's never
 * cancel one another; a feature that wants only its latest check's answer keeps count itself.
 */
export const checkIssues: EditCheckPort = async (input: unknown, economics?: unknown) => {
  try {
    const outcome = await engineClient.checkEach(input, economics)
    if (isStale(outcome) || !outcome.ok) return undefined
    return outcome.value
  } catch {
    // No engine at all (neither a worker nor the in-thread fallback could start).
    return undefined
  }
}
