import type { AssumptionValuesPort } from '@/features/assumptions/hooks/use-assumption-values'
import { engineApi } from '@/worker/engine-api'

/** The app's assumption-values port, answered by the engine API in this thread instead of the worker. */
export const valuesInThread: AssumptionValuesPort = (input) => {
  const reply = engineApi.assumptions({ runId: 0, input })
  return Promise.resolve(reply.ok ? reply.value : undefined)
}
