import { useEffect, useRef } from 'react'

import { useScenarioCheck } from '@/components/ui/scenario-check'
import type { ScenarioInput } from '@/engine/index'

import { checkEdit } from '../model/validate-edit'

type Edit = (scenario: ScenarioInput) => ScenarioInput

/**
 * Applying an edit once the engine (in the worker, through the app's port) has checked it. The
 * answer comes back a moment later: only the latest edit of a field counts, and it is applied to
 * the scenario as it is then, so a change made meanwhile (a lever drag) is kept. Without the port
 * (outside the app) the edit goes on unchecked and the engine's run reports any problem.
 */
export function useCheckedCommit(
  input: ScenarioInput,
  onCommit: (next: ScenarioInput) => void,
): {
  readonly submit: (edit: Edit, report: (error: string | null) => void) => void
  /** Forget the edits still being checked (the field now holds text that is not a number). */
  readonly cancel: () => void
} {
  const check = useScenarioCheck()
  const latest = useRef(input)
  const sequence = useRef(0)
  useEffect(() => {
    latest.current = input
  }, [input])

  const cancel = (): void => {
    sequence.current += 1
  }
  const submit = (edit: Edit, report: (error: string | null) => void): void => {
    const turn = ++sequence.current
    const base = latest.current
    if (!check) {
      report(null)
      onCommit(edit(base))
      return
    }
    void checkEdit(base, edit(base), check).then((outcome) => {
      if (outcome === undefined || turn !== sequence.current) return
      if (!outcome.ok) {
        report(outcome.messages.join('; '))
        return
      }
      report(null)
      onCommit(edit(latest.current))
    })
  }
  return { submit, cancel }
}
