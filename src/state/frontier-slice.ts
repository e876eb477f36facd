import type { StateCreator } from 'zustand'

import type { FrontierItem, FrontierOperatingPoint } from '@/worker/protocol'

import type { RunStatus } from './run-slice'
import type { AppState } from './store'

/** One chip's frontier as the worker sent it (worker/protocol.ts), for the features to read. */
export type FrontierOutcome = FrontierItem
export type { FrontierOperatingPoint }

/** Most chips the frontier view draws besides the scenario's own. */
export const MAX_FRONTIER_CHIPS = 4

export interface FrontierState {
  /** Catalogue ids of the chips added beside the scenario's own, in the order they were added. */
  readonly chips: readonly string[]
  readonly status: RunStatus
  /** The latest finished run: the scenario's own chip first, then one per added chip. */
  readonly items: readonly FrontierItem[]
  readonly failure: string | undefined
}

export interface FrontierSlice {
  readonly frontier: FrontierState
  readonly addFrontierChip: (id: string) => void
  readonly removeFrontierChip: (id: string) => void
  readonly frontierStarted: () => void
  readonly frontierSucceeded: (items: readonly FrontierItem[]) => void
  readonly frontierFailed: (message: string) => void
}

const INITIAL: FrontierState = { chips: [], status: 'idle', items: [], failure: undefined }

export const createFrontierSlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  FrontierSlice
> = (set) => ({
  frontier: INITIAL,
  addFrontierChip: (id) =>
    set((s) =>
      s.frontier.chips.includes(id) || s.frontier.chips.length >= MAX_FRONTIER_CHIPS
        ? {}
        : { frontier: { ...s.frontier, chips: [...s.frontier.chips, id] } },
    ),
  removeFrontierChip: (id) =>
    set((s) => ({
      frontier: { ...s.frontier, chips: s.frontier.chips.filter((x) => x !== id) },
    })),
  frontierStarted: () => set((s) => ({ frontier: { ...s.frontier, status: 'running' } })),
  frontierSucceeded: (items) =>
    set((s) => ({ frontier: { ...s.frontier, status: 'done', items, failure: undefined } })),
  frontierFailed: (failure) =>
    set((s) => ({ frontier: { ...s.frontier, status: 'error', failure } })),
})
