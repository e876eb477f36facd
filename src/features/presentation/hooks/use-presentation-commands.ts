import { useMemo } from 'react'

import { useAppStore } from '@/state/store'

import { createPresentationCommands, type PresentationCommands } from '../model/commands'
import type { ViewOption } from '../model/story-player'

export function usePresentationCommands(views: readonly ViewOption[]): PresentationCommands {
  return useMemo(
    () => createPresentationCommands(useAppStore, () => views.map((v) => v.id)),
    [views],
  )
}
