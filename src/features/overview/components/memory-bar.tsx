import type { SimulationResult } from '@/engine/index'
import { formatCount, formatNumber, formatPercent } from '@/lib/format'

import { memoryModel } from '../model/memory'

const SEGMENT_COLOR = {
  weights: 'var(--cat-1)',
  kvCache: 'var(--cat-2)',
  free: 'var(--surface-2)',
} as const

export function MemoryBar({ result }: { readonly result: SimulationResult }) {
  const m = memoryModel(result)
  const s = result.scenario
  const description = m.segments
    .map((seg) => `${seg.label} ${formatNumber(seg.gb)} GB (${formatPercent(seg.share)})`)
    .join(', ')
  return (
    <section className="card memory" aria-label="Memory">
      <header className="memory-header">
        <h3>Memory</h3>
        <p>
          <span className="num">{formatNumber(m.usableGB)} GB</span> usable on {s.accelerators}×{' '}
          {s.hardwareName}
        </p>
      </header>
      <div className="memory-bar" role="img" aria-label={`Usable memory: ${description}`}>
        {m.segments.map((seg) =>
          seg.share > 0 ? (
            <span
              key={seg.key}
              className={`memory-segment memory-${seg.key}`}
              style={{ flexGrow: seg.share, background: SEGMENT_COLOR[seg.key] }}
              title={`${seg.label}: ${formatNumber(seg.gb)} GB`}
            />
          ) : null,
        )}
      </div>
      <ul className="memory-legend">
        {m.segments.map((seg) => (
          <li key={seg.key}>
            <span
              className={`swatch memory-swatch-${seg.key}`}
              style={{ background: SEGMENT_COLOR[seg.key] }}
              aria-hidden="true"
            />
            <span>{seg.label}</span>
            <strong className="num">{formatNumber(seg.gb)} GB</strong>
            <span className="memory-share num">{formatPercent(seg.share)}</span>
          </li>
        ))}
      </ul>
      <p className="memory-note">
        The KV cache holds{' '}
        {m.batchSize === 1 ? 'the one sequence' : `the ${formatCount(m.batchSize)} sequences`} in
        the batch; memory would hold {formatCount(m.batchCapacity)}.
      </p>
    </section>
  )
}
