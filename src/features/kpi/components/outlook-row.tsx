import { useState } from 'react'

import { foldCeilingCaveat, presetById } from '@/engine/index'
import { formatFold, formatFoldChange, formatJoules, formatUsd } from '@/lib/format'
import { selectOutlook, selectPresetId } from '@/state/selectors'
import { useAppStore } from '@/state/store'

import { outlookFolds, type OutlookBaselineChoice } from '../model/outlook-folds'

/** A fold below 1 is a cost rise, and a fold of no cost (every price at zero) is none. */
const COST_FOLD_WORDS = { better: 'cheaper', worse: 'costlier' } as const

/**
 * The executive's answer on first paint: where this model, chip and workload are heading by 2030
 * under the headline presets, whatever the sliders say now. Each figure is a button that applies
 * its preset (the model, hardware and workload stay). Every fold names its baseline; the article's
 * own FP16 baseline is one click away, and a fold past the article's ceiling says so.
 */
export function OutlookRow() {
  const outlook = useAppStore(selectOutlook)
  const presetId = useAppStore(selectPresetId)
  const [choice, setChoice] = useState<OutlookBaselineChoice>('practice')
  const points = outlook.points
  if (!points || points.length === 0) return null
  const year = points[0]?.year ?? 2030
  const view = outlookFolds(points, outlook.baseline, choice)

  const apply = (id: string): void => {
    const preset = presetById(id)
    if (preset) useAppStore.getState().applyPreset(preset)
  }

  return (
    <section
      className="kpi-outlook"
      aria-label={`${year} outlook`}
      data-updating={outlook.status === 'loading'}
    >
      <p className="kpi-outlook-title">
        <strong>{year} outlook</strong> for this model, hardware and workload,{' '}
        <span className="kpi-outlook-baseline-words">{view.baselineWords}</span>:
      </p>
      <ul className="kpi-outlook-points">
        {view.points.map((p) => (
          <li key={p.presetId}>
            <button
              type="button"
              className="kpi-outlook-point"
              aria-pressed={presetId === p.presetId}
              title={`${presetById(p.presetId)?.description ?? ''} ${formatJoules(p.joulesPerOutputToken)} per output token, ${formatFold(p.energyFold)} less energy than the baseline. Click to apply.`}
              onClick={() => apply(p.presetId)}
            >
              <span className="kpi-outlook-name">{p.presetName}</span>
              <span className="kpi-outlook-figure num">{formatUsd(p.costPerMillionOutput)}/M</span>
              <span className="kpi-outlook-fold num">
                {formatFoldChange(p.costFold, COST_FOLD_WORDS)}
                {foldCeilingCaveat(p.costFold) ? ' *' : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {view.fp16Available ? (
        <div className="kpi-outlook-baseline" role="group" aria-label="Fold measured against">
          <button
            type="button"
            aria-pressed={choice === 'practice'}
            onClick={() => setChoice('practice')}
          >
            vs 2026 practice
          </button>
          <button type="button" aria-pressed={choice === 'fp16'} onClick={() => setChoice('fp16')}>
            vs the article’s FP16 baseline
          </button>
        </div>
      ) : null}
      {view.points.flatMap((p) => {
        const caveat = foldCeilingCaveat(p.costFold)
        return caveat
          ? [
              <p key={`caveat-${p.presetId}`} className="kpi-outlook-caveat">
                * {p.presetName}: {caveat}
              </p>,
            ]
          : []
      })}
    </section>
  )
}
