import { useShallow } from 'zustand/react/shallow'

import { InputIssuesBanner } from '@/components/ui/input-issues-banner'
import { assumptionFieldWords } from '@/features/assumptions/model/fields'
import { bannerIssue } from '@/features/scenario/model/field-issues'
import { useAppStore } from '@/state/store'

const NO_WARNINGS: readonly string[] = []

/** Why the latest input could not run; the last good result stays on screen below it. */
export function IssuesBanner() {
  const { issues, failure, hasResult, warnings } = useAppStore(
    useShallow((s) => ({
      issues: s.run.issues,
      failure: s.run.failure,
      hasResult: s.run.result !== undefined,
      warnings: s.run.result?.warnings ?? NO_WARNINGS,
    })),
  )
  if (issues.length > 0) {
    return (
      <InputIssuesBanner
        heading={`This scenario cannot run${hasResult ? '; the figures below are from the last one that could' : ''}.`}
        issues={issues.map((issue) => bannerIssue(issue, assumptionFieldWords))}
      />
    )
  }
  if (failure) {
    return (
      <div className="banner banner-error" role="alert">
        <strong>The engine failed:</strong> {failure}
      </div>
    )
  }
  if (warnings.length > 0) {
    return (
      <div className="banner banner-warning" role="status">
        <ul>
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      </div>
    )
  }
  return null
}
