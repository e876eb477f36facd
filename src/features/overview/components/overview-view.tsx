import { useMemo } from 'react'

import { useChartValue } from '@/components/ui/use-chart-value'
import { selectIssues, selectResult, selectRunFailure } from '@/state/selectors'
import { useAppStore } from '@/state/store'

import { MemoryBar } from './memory-bar'
import { PhaseBindings } from './phase-bindings'
import { PhaseBreakdown } from './phase-breakdown'
import { RooflineChart } from './roofline-chart'
import '../overview.css'

export function OverviewView() {
  const result = useAppStore(selectResult)
  const cannotRun = useAppStore((s) => selectIssues(s).length > 0)
  const failed = useAppStore((s) => selectRunFailure(s) !== undefined)
  // The cards and charts follow a throttled, low-priority copy of the result: during a drag the
  // engine answers every frame, and redrawing three charts each time would block the slider (the
  // KPI strip above stays live).
  const shown = useChartValue(result)
  const content = useMemo(() => {
    const r = shown
    if (!r)
      return (
        <p className="view-loading" role="status">
          {cannotRun
            ? 'No figures: this scenario cannot run. The message above says why and what to change.'
            : failed
              ? 'No figures: the engine failed on this scenario. Change the scenario to try again.'
              : 'Computing the 2026 reference…'}
        </p>
      )
    return (
      <section className="overview" aria-label="Prefill and decode">
        <div className="overview-top">
          <PhaseBindings result={r} />
          <MemoryBar result={r} />
        </div>
        <PhaseBreakdown result={r} />
        <RooflineChart result={r} />
      </section>
    )
  }, [cannotRun, failed, shown])
  return content
}
