import type { EvidenceGrade } from '@/engine/index'

const MEANING: Readonly<Record<EvidenceGrade, string>> = {
  H: 'High: primary or peer-reviewed source',
  M: 'Medium: vendor figure or reliable secondary report',
  L: 'Low: secondary only, or an estimate derived here',
}

/** Evidence grade H / M / L with its meaning for screen readers and on hover. */
export function GradeBadge({ grade }: { readonly grade: EvidenceGrade }) {
  return (
    <span className="econ-grade" data-grade={grade} title={MEANING[grade]}>
      {grade}
      <span className="visually-hidden"> ({MEANING[grade]})</span>
    </span>
  )
}
