/**
 * Loads the article's claim checks when a view asks for them (`requestClaims`). They do not
 * depend on the scenario, so one successful load serves the whole session.
 */
import type { AppStore } from '@/state/store'
import type { EngineClient } from '@/worker/engine-client'

export function startClaimsSync(store: AppStore, client: EngineClient): () => void {
  let disposed = false
  const load = (): void => {
    store.getState().claimsLoading()
    client.claims().then(
      (checks) => {
        if (!disposed) store.getState().claimsLoaded(checks)
      },
      (error: unknown) => {
        if (!disposed)
          store.getState().claimsFailed(error instanceof Error ? error.message : String(error))
      },
    )
  }
  const unsubscribe = store.subscribe(
    (s) => s.claims.status,
    (status) => {
      if (status === 'requested') load()
    },
    { fireImmediately: true },
  )
  return () => {
    disposed = true
    unsubscribe()
  }
}
