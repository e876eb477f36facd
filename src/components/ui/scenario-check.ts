/**
 * The one port through which a feature checks a scenario input before applying it: app/ provides
 * it (the engine worker's `check`, app/scenario-check.ts), so the schema and the engine's checks
 * stay off the main thread and no feature calls the engine to validate. A feature reads it with
 * `useScenarioCheck()`; a pure model takes it as an argument.
 */
import { createContext, useContext } from 'react'

import type { ScenarioIssue } from '@/engine/index'

/**
 * The input's issues (empty when it can run), or undefined when no answer came (a newer check
 * replaced this one, or the engine failed): the caller then does nothing.
 */
export type ScenarioCheck = (input: unknown) => Promise<readonly ScenarioIssue[] | undefined>

export const ScenarioCheckContext = createContext<ScenarioCheck | undefined>(undefined)

/** The app's scenario check; undefined outside the app (an edit then goes on unchecked, and the engine's run reports any issue). */
export function useScenarioCheck(): ScenarioCheck | undefined {
  return useContext(ScenarioCheckContext)
}
