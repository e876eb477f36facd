import { act, render, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'

import { IssuesBanner } from '@/app/issues-banner'
import { resolveScenario } from '@/engine/index'
import { useAppStore } from '@/state/store'

const initialState = useAppStore.getState()

beforeEach(() => {
  useAppStore.setState(initialState, true)
})

describe('IssuesBanner', () => {
  it('names a refused sidebar field by its label, not by its dotted path', () => {
    const outcome = resolveScenario({ workload: { batchSize: 20_000_000, outputTokens: 0 } })
    if (outcome.ok) throw new Error('expected the engine to refuse the batch and output tokens')
    act(() => useAppStore.getState().runRejected(outcome.issues))
    render(<IssuesBanner />)
    const banner = screen.getByRole('alert')
    expect(banner).toHaveTextContent('This scenario cannot run.')
    expect(banner).toHaveTextContent(/Batch size must be at most \d+ \(got 20000000\)/)
    expect(banner).toHaveTextContent('Output tokens must be at least 1 (got 0)')
    expect(banner).not.toHaveTextContent('workload.')
  })
})
