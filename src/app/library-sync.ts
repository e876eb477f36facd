/**
 * Keeps the saved-scenario library in browser storage (no React): loads it (migrating older
 * formats) before the first render, saves every change, and reloads when another tab changes it.
 * Storage problems become notices and a status on the library; the scenarios stay in memory.
 */
import { LIBRARY_FORMAT, LIBRARY_KEY } from '@/features/scenarios/model/library-format'
import {
  browserStorage,
  createVersionedStorage,
  type LoadOutcome,
  type StorageLike,
} from '@/lib/persistence/versioned-storage'
import type { LibraryPersistence, SavedScenario } from '@/state/library-slice'
import type { AppStore } from '@/state/store'

function persistenceOf(outcome: LoadOutcome<unknown>): LibraryPersistence {
  if (outcome.status === 'unavailable')
    return { status: 'unavailable', message: outcome.messages[0] }
  if (!outcome.writable) return { status: 'read-only', message: outcome.messages[0] }
  return { status: 'ok' }
}

/** Per-tab memory of which saved scenario is open, so a reload keeps showing its name. */
export const ACTIVE_KEY = 'iel:library:active'

function tabStorage(): StorageLike | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage
  } catch {
    return undefined
  }
}

function readActive(session: StorageLike | undefined): string | null {
  try {
    return session?.getItem(ACTIVE_KEY) ?? null
  } catch {
    return null
  }
}

export function startLibrarySync(
  store: AppStore,
  storage: StorageLike | undefined = browserStorage(),
  win: Window | undefined = globalThis.window,
  session: StorageLike | undefined = tabStorage(),
): () => void {
  const persisted = createVersionedStorage(LIBRARY_FORMAT, storage)
  let lastSaved: readonly SavedScenario[] = store.getState().library.scenarios

  const load = (announce: boolean): void => {
    const outcome = persisted.load()
    lastSaved = outcome.value.scenarios
    store
      .getState()
      .libraryLoaded(
        outcome.value.scenarios,
        persistenceOf(outcome),
        announce ? readActive(session) : undefined,
      )
    if (!announce) return
    for (const message of outcome.messages)
      store
        .getState()
        .notify(outcome.status === 'migrated' && outcome.writable ? 'info' : 'warning', message)
  }
  load(true)

  const unsubscribe = store.subscribe(
    (s) => s.library.scenarios,
    (scenarios) => {
      if (scenarios === lastSaved) return
      lastSaved = scenarios
      const saved = persisted.save({ scenarios })
      const s = store.getState()
      if (saved.ok) {
        if (s.library.persistence.status !== 'ok') s.setLibraryPersistence({ status: 'ok' })
        return
      }
      s.setLibraryPersistence({
        status: saved.reason === 'quota' ? 'failed' : saved.reason,
        message: saved.message,
      })
      s.notify('error', saved.message)
    },
  )

  const unsubscribeActive = store.subscribe(
    (s) => s.library.activeId,
    (id) => {
      try {
        if (id) session?.setItem(ACTIVE_KEY, id)
        else session?.removeItem(ACTIVE_KEY)
      } catch {
        // Per-tab memory only; nothing is lost without it.
      }
    },
  )

  const onStorage = (event: StorageEvent): void => {
    if (event.key === LIBRARY_KEY) load(false)
  }
  win?.addEventListener('storage', onStorage)
  return () => {
    unsubscribe()
    unsubscribeActive()
    win?.removeEventListener('storage', onStorage)
  }
}
