/**
 * The URL ⇄ the scenario and the active view (no React). On start, and when the hash changes, a
 * shared link (`#s=…`, features/scenarios/model/share-link.ts) is decoded, checked with the engine
 * (in the worker, so the schema never loads on the main thread) and then applied, with the
 * economics views' edits it carries; a damaged,
 * outdated or invalid link leaves the current scenario as it is, shows a notice, and never touches
 * the saved scenarios. While the user works, the hash follows the scenario and
 * the view (history.replaceState, debounced), so a reload or a copied address restores them.
 */
import type { ScenarioInput, ScenarioIssue } from '@/engine/index'
import {
  decodeShareLink,
  encodeShareState,
  invalidShareMessage,
  readShareParam,
  SHARE_PARAM,
} from '@/features/scenarios/model/share-link'
import type { AppState, AppStore } from '@/state/store'

import { VIEWS } from './views'

/** Pause after the last change before the address is rewritten (a drag emits many changes). */
export const URL_WRITE_DEBOUNCE_MS = 250
const DEFAULT_VIEW = VIEWS[0]?.id ?? 'overview'

function isDefault(s: AppState): boolean {
  return (
    Object.keys(s.scenario).length === 0 &&
    s.activeView === DEFAULT_VIEW &&
    s.economics.inputs === null
  )
}

/**
 * The page address for a state: same path and other query parameters, the state in the hash next
 * to any other hash parameters (a shared story's `story=`), which are kept as they are.
 */
export function addressFor(
  s: AppState,
  location: Pick<Location, 'pathname' | 'search' | 'hash'>,
): string {
  const params = new URLSearchParams(location.search)
  params.delete(SHARE_PARAM)
  const query = params.toString()
  const path = `${location.pathname}${query ? `?${query}` : ''}`
  const others = location.hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => part !== '' && !part.startsWith(`${SHARE_PARAM}=`))
  const parts = isDefault(s)
    ? others
    : [
        `${SHARE_PARAM}=${encodeShareState({
          input: s.scenario,
          view: { tab: s.activeView },
          ...(s.economics.inputs ? { economics: s.economics.inputs } : {}),
        })}`,
        ...others,
      ]
  return `${path}${parts.length > 0 ? `#${parts.join('&')}` : ''}`
}

/**
 * The engine's verdict on a link's scenario: its issues (empty when it can run), or a sentence
 * saying why it could not be checked.
 */
export type ScenarioCheck = (
  input: ScenarioInput,
  /** The link's economics inputs, checked beside its scenario (the views read them as they are). */
  economics?: unknown,
) => Promise<readonly Pick<ScenarioIssue, 'message'>[] | { readonly failed: string }>

export interface UrlSync {
  readonly stop: () => void
  /** Settles once the address's own link (if any) has been applied or refused. */
  readonly ready: Promise<void>
}

export function startUrlSync(store: AppStore, check: ScenarioCheck, win: Window = window): UrlSync {
  const validTabs = new Set(VIEWS.map((v) => v.id))
  let timer: ReturnType<typeof setTimeout> | undefined
  /** Counts links read from the address: only the latest one's check may apply it. */
  let generation = 0
  let stopped = false

  const write = (): void => {
    clearTimeout(timer)
    const next = addressFor(store.getState(), win.location)
    const current = `${win.location.pathname}${win.location.search}${win.location.hash}`
    if (next !== current) win.history.replaceState(win.history.state, '', next)
  }

  const applyFromLocation = async (): Promise<void> => {
    const encoded = readShareParam(win.location.hash, win.location.search)
    if (encoded === undefined) return
    const mine = ++generation
    const decoded = decodeShareLink(encoded)
    let message: string | undefined
    if (decoded.ok) {
      let verdict: Awaited<ReturnType<ScenarioCheck>>
      try {
        verdict = await check(decoded.state.input, decoded.state.economics)
      } catch (error) {
        verdict = { failed: error instanceof Error ? error.message : String(error) }
      }
      if (stopped || mine !== generation) return
      if ('failed' in verdict) {
        message = `This link could not be checked (${verdict.failed}). The default scenario is shown instead; your saved scenarios are untouched.`
      } else if (verdict.length > 0) {
        message = invalidShareMessage(verdict)
      } else {
        const s = store.getState()
        s.setScenario(decoded.state.input, null)
        // The link's economics edits where it carries them. A link without them (made before they
        // travelled, or at the defaults) says nothing about them: the analyst's own edits stay,
        // which nothing else keeps (they are not in saved scenarios).
        if (decoded.state.economics) s.setEconomicsInputs(decoded.state.economics)
        const tab = decoded.state.view?.tab
        if (tab && validTabs.has(tab)) s.setActiveView(tab)
      }
    } else {
      message = decoded.message
    }
    if (message) store.getState().notify('warning', message)
    // Normalise the address: the applied state, or the current one in place of a bad link.
    write()
  }

  const ready = applyFromLocation()
  const unsubscribe = store.subscribe(
    (s) => [s.scenario, s.activeView, s.economics.inputs] as const,
    () => {
      clearTimeout(timer)
      timer = setTimeout(write, URL_WRITE_DEBOUNCE_MS)
    },
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] },
  )
  const onHashChange = (): void => void applyFromLocation()
  win.addEventListener('hashchange', onHashChange)
  return {
    ready,
    stop: () => {
      stopped = true
      clearTimeout(timer)
      unsubscribe()
      win.removeEventListener('hashchange', onHashChange)
    },
  }
}
