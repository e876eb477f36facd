import type { ReactNode } from 'react'

import type { AssumptionValues, ScenarioInput } from '@/engine/index'

import { currentAt, defaultAt } from '../model/defaults'
import type { SectionSpec } from '../model/fields'
import { getAt, pathKey } from '../model/paths'
import { withoutSectionEdits } from '../model/reset'

import { FieldRow } from './field-row'

interface SectionCardProps {
  readonly section: SectionSpec
  readonly input: ScenarioInput
  /** The engine's values in use and defaults (undefined until its first answer). */
  readonly values: AssumptionValues | undefined
  readonly onCommit: (next: ScenarioInput) => void
  /** Extra controls above the fields (the catalogue entry to start from). */
  readonly lead?: ReactNode
}

export function SectionCard({ section, input, values, onCommit, lead }: SectionCardProps) {
  const editedCount = section.fields.filter((f) => getAt(input, f.path) !== undefined).length
  const titleId = `assumptions-${section.id}-title`
  return (
    <section className="card assumption-card" aria-labelledby={titleId}>
      <div className="assumption-card-head">
        <div>
          <h2 id={titleId}>
            {section.title}
            {editedCount > 0 ? <span className="edited-badge">{editedCount} edited</span> : null}
          </h2>
          <p>{section.description}</p>
        </div>
        {editedCount > 0 ? (
          <button
            type="button"
            className="button"
            onClick={() => onCommit(withoutSectionEdits(input, section.id))}
          >
            Reset section
          </button>
        ) : null}
      </div>
      {lead}
      <div className="assumption-grid">
        {section.fields.map((spec) => (
          <FieldRow
            key={pathKey(spec.path)}
            spec={spec}
            input={input}
            value={currentAt(values, input, spec.path)}
            fallback={defaultAt(values, spec.path)}
            edited={getAt(input, spec.path) !== undefined}
            onCommit={onCommit}
          />
        ))}
      </div>
    </section>
  )
}
