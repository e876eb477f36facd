import { create } from 'zustand'
import { subscribeWithSelector } from 'zustand/middleware'

import { createClaimsSlice, type ClaimsSlice } from './claims-slice'
import { createCompareSlice, type CompareSlice } from './compare-slice'
import { createEconomicsSlice, type EconomicsSlice } from './economics-slice'
import { createFrontierSlice, type FrontierSlice } from './frontier-slice'
import { createLibrarySlice, type LibrarySlice } from './library-slice'
import { createOutlookSlice, type OutlookSlice } from './outlook-slice'
import { createRunSlice, type RunSlice } from './run-slice'
import { createScenarioSlice, type ScenarioSlice } from './scenario-slice'
import { createUiSlice, type UiSlice } from './ui-slice'

export type AppState = ScenarioSlice &
  RunSlice &
  UiSlice &
  ClaimsSlice &
  LibrarySlice &
  CompareSlice &
  EconomicsSlice &
  OutlookSlice &
  FrontierSlice

/** Build a fresh store (tests use their own; the app uses the shared `useAppStore`). */
export const createAppStore = () =>
  create<AppState>()(
    subscribeWithSelector((...a) => ({
      ...createScenarioSlice(...a),
      ...createRunSlice(...a),
      ...createUiSlice(...a),
      ...createClaimsSlice(...a),
      ...createLibrarySlice(...a),
      ...createCompareSlice(...a),
      ...createEconomicsSlice(...a),
      ...createOutlookSlice(...a),
      ...createFrontierSlice(...a),
    })),
  )

export type AppStore = ReturnType<typeof createAppStore>

export const useAppStore: AppStore = createAppStore()
