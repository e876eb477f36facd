/**
 * The one port through which a feature checks a scenario input before applying it: app/ provides
 * it (the engine worker's `check`, app/scenario-check.ts), so the schema and the engine's checks
 * stay off the main thread and no feature calls the engine to validate. A feature reads it with
 * `useScenarioCheck()`; a pure model takes it as an argument.
 */
import { createContext, useContext } from 'react'

import type { ScenarioIssue } from '@/engine/index'

/**
 * The input's issues (empty when it can run), or undefined when no answer came (the engine failed
 * or was restarted): the caller then changes nothing. `economics`, where given, are economics inputs
 * checked with it (their issues' messages start "economics inputs: "). Every call is answered on its
 * own; no later call supersedes an earlier one, so a caller that wants only its latest answer keeps
 * count itself.
 */
export type ScenarioCheck = (
  input: unknown,
  economics?: unknown,
) => Promise<readonly ScenarioIssue[] | undefined>

export const ScenarioCheckContext = createContext<ScenarioCheck | undefined>(undefined)

/** The app's scenario check; undefined outside the app (an edit then goes on unchecked, and the engine's run reports any issue). */
export function useScenarioCheck(): ScenarioCheck | undefined {
  return useContext(ScenarioCheckContext)
}
