import { create } from 'zustand'
import { subscribeWithSelector } from 'zustand/middleware'

import { createRunSlice, type RunSlice } from './run-slice'
import { createScenarioSlice, type ScenarioSlice } from './scenario-slice'
import { createUiSlice, type UiSlice } from './ui-slice'

export type AppState = ScenarioSlice & RunSlice & UiSlice

/** Build a fresh store (tests use their own; the app uses the shared `useAppStore`). */
export const createAppStore = () =>
  create<AppState>()(
    subscribeWithSelector((...a) => ({
      ...createScenarioSlice(...a),
      ...createRunSlice(...a),
      ...createUiSlice(...a),
    })),
  )

export type AppStore = ReturnType<typeof createAppStore>

export const useAppStore: AppStore = createAppStore()
