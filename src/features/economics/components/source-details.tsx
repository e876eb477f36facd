import { GradeBadge } from '@/components/ui/grade-badge'
import type { Citation } from '@/engine/index'

interface SourceDetailsProps {
  readonly summary: string
  /** Field → label in words; fields without a label are skipped. */
  readonly labels: Readonly<Record<string, string>>
  readonly sources: Readonly<Record<string, Citation>>
}

/** A closed disclosure listing the sources and evidence grades behind a view's default numbers. */
export function SourceDetails({ summary, labels, sources }: SourceDetailsProps) {
  return (
    <details className="econ-sources">
      <summary>{summary}</summary>
      <ul className="econ-sources-list">
        {Object.entries(labels).map(([field, label]) => {
          const citation = sources[field]
          if (!citation) return null
          return (
            <li key={field}>
              <GradeBadge grade={citation.grade} /> <strong>{label}:</strong> {citation.source}
              {citation.note ? <em> {citation.note}</em> : null}
            </li>
          )
        })}
      </ul>
    </details>
  )
}
