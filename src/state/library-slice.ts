import type { StateCreator } from 'zustand'

import type { EconomicsInputs, ScenarioInput } from '@/engine/index'

import { REFERENCE_SCENARIO_ID } from './compare-slice'
import type { AppState } from './store'

/** Version of the saved-scenario format (features/scenarios/model/library-format.ts migrates older ones). */
export const SAVED_SCENARIO_VERSION = 1

/** What a saved scenario remembers of the screen besides the inputs. */
export interface SavedView {
  /** Id of the active view (tab). */
  readonly tab?: string
}

export interface SavedScenario {
  readonly id: string
  readonly name: string
  /** ISO 8601 times. */
  readonly createdAt: string
  readonly updatedAt: string
  readonly input: ScenarioInput
  readonly view?: SavedView
  /**
   * What the analyst had edited in the economics views when it was saved (prices, margins, demand,
   * site…); null: the sourced defaults. Absent in scenarios saved before 2026-12-08, which did not
   * keep them: opening one of those leaves the economics inputs as they are, as a share link
   * without them does.
   */
  readonly economics?: EconomicsInputs | null
  readonly schemaVersion: typeof SAVED_SCENARIO_VERSION
}

export interface LibraryPersistence {
  /** ok: saved in this browser; failed: the last save did not reach storage; read-only / unavailable: saving is off. */
  readonly status: 'ok' | 'failed' | 'read-only' | 'unavailable'
  readonly message?: string
}

export interface LibraryState {
  readonly scenarios: readonly SavedScenario[]
  /** The saved scenario the current inputs were opened from or saved as; null for an unsaved one. */
  readonly activeId: string | null
  readonly loaded: boolean
  readonly persistence: LibraryPersistence
}

export interface LibrarySlice {
  readonly library: LibraryState
  /** Replace the whole library (startup load, another tab changed it); `activeId` restores the open one. */
  readonly libraryLoaded: (
    scenarios: readonly SavedScenario[],
    persistence: LibraryPersistence,
    activeId?: string | null,
  ) => void
  readonly setLibraryPersistence: (persistence: LibraryPersistence) => void
  /** Save the current inputs (and view) as a new scenario; returns its id. */
  readonly saveScenarioAs: (name: string) => string
  /** Overwrite the active saved scenario with the current inputs; false when there is none. */
  readonly saveActiveScenario: () => boolean
  /** Add scenarios from outside (an import); returns their ids. Names are made unique. */
  readonly addSavedScenarios: (
    entries: readonly {
      readonly name: string
      readonly input: ScenarioInput
      readonly view?: SavedView
      readonly economics?: EconomicsInputs | null
    }[],
  ) => string[]
  readonly renameScenario: (id: string, name: string) => void
  readonly duplicateScenario: (id: string) => string | undefined
  /** Remove a saved scenario; returns it so it can be restored (undo). */
  readonly deleteScenario: (id: string) => SavedScenario | undefined
  readonly restoreScenario: (saved: SavedScenario, index?: number) => void
  /** Load a saved scenario into the editor (and its view). */
  readonly openScenario: (id: string) => boolean
}

export const MAX_NAME_LENGTH = 120
export const UNTITLED = 'Untitled scenario'

/** A display name: control characters removed, spaces collapsed, at most MAX_NAME_LENGTH characters. */
export function cleanName(name: string): string {
  let cleaned = ''
  for (const ch of name) {
    const code = ch.codePointAt(0) ?? 0
    cleaned += code < 32 || (code >= 127 && code < 160) ? ' ' : ch
  }
  cleaned = cleaned.replace(/\s+/g, ' ').trim()
  return [...cleaned].slice(0, MAX_NAME_LENGTH).join('') || UNTITLED
}

/** `name`, or `name (2)`, `name (3)` … so that no two saved scenarios share a name. */
export function uniqueName(name: string, taken: readonly string[]): string {
  const base = cleanName(name)
  const used = new Set(taken.map((n) => n.toLowerCase()))
  if (!used.has(base.toLowerCase())) return base
  const stem = base.replace(/ \(\d+\)$/, '')
  for (let i = 2; ; i++) {
    const candidate = `${[...stem].slice(0, MAX_NAME_LENGTH - 6).join('')} (${i})`
    if (!used.has(candidate.toLowerCase())) return candidate
  }
}

function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function')
    return crypto.randomUUID()
  return `s-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`
}

const nowIso = (): string => new Date().toISOString()

export const INITIAL_LIBRARY: LibraryState = {
  scenarios: [],
  activeId: null,
  loaded: false,
  persistence: { status: 'ok' },
}

export const createLibrarySlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  LibrarySlice
> = (set, get) => ({
  library: INITIAL_LIBRARY,
  libraryLoaded: (scenarios, persistence, activeId) =>
    set((s) => {
      const wanted = activeId === undefined ? s.library.activeId : activeId
      return {
        library: {
          scenarios,
          activeId: scenarios.some((x) => x.id === wanted) ? wanted : null,
          loaded: true,
          persistence,
        },
      }
    }),
  setLibraryPersistence: (persistence) => set((s) => ({ library: { ...s.library, persistence } })),
  saveScenarioAs: (name) => {
    const s = get()
    const time = nowIso()
    const saved: SavedScenario = {
      id: newId(),
      name: uniqueName(
        name,
        s.library.scenarios.map((x) => x.name),
      ),
      createdAt: time,
      updatedAt: time,
      input: s.scenario,
      view: { tab: s.activeView },
      economics: s.economics.inputs,
      schemaVersion: SAVED_SCENARIO_VERSION,
    }
    set({
      library: { ...s.library, scenarios: [...s.library.scenarios, saved], activeId: saved.id },
    })
    return saved.id
  },
  saveActiveScenario: () => {
    const s = get()
    const id = s.library.activeId
    if (!id || !s.library.scenarios.some((x) => x.id === id)) return false
    const time = nowIso()
    set({
      library: {
        ...s.library,
        scenarios: s.library.scenarios.map((x) =>
          x.id === id
            ? {
                ...x,
                input: s.scenario,
                view: { tab: s.activeView },
                economics: s.economics.inputs,
                updatedAt: time,
              }
            : x,
        ),
      },
    })
    return true
  },
  addSavedScenarios: (entries) => {
    const s = get()
    const names = s.library.scenarios.map((x) => x.name)
    const time = nowIso()
    const added: SavedScenario[] = entries.map((entry) => {
      const name = uniqueName(entry.name, names)
      names.push(name)
      return {
        id: newId(),
        name,
        createdAt: time,
        updatedAt: time,
        input: entry.input,
        ...(entry.view ? { view: entry.view } : {}),
        ...(entry.economics !== undefined ? { economics: entry.economics } : {}),
        schemaVersion: SAVED_SCENARIO_VERSION,
      }
    })
    set({ library: { ...s.library, scenarios: [...s.library.scenarios, ...added] } })
    return added.map((x) => x.id)
  },
  renameScenario: (id, name) =>
    set((s) => {
      const others = s.library.scenarios.filter((x) => x.id !== id).map((x) => x.name)
      return {
        library: {
          ...s.library,
          scenarios: s.library.scenarios.map((x) =>
            x.id === id ? { ...x, name: uniqueName(name, others), updatedAt: nowIso() } : x,
          ),
        },
      }
    }),
  duplicateScenario: (id) => {
    const s = get()
    const index = s.library.scenarios.findIndex((x) => x.id === id)
    const original = s.library.scenarios[index]
    if (!original) return undefined
    const time = nowIso()
    const copy: SavedScenario = {
      ...original,
      id: newId(),
      name: uniqueName(
        `${original.name} (copy)`,
        s.library.scenarios.map((x) => x.name),
      ),
      createdAt: time,
      updatedAt: time,
    }
    const scenarios = [...s.library.scenarios]
    scenarios.splice(index + 1, 0, copy)
    set({ library: { ...s.library, scenarios } })
    return copy.id
  },
  deleteScenario: (id) => {
    const s = get()
    const removed = s.library.scenarios.find((x) => x.id === id)
    if (!removed) return undefined
    // A deleted scenario leaves the comparison too: it held one of its slots, and as the row the
    // deltas were taken against it left every delta blank under "Deleted scenario".
    const selection = s.compare.selection.filter((x) => x !== id)
    const referenceId = selection.includes(s.compare.referenceId)
      ? s.compare.referenceId
      : (selection[0] ?? REFERENCE_SCENARIO_ID)
    set({
      library: {
        ...s.library,
        scenarios: s.library.scenarios.filter((x) => x.id !== id),
        activeId: s.library.activeId === id ? null : s.library.activeId,
      },
      compare: { ...s.compare, selection, referenceId },
    })
    return removed
  },
  restoreScenario: (saved, index) =>
    set((s) => {
      if (s.library.scenarios.some((x) => x.id === saved.id)) return {}
      const scenarios = [...s.library.scenarios]
      scenarios.splice(index ?? scenarios.length, 0, saved)
      return { library: { ...s.library, scenarios } }
    }),
  openScenario: (id) => {
    const s = get()
    const saved = s.library.scenarios.find((x) => x.id === id)
    if (!saved) return false
    s.setScenario(saved.input, null)
    if (saved.economics !== undefined) s.setEconomicsInputs(saved.economics)
    if (saved.view?.tab) s.setActiveView(saved.view.tab)
    set((state) => ({ library: { ...state.library, activeId: id } }))
    return true
  },
})
