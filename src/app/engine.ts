/** The app's single engine client, created once at module scope (StrictMode double-mounts would leak workers). */
import { useAppStore } from '@/state/store'
import { createEngineClient, type EngineClient } from '@/worker/engine-client'

import { e2eEngineTimeouts } from './e2e-hooks'

function createWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined
  return new Worker(new URL('../worker/engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'engine',
  })
}

export const engineClient: EngineClient = createEngineClient({
  createWorker,
  // Only under the test hooks (`?e2e-hooks&engine-timeout-ms=…`); the client's defaults otherwise.
  timeoutMs: e2eEngineTimeouts(),
  loadInThread: async () => (await import('@/worker/engine-api')).engineApi,
  onRestart: (lane, reason) =>
    useAppStore
      .getState()
      .notify(
        'warning',
        `The ${lane === 'fast' ? '' : 'analysis '}engine stopped: ${reason}. It was restarted; the last good result is kept.`,
      ),
})
