import { presetById } from '@/engine/index'
import { formatFold, formatJoules, formatUsd } from '@/lib/format'
import { selectOutlook, selectPresetId } from '@/state/selectors'
import { useAppStore } from '@/state/store'

/**
 * The executive's answer on first paint: where this model, chip and workload are heading by 2030
 * under the headline presets, whatever the sliders say now. Each figure is a button that applies
 * its preset (the model, hardware and workload stay).
 */
export function OutlookRow() {
  const outlook = useAppStore(selectOutlook)
  const presetId = useAppStore(selectPresetId)
  const points = outlook.points
  if (!points || points.length === 0) return null
  const year = points[0]?.year ?? 2030

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
        <strong>{year} outlook</strong> for this model, hardware and workload:
      </p>
      <ul className="kpi-outlook-points">
        {points.map((p) => (
          <li key={p.presetId}>
            <button
              type="button"
              className="kpi-outlook-point"
              aria-pressed={presetId === p.presetId}
              title={`${presetById(p.presetId)?.description ?? ''} ${formatJoules(p.joulesPerOutputToken)} per output token, ${formatFold(p.energyFold)} less energy than 2026. Click to apply.`}
              onClick={() => apply(p.presetId)}
            >
              <span className="kpi-outlook-name">{p.presetName}</span>
              <span className="kpi-outlook-figure num">{formatUsd(p.costPerMillionOutput)}/M</span>
              <span className="kpi-outlook-fold num">{formatFold(p.costFold)} cheaper</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
