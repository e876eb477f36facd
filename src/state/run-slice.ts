import type { StateCreator } from 'zustand'

import type { AnalysisResult, ScenarioIssue, SimulationResult } from '@/engine/index'

import type { AppState } from './store'

export type RunStatus = 'idle' | 'running' | 'done' | 'error'

export interface RunState {
  readonly status: RunStatus
  /** The last good result: kept when a newer input is invalid, so the page never goes blank. */
  readonly result: SimulationResult | undefined
  /** Why the latest input could not run (each names the field). Empty when it ran. */
  readonly issues: readonly ScenarioIssue[]
  /** An engine failure (crash or stall) in words; undefined when none. */
  readonly failure: string | undefined
  readonly computeMs: number | undefined
}

export interface AnalysisState {
  readonly trajectoryStatus: RunStatus
  readonly heavyStatus: RunStatus
  readonly trajectory: AnalysisResult['trajectory']
  readonly uncertainty: AnalysisResult['uncertainty']
  readonly attribution: AnalysisResult['attribution']
  readonly sensitivity: AnalysisResult['sensitivity']
  readonly trajectoryMs: number | undefined
  readonly heavyMs: number | undefined
  readonly failure: string | undefined
}

export interface RunSlice {
  readonly run: RunState
  readonly analysis: AnalysisState
  readonly runStarted: () => void
  readonly runSucceeded: (result: SimulationResult, computeMs: number) => void
  readonly runRejected: (issues: readonly ScenarioIssue[]) => void
  readonly runFailed: (message: string) => void
  readonly analysisStarted: (part: 'trajectory' | 'heavy') => void
  readonly analysisSucceeded: (
    part: 'trajectory' | 'heavy',
    value: AnalysisResult,
    computeMs: number,
  ) => void
  readonly analysisFailed: (part: 'trajectory' | 'heavy', message: string) => void
}

const INITIAL_RUN: RunState = {
  status: 'idle',
  result: undefined,
  issues: [],
  failure: undefined,
  computeMs: undefined,
}
const INITIAL_ANALYSIS: AnalysisState = {
  trajectoryStatus: 'idle',
  heavyStatus: 'idle',
  trajectory: undefined,
  uncertainty: undefined,
  attribution: undefined,
  sensitivity: undefined,
  trajectoryMs: undefined,
  heavyMs: undefined,
  failure: undefined,
}

export const createRunSlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  RunSlice
> = (set) => ({
  run: INITIAL_RUN,
  analysis: INITIAL_ANALYSIS,
  runStarted: () => set((s) => ({ run: { ...s.run, status: 'running' } })),
  runSucceeded: (result, computeMs) =>
    set({ run: { status: 'done', result, issues: [], failure: undefined, computeMs } }),
  runRejected: (issues) =>
    set((s) => ({ run: { ...s.run, status: 'error', issues, failure: undefined } })),
  runFailed: (message) =>
    set((s) => ({ run: { ...s.run, status: 'error', issues: [], failure: message } })),
  analysisStarted: (part) =>
    set((s) => ({
      analysis: {
        ...s.analysis,
        ...(part === 'trajectory' ? { trajectoryStatus: 'running' } : { heavyStatus: 'running' }),
      },
    })),
  analysisSucceeded: (part, value, computeMs) =>
    set((s) => ({
      analysis:
        part === 'trajectory'
          ? {
              ...s.analysis,
              trajectoryStatus: 'done',
              trajectory: value.trajectory,
              trajectoryMs: computeMs,
              failure: undefined,
            }
          : {
              ...s.analysis,
              heavyStatus: 'done',
              uncertainty: value.uncertainty,
              attribution: value.attribution,
              sensitivity: value.sensitivity,
              heavyMs: computeMs,
              failure: undefined,
            },
    })),
  analysisFailed: (part, message) =>
    set((s) => ({
      analysis: {
        ...s.analysis,
        ...(part === 'trajectory' ? { trajectoryStatus: 'error' } : { heavyStatus: 'error' }),
        failure: message,
      },
    })),
})
