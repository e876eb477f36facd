import type { EvidenceGrade } from '@/engine/index'

import './grade-badge.css'

/** What each evidence grade means (house style: every number carries a source and a grade). */
export const GRADE_MEANING: Readonly<Record<EvidenceGrade, string>> = {
  H: 'High: primary source or peer-reviewed',
  M: 'Medium: vendor claim or reliable secondary report',
  L: 'Low: secondary source only, or an estimate derived here',
}

/** Evidence grade H / M / L, with its meaning on hover and for screen readers. */
export function GradeBadge({ grade }: { readonly grade: EvidenceGrade }) {
  return (
    <abbr
      className="grade-badge"
      data-grade={grade}
      title={`Evidence grade ${GRADE_MEANING[grade]}`}
    >
      {grade}
      <span className="visually-hidden"> (evidence grade {GRADE_MEANING[grade]})</span>
    </abbr>
  )
}
