import { selectResult } from '@/state/selectors'
import { useAppStore } from '@/state/store'

export function KpiStrip() {
  const result = useAppStore(selectResult)
  if (!result) return <p className="view-loading">Computing the 2026 reference…</p>
  return (
    <section aria-label="Key figures" className="card">
      <p>
        ${result.costPerMillionTokens.output.toFixed(3)} per million output tokens · {result.energyPerToken.joules.toFixed(2)} J per token
      </p>
    </section>
  )
}
