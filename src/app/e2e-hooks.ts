/**
 * Handles for the browser tests and the browser benchmark (tests/e2e, scripts/bench-browser.ts),
 * installed only when the page address carries the `e2e-hooks` query parameter, e.g.
 * `/?e2e-hooks&engine-timeout-ms=1500`. They expose the store and the engine client on
 * `window.__lab` (so a test can stall, crash or kill a worker, time an engine round trip or drive
 * thousands of updates) and may shorten the engine's stall timeout. Nothing here grants more than
 * the browser's developer tools already do; without the parameter nothing is installed.
 */
import type { AppStore } from '@/state/store'
import type { EngineClient, Lane } from '@/worker/engine-client'

export const E2E_HOOKS_PARAM = 'e2e-hooks'
export const ENGINE_TIMEOUT_PARAM = 'engine-timeout-ms'

export interface LabHooks {
  readonly store: AppStore
  readonly engine: EngineClient
}

declare global {
  interface Window {
    __lab?: LabHooks
  }
}

function params(search: string | undefined): URLSearchParams | undefined {
  if (search === undefined) return undefined
  const p = new URLSearchParams(search)
  return p.has(E2E_HOOKS_PARAM) ? p : undefined
}

const currentSearch = (): string | undefined =>
  typeof location === 'undefined' ? undefined : location.search

export function e2eHooksEnabled(search: string | undefined = currentSearch()): boolean {
  return params(search) !== undefined
}

/**
 * The engine stall timeout a test asked for (100 ms to 60 s), for both lanes; undefined without
 * the hooks parameter or with an unusable value (the client's defaults then apply).
 */
export function e2eEngineTimeouts(
  search: string | undefined = currentSearch(),
): Partial<Record<Lane, number>> | undefined {
  const raw = params(search)?.get(ENGINE_TIMEOUT_PARAM)
  if (raw === undefined || raw === null) return undefined
  const ms = Number(raw)
  if (!Number.isFinite(ms) || ms < 100 || ms > 60_000) return undefined
  return { fast: ms, heavy: ms }
}

export function installE2eHooks(store: AppStore, engine: EngineClient, win: Window = window): void {
  if (!e2eHooksEnabled(win.location.search)) return
  win.__lab = { store, engine }
}
