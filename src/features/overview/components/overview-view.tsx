import { selectResult } from '@/state/selectors'
import { useAppStore } from '@/state/store'

import { interactivityTarget } from '../model/workload'

import { MemoryBar } from './memory-bar'
import { PhaseBindings } from './phase-bindings'
import { PhaseBreakdown } from './phase-breakdown'
import { RooflineChart } from './roofline-chart'
import '../overview.css'

export function OverviewView() {
  const result = useAppStore(selectResult)
  const target = useAppStore((s) => interactivityTarget(s.scenario))
  if (!result) return <p className="view-loading">Computing the 2026 reference…</p>
  return (
    <section className="overview" aria-label="Prefill and decode">
      <div className="overview-top">
        <PhaseBindings result={result} interactivityTarget={target} />
        <MemoryBar result={result} />
      </div>
      <PhaseBreakdown result={result} />
      <RooflineChart result={result} />
    </section>
  )
}
