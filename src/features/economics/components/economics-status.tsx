import { useShallow } from 'zustand/react/shallow'

import { InputIssuesBanner } from '@/components/ui/input-issues-banner'
import { useAppStore } from '@/state/store'

/** Updating / failure / invalid-input notes for the economics views; null when all is well. */
export function EconomicsStatus() {
  const { status, issues, failure, hasResult } = useAppStore(
    useShallow((s) => ({
      status: s.economics.status,
      issues: s.economics.issues,
      failure: s.economics.failure,
      hasResult: s.economics.result !== undefined,
    })),
  )
  if (issues.length > 0) {
    return (
      <InputIssuesBanner
        heading={`These inputs cannot be used${hasResult ? '; the figures below are from the last ones that could' : ''}:`}
        issues={issues}
      />
    )
  }
  if (failure) {
    return (
      <div className="banner banner-error" role="alert">
        <strong>The economics engine failed:</strong> {failure}
        {hasResult ? ' The last good figures are still shown.' : ''}
      </div>
    )
  }
  if (status === 'running' && hasResult) {
    return (
      <p className="econ-updating" role="status">
        <span className="status-tag" data-tone="pending">
          updating…
        </span>
      </p>
    )
  }
  return null
}
