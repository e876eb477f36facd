import type { StateCreator } from 'zustand'

import type { AppState } from './store'

/**
 * Where the current model, hardware and workload are heading by 2030 under the headline presets,
 * whatever the sliders say: the executive's answer on first paint. app/outlook-sync.ts keeps it
 * current; it ignores the levers, year and assumption set (those are what the presets set).
 */
export interface OutlookPoint {
  /** The preset it applies (src/engine/presets). */
  readonly presetId: string
  readonly presetName: string
  readonly year: number
  readonly costPerMillionOutput: number
  readonly joulesPerOutputToken: number
  /** 2026 baseline ÷ this: how many times cheaper (less energy) than the 2026 baseline. */
  readonly costFold: number
  readonly energyFold: number
  /** The same against the article's own baseline: the 2026 setup with FP16 weights, activations and KV cache. */
  readonly costFoldVsFp16?: number
  readonly energyFoldVsFp16?: number
}

/** The two baselines a fold can be measured against, in words ("Llama 3.3 70B BF16 on 4× H100 SXM"). */
export interface OutlookBaseline {
  /** 2026 practice: the scenario's model in its own number format, no levers. */
  readonly practice: string
  /** The article's baseline: the same in FP16; absent when it could not run. */
  readonly fp16: string | undefined
}

export interface OutlookState {
  readonly status: 'idle' | 'loading' | 'done' | 'error'
  /** One per headline preset that could run; absent while loading. */
  readonly points: readonly OutlookPoint[] | undefined
  readonly baseline?: OutlookBaseline
  readonly failure: string | undefined
}

export interface OutlookSlice {
  readonly outlook: OutlookState
  readonly outlookLoading: () => void
  readonly outlookLoaded: (points: readonly OutlookPoint[], baseline?: OutlookBaseline) => void
  readonly outlookFailed: (message: string) => void
}

export const createOutlookSlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  OutlookSlice
> = (set) => ({
  outlook: { status: 'idle', points: undefined, failure: undefined },
  // The last points stay on screen while newer ones compute: no flicker on a model change.
  outlookLoading: () => set((s) => ({ outlook: { ...s.outlook, status: 'loading' } })),
  outlookLoaded: (points, baseline) =>
    set({
      outlook: { status: 'done', points, failure: undefined, ...(baseline ? { baseline } : {}) },
    }),
  outlookFailed: (message) =>
    set((s) => ({ outlook: { ...s.outlook, status: 'error', failure: message } })),
})
