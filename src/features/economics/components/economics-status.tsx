import { useShallow } from 'zustand/react/shallow'

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
      <div className="banner banner-error" role="alert">
        <strong>
          These inputs cannot be used
          {hasResult ? '; the figures below are from the last ones that could' : ''}:
        </strong>
        <ul>
          {issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>{issue.message}</li>
          ))}
        </ul>
      </div>
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
