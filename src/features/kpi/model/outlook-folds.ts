import type { OutlookBaseline, OutlookPoint } from '@/state/outlook-slice'

/** Which 2026 baseline the outlook's folds are measured against. */
export type OutlookBaselineChoice = 'practice' | 'fp16'

export interface OutlookFoldPoint {
  readonly presetId: string
  readonly presetName: string
  readonly costPerMillionOutput: number
  readonly joulesPerOutputToken: number
  readonly costFold: number
  readonly energyFold: number
}

export interface OutlookFolds {
  /** "vs 2026 practice: Llama 3.3 70B BF16 on 4× H100 SXM, no levers" */
  readonly baselineWords: string
  readonly points: readonly OutlookFoldPoint[]
  /** Whether every point has a fold against the article's FP16 baseline (the toggle is offered). */
  readonly fp16Available: boolean
}

/**
 * The outlook's folds against the chosen baseline, with the baseline named in words. The FP16
 * choice falls back to 2026 practice when the FP16 run is missing (a model too large for FP16).
 */
export function outlookFolds(
  points: readonly OutlookPoint[],
  baseline: OutlookBaseline | undefined,
  choice: OutlookBaselineChoice,
): OutlookFolds {
  const fp16Available =
    baseline?.fp16 !== undefined &&
    points.every((p) => p.costFoldVsFp16 !== undefined && p.energyFoldVsFp16 !== undefined)
  const fp16 = choice === 'fp16' && fp16Available
  const practiceWords = baseline ? `: ${baseline.practice}, no levers` : ' (no levers)'
  return {
    baselineWords: fp16
      ? `vs the article’s 2026 baseline: ${baseline?.fp16 ?? ''}, no levers`
      : `vs 2026 practice${practiceWords}`,
    fp16Available,
    points: points.map((p) => ({
      presetId: p.presetId,
      presetName: p.presetName,
      costPerMillionOutput: p.costPerMillionOutput,
      joulesPerOutputToken: p.joulesPerOutputToken,
      costFold: fp16 ? (p.costFoldVsFp16 ?? p.costFold) : p.costFold,
      energyFold: fp16 ? (p.energyFoldVsFp16 ?? p.energyFold) : p.energyFold,
    })),
  }
}
