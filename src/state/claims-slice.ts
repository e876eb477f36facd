import type { StateCreator } from 'zustand'

import type { ClaimCheck } from '@/engine/index'

import type { AppState } from './store'

/**
 * The article's claims checked by the engine. They do not depend on the scenario, so they are
 * computed once: a view asks with `requestClaims()`, app/claims-sync.ts fetches them.
 */
export type ClaimsStatus = 'idle' | 'requested' | 'loading' | 'done' | 'error'

export interface ClaimsState {
  readonly status: ClaimsStatus
  readonly checks: readonly ClaimCheck[] | undefined
  readonly failure: string | undefined
}

export interface ClaimsSlice {
  readonly claims: ClaimsState
  /** Ask for the claims (again, after a failure); a no-op while loading or once loaded. */
  readonly requestClaims: () => void
  readonly claimsLoading: () => void
  readonly claimsLoaded: (checks: readonly ClaimCheck[]) => void
  readonly claimsFailed: (message: string) => void
}

const INITIAL_CLAIMS: ClaimsState = { status: 'idle', checks: undefined, failure: undefined }

export const createClaimsSlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  ClaimsSlice
> = (set) => ({
  claims: INITIAL_CLAIMS,
  requestClaims: () =>
    set((s) =>
      s.claims.status === 'idle' || s.claims.status === 'error'
        ? { claims: { ...s.claims, status: 'requested' } }
        : s,
    ),
  claimsLoading: () => set((s) => ({ claims: { ...s.claims, status: 'loading' } })),
  claimsLoaded: (checks) => set({ claims: { status: 'done', checks, failure: undefined } }),
  claimsFailed: (message) =>
    set((s) => ({ claims: { ...s.claims, status: 'error', failure: message } })),
})
