import { useMemo } from 'react'

import { selectResult, selectTrajectory } from '@/state/selectors'
import { useAppStore } from '@/state/store'

import { figuresFromResult, type StoryFigures } from '../model/story-template'

/** The figures of the result on screen (held still while frozen: engine-sync stops applying results). */
export function useLiveFigures(): StoryFigures | undefined {
  const result = useAppStore(selectResult)
  const trajectory = useAppStore(selectTrajectory)
  return useMemo(
    () => (result ? figuresFromResult(result, trajectory) : undefined),
    [result, trajectory],
  )
}
