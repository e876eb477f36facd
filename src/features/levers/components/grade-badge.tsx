import type { EvidenceGrade } from '@/engine/index'

import { GRADE_WORDS } from '../model/effect-words'

export function GradeBadge({ grade }: { readonly grade: EvidenceGrade }) {
  return (
    <abbr className="grade-badge" data-grade={grade} title={`Evidence grade ${GRADE_WORDS[grade]}`}>
      {grade}
    </abbr>
  )
}
