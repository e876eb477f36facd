import type { StateCreator } from 'zustand'

import type { EconomicsResult, EconomicsInputs, EconomicsIssue } from '@/engine/index'

import type { RunStatus } from './run-slice'
import type { AppState } from './store'

export interface EconomicsState {
  /**
   * What the analyst edited in the economics views (use cases, fleet demand, site, serving pools,
   * mature-node choice, horizon); plain JSON, carried in the page address and share links
   * (app/url-sync.ts), saved with a scenario and written to scenario files, and named in every
   * export's provenance. null = the sourced defaults.
   */
  readonly inputs: EconomicsInputs | null
  readonly status: RunStatus
  /** The last good result: kept when newer inputs are invalid, so the views never go blank. */
  readonly result: EconomicsResult | undefined
  /** Why the latest economics inputs could not run (each names the field). Empty when they ran. */
  readonly issues: readonly EconomicsIssue[]
  /** An engine failure in words; undefined when none. */
  readonly failure: string | undefined
  readonly computeMs: number | undefined
}

export interface EconomicsSlice {
  readonly economics: EconomicsState
  /** Replace the economics inputs (an edit, a reset to defaults with null, a loaded scenario). */
  readonly setEconomicsInputs: (inputs: EconomicsInputs | null) => void
  readonly economicsStarted: () => void
  readonly economicsSucceeded: (result: EconomicsResult, computeMs: number) => void
  readonly economicsRejected: (issues: readonly EconomicsIssue[]) => void
  readonly economicsFailed: (message: string) => void
}

const INITIAL_ECONOMICS: EconomicsState = {
  inputs: null,
  status: 'idle',
  result: undefined,
  issues: [],
  failure: undefined,
  computeMs: undefined,
}

export const createEconomicsSlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  EconomicsSlice
> = (set) => ({
  economics: INITIAL_ECONOMICS,
  setEconomicsInputs: (inputs) => set((s) => ({ economics: { ...s.economics, inputs } })),
  economicsStarted: () => set((s) => ({ economics: { ...s.economics, status: 'running' } })),
  economicsSucceeded: (result, computeMs) =>
    set((s) => ({
      economics: {
        ...s.economics,
        status: 'done',
        result,
        issues: [],
        failure: undefined,
        computeMs,
      },
    })),
  economicsRejected: (issues) =>
    set((s) => ({ economics: { ...s.economics, status: 'error', issues, failure: undefined } })),
  economicsFailed: (message) =>
    set((s) => ({ economics: { ...s.economics, status: 'error', issues: [], failure: message } })),
})
