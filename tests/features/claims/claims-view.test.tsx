import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'

import { checkClaims } from '@/engine/index'
import { ClaimsView } from '@/features/claims/components/claims-view'
import { useAppStore } from '@/state/store'

const initialState = useAppStore.getState()
const checks = checkClaims()

beforeEach(() => {
  useAppStore.setState(initialState, true)
})

describe('ClaimsView', () => {
  it('asks for the claims once and shows a loading state', () => {
    render(<ClaimsView />)
    expect(useAppStore.getState().claims.status).toBe('requested')
    expect(screen.getByRole('status')).toHaveTextContent('Checking the article’s claims')
  })

  it('shows one row per claim with both assumption sets and a verdict', () => {
    act(() => useAppStore.getState().claimsLoaded(checks))
    render(<ClaimsView />)
    const table = screen.getByRole('table')
    for (const check of checks) {
      const header = within(table).getByRole('rowheader', {
        name: new RegExp(check.claim.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      })
      expect(header).toBeInTheDocument()
    }
    expect(within(table).getAllByText(/^Why:/)).toHaveLength(checks.length)
    expect(within(table).getAllByText(/with the Article effects/)).toHaveLength(checks.length)
    expect(useAppStore.getState().claims.status).toBe('done')
  })

  it('offers a retry when the claims could not be computed', async () => {
    const user = userEvent.setup()
    render(<ClaimsView />)
    act(() => {
      useAppStore.getState().claimsLoading()
      useAppStore.getState().claimsFailed('worker stopped')
    })
    expect(screen.getByRole('alert')).toHaveTextContent('worker stopped')
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(useAppStore.getState().claims.status).toBe('requested')
  })
})
