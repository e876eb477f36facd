import { useMemo } from 'react'

import { SelectField } from '@/components/ui/field'
import { ACCELERATORS, MODELS, type ScenarioInput } from '@/engine/index'
import { listAssumptionEdits } from '@/state/assumption-edits'
import { useAppStore } from '@/state/store'

import { useAssumptionValues } from '../hooks/use-assumption-values'
import { SECTIONS } from '../model/fields'
import { withoutAssumptionEdits } from '../model/reset'

import { LeverOverridesCard } from './lever-overrides-card'
import { SectionCard } from './section-card'

import '../assumptions.css'

function BaseSelect({
  kind,
  input,
  onCommit,
}: {
  readonly kind: 'hardware' | 'model'
  readonly input: ScenarioInput
  readonly onCommit: (next: ScenarioInput) => void
}) {
  const value = input[kind]
  const base =
    typeof value === 'string'
      ? value
      : (value?.base ?? (kind === 'hardware' ? 'h100-sxm' : 'llama-3.3-70b'))
  const options = (kind === 'hardware' ? ACCELERATORS : MODELS).map((o) => ({
    value: o.id,
    label: o.name,
  }))
  return (
    <SelectField
      label="Start from"
      className="assumption-base"
      value={base}
      options={options}
      onChange={(next) =>
        // Keep the user's field edits on top of the new catalogue entry.
        onCommit({
          ...input,
          [kind]: typeof value === 'object' ? { ...value, base: next } : next,
        })
      }
    />
  )
}

/** Every assumption behind the numbers, editable, validated as typed, with one-click defaults. */
export function AssumptionsView() {
  const input = useAppStore((s) => s.scenario)
  const updateScenario = useAppStore((s) => s.updateScenario)
  // Values in use and defaults, resolved by the engine in the worker (the app's port).
  const values = useAssumptionValues(input)
  const editCount = useMemo(() => listAssumptionEdits(input).length, [input])
  const commit = (next: ScenarioInput): void => updateScenario(() => next)

  return (
    // Busy until the engine's first values arrive (a few milliseconds after the view opens).
    <div
      className="assumptions-view"
      role="group"
      aria-label="Assumptions"
      aria-busy={values === undefined}
    >
      <section className="card assumptions-intro" aria-label="About the assumptions">
        <div>
          <h2>Assumptions</h2>
          <p>
            Every number the engine uses that is not a lever slider. Changes apply at once to every
            view and are checked as you type; an edited value is marked{' '}
            <span className="edited-badge">edited</span> here and listed above the key figures.
            Clear a field or press ↺ to go back to its default.
          </p>
        </div>
        <button
          type="button"
          className="button"
          disabled={editCount === 0}
          onClick={() => commit(withoutAssumptionEdits(input))}
        >
          Reset all{editCount > 0 ? ` (${editCount})` : ''}
        </button>
      </section>
      <div className="assumption-cards">
        {SECTIONS.map((section) => (
          <SectionCard
            key={section.id}
            section={section}
            input={input}
            values={values}
            onCommit={commit}
            lead={
              section.id === 'hardware' || section.id === 'model' ? (
                <BaseSelect kind={section.id} input={input} onCommit={commit} />
              ) : undefined
            }
          />
        ))}
        <LeverOverridesCard input={input} onCommit={commit} />
      </div>
    </div>
  )
}
