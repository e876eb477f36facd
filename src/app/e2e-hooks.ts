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
/**
 * The heavy lane's own stall timeout, where a test needs it longer than the fast lane's: a cold
 * first analysis (worker boot, unoptimised code, the whole attribution table) on a loaded two-core CI
 * machine can take seconds, and a 1.5 s limit would restart it for ever.
 */
export const HEAVY_TIMEOUT_PARAM = 'heavy-timeout-ms'

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

function timeoutParam(p: URLSearchParams, name: string): number | undefined {
  const raw = p.get(name)
  if (raw === null) return undefined
  const ms = Number(raw)
  return Number.isFinite(ms) && ms >= 100 && ms <= 60_000 ? ms : undefined
}

/**
 * The engine stall timeouts a test asked for (100 ms to 60 s): `engine-timeout-ms` for both lanes,
 * `heavy-timeout-ms` for the heavy lane alone (it wins); undefined without the hooks parameter or
 * with no usable value (the client's defaults then apply).
 */
export function e2eEngineTimeouts(
  search: string | undefined = currentSearch(),
): Partial<Record<Lane, number>> | undefined {
  const p = params(search)
  if (p === undefined) return undefined
  const both = timeoutParam(p, ENGINE_TIMEOUT_PARAM)
  const heavy = timeoutParam(p, HEAVY_TIMEOUT_PARAM) ?? both
  if (both === undefined && heavy === undefined) return undefined
  return {
    ...(both === undefined ? {} : { fast: both }),
    ...(heavy === undefined ? {} : { heavy }),
  }
}

export function installE2eHooks(store: AppStore, engine: EngineClient, win: Window = window): void {
  if (!e2eHooksEnabled(win.location.search)) return
  win.__lab = { store, engine }
}
