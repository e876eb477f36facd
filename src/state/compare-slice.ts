import type { StateCreator } from 'zustand'

import type { CompareItem, ValidationReport } from '@/worker/protocol'

import type { RunStatus } from './run-slice'
import type { AppState } from './store'

/** Compare-list id of the scenario being edited (always available). */
export const CURRENT_SCENARIO_ID = 'current'
/** Compare-list id of the 2026 reference with no levers (always available). */
export const REFERENCE_SCENARIO_ID = 'reference'

/** One scenario's outcome in the comparison: the worker's reply item (worker/protocol.ts). */
export type CompareOutcome = CompareItem

export interface CompareState {
  /** Ids in the comparison: saved-scenario ids, CURRENT_SCENARIO_ID, REFERENCE_SCENARIO_ID. */
  readonly selection: readonly string[]
  /** The row the deltas are taken against. */
  readonly referenceId: string
  /** Metric ids shown as columns (features/compare/model/metrics.ts). */
  readonly metrics: readonly string[] | null
  readonly status: RunStatus
  /** Outcome per id, from the latest finished run. */
  readonly outcomes: Readonly<Record<string, CompareOutcome>>
  readonly failure: string | undefined
}

export interface ValidationState {
  readonly status: RunStatus | 'requested'
  readonly report: ValidationReport | undefined
  readonly failure: string | undefined
}

export interface CompareSlice {
  readonly compare: CompareState
  readonly validation: ValidationState
  readonly toggleCompared: (id: string) => void
  readonly setCompareReference: (id: string) => void
  readonly setCompareMetrics: (ids: readonly string[] | null) => void
  readonly compareStarted: () => void
  readonly compareSucceeded: (outcomes: Readonly<Record<string, CompareOutcome>>) => void
  readonly compareFailed: (message: string) => void
  /** Ask app/ wiring to run the validation cases (once; again after a failure). */
  readonly requestValidation: () => void
  readonly validationStarted: () => void
  readonly validationSucceeded: (report: ValidationReport) => void
  readonly validationFailed: (message: string) => void
}

export const MAX_COMPARED = 8

const INITIAL_COMPARE: CompareState = {
  selection: [REFERENCE_SCENARIO_ID, CURRENT_SCENARIO_ID],
  referenceId: REFERENCE_SCENARIO_ID,
  metrics: null,
  status: 'idle',
  outcomes: {},
  failure: undefined,
}

export const createCompareSlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  CompareSlice
> = (set) => ({
  compare: INITIAL_COMPARE,
  validation: { status: 'idle', report: undefined, failure: undefined },
  toggleCompared: (id) =>
    set((s) => {
      const selected = s.compare.selection.includes(id)
      if (!selected && s.compare.selection.length >= MAX_COMPARED) return {}
      const selection = selected
        ? s.compare.selection.filter((x) => x !== id)
        : [...s.compare.selection, id]
      const referenceId = selection.includes(s.compare.referenceId)
        ? s.compare.referenceId
        : (selection[0] ?? REFERENCE_SCENARIO_ID)
      return { compare: { ...s.compare, selection, referenceId } }
    }),
  setCompareReference: (referenceId) => set((s) => ({ compare: { ...s.compare, referenceId } })),
  setCompareMetrics: (metrics) => set((s) => ({ compare: { ...s.compare, metrics } })),
  compareStarted: () => set((s) => ({ compare: { ...s.compare, status: 'running' } })),
  compareSucceeded: (outcomes) =>
    set((s) => ({ compare: { ...s.compare, status: 'done', outcomes, failure: undefined } })),
  compareFailed: (failure) => set((s) => ({ compare: { ...s.compare, status: 'error', failure } })),
  requestValidation: () =>
    set((s) =>
      s.validation.status === 'idle' || s.validation.status === 'error'
        ? { validation: { ...s.validation, status: 'requested' } }
        : {},
    ),
  validationStarted: () => set((s) => ({ validation: { ...s.validation, status: 'running' } })),
  validationSucceeded: (report) =>
    set({ validation: { status: 'done', report, failure: undefined } }),
  validationFailed: (failure) =>
    set((s) => ({ validation: { ...s.validation, status: 'error', failure } })),
})
