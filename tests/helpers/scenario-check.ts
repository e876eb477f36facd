import type { ScenarioCheck } from '@/components/ui/scenario-check'
import { engineApi } from '@/worker/engine-api'

/** The app's scenario check, answered by the engine API in this thread instead of the worker. */
export const checkInThread: ScenarioCheck = (input, economics) => {
  const reply = engineApi.check({
    runId: 0,
    input,
    ...(economics === undefined ? {} : { economics }),
  })
  return Promise.resolve(reply.ok ? reply.value : undefined)
}
