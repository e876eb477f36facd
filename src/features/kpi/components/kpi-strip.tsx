import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'

import { selectIssues, selectResult, selectRunFailure, selectTrajectory } from '@/state/selectors'
import { useAppStore } from '@/state/store'

import { BOUNDARY_WORDS, buildKpis, trajectoryEntry } from '../model/kpi-items'

import { KpiTile } from './kpi-tile'
import { OutlookRow } from './outlook-row'
import '../kpi.css'

export function KpiStrip() {
  const result = useAppStore(selectResult)
  const trajectory = useAppStore(selectTrajectory)
  const cannotRun = useAppStore((s) => selectIssues(s).length > 0)
  const failed = useAppStore((s) => selectRunFailure(s) !== undefined)
  const { updating, stale } = useAppStore(
    useShallow((s) => ({
      updating: s.run.status === 'running' || s.analysis.trajectoryStatus === 'running',
      stale: s.run.issues.length > 0 || s.run.failure !== undefined,
    })),
  )

  const items = useMemo(
    () =>
      result ? buildKpis(result, trajectoryEntry(trajectory, result.scenario.year)) : undefined,
    [result, trajectory],
  )

  if (!result || !items) {
    return (
      <section aria-label="Key figures" className="kpi-strip" aria-busy="true">
        <p className="kpi-loading">
          {cannotRun
            ? 'No figures: this scenario cannot run (the message above says why).'
            : failed
              ? 'No figures: the engine failed on this scenario (the notice says why).'
              : 'Computing the 2026 reference…'}
        </p>
      </section>
    )
  }

  const s = result.scenario
  return (
    <section
      aria-label="Key figures"
      className={`kpi-strip${stale ? ' is-stale' : ''}`}
      aria-busy={updating}
    >
      <header className="kpi-strip-header">
        <p className="kpi-scenario">
          {/* The engine's one-line label (engine/labels.ts), the model in bold. */}
          {result.labels.scenario.startsWith(s.modelName) ? (
            <>
              <strong>{s.modelName}</strong>
              {result.labels.scenario.slice(s.modelName.length)}
            </>
          ) : (
            result.labels.scenario
          )}{' '}
          · {s.inputTokens.toLocaleString('en-US')} in / {s.outputTokens.toLocaleString('en-US')}{' '}
          out tokens · energy at the {BOUNDARY_WORDS[result.energyPerToken.boundary].short}
        </p>
        {stale ? <span className="kpi-flag">Last valid scenario</span> : null}
        {updating ? (
          <span className="kpi-updating" aria-hidden="true">
            updating…
          </span>
        ) : null}
      </header>
      <div className="kpi-grid">
        {items.map((item) => (
          <KpiTile key={item.id} item={item} />
        ))}
      </div>
      <OutlookRow />
    </section>
  )
}
