import { NumberField } from '@/components/ui/field'
import { GradeBadge } from '@/components/ui/grade-badge'
import { USE_CASES, type UseCaseInput, MODELS, type Citation } from '@/engine/index'
import type { NumberRule } from '@/lib/number-input'

import {
  DEFAULT_ECONOMICS_INPUTS,
  useEconomicsInputs,
  useUpdateEconomicsInputs,
} from '../hooks/use-economics'
import {
  isUseCaseFieldEdited,
  withUseCaseField,
  type UseCaseNumberField,
} from '../model/edit-inputs'

interface Column extends NumberRule {
  readonly field: UseCaseNumberField
  readonly label: string
}

const COLUMNS: readonly Column[] = [
  {
    field: 'inputTokensPerCall',
    label: 'Prompt tokens per call',
    min: 1,
    max: 2_000_000,
    integer: true,
  },
  {
    field: 'outputTokensPerCall',
    label: 'Output tokens per call',
    min: 1,
    max: 500_000,
    integer: true,
  },
  {
    field: 'reasoningTokensPerCall',
    label: 'Reasoning tokens per call',
    min: 0,
    max: 500_000,
    integer: true,
  },
  { field: 'callsPerTask', label: 'Model calls per task', min: 0.01, max: 1000 },
  { field: 'prefixCacheHitRate', label: 'Prompt from cache (%)', min: 0, max: 0.99, scale: 100 },
  { field: 'tasksPerUserPerMonth', label: 'Tasks per user per month', min: 0, max: 1_000_000 },
  { field: 'priceUsdPerTask', label: 'Price per task ($)', min: 0.000001, max: 1_000_000 },
]

const FIELD_WORDS: Readonly<Record<string, string>> = {
  model: 'Model',
  inputTokensPerCall: 'Prompt tokens per call',
  outputTokensPerCall: 'Output tokens per call',
  reasoningTokensPerCall: 'Reasoning tokens per call',
  callsPerTask: 'Calls per task',
  prefixCacheHitRate: 'Prompt cache hits',
  minOutputTokensPerSecondPerUser: 'Speed each user sees',
  tasksPerUserPerMonth: 'Tasks per user per month',
  priceUsdPerTask: 'Price per task',
}

function SourceList({
  name,
  sources,
}: {
  readonly name: string
  readonly sources: Readonly<Record<string, Citation>>
}) {
  return (
    <div className="econ-sources-block">
      <h4>{name}</h4>
      <ul>
        {Object.entries(sources).map(([field, citation]) => (
          <li key={field}>
            <GradeBadge grade={citation.grade} /> <strong>{FIELD_WORDS[field] ?? field}:</strong>{' '}
            {citation.source}
            {citation.note ? <em> {citation.note}</em> : null}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** Every use-case assumption, editable, with its source and evidence grade. */
export function UseCaseEditor() {
  const inputs = useEconomicsInputs()
  const update = useUpdateEconomicsInputs()
  const set = <K extends keyof UseCaseInput>(id: string, field: K, value: UseCaseInput[K]) =>
    update((i) => withUseCaseField(i, id, field, value))
  const defaults = DEFAULT_ECONOMICS_INPUTS.useCases
  return (
    <section className="card econ-editor" aria-labelledby="econ-editor-title">
      <div className="card-title">
        <div>
          <h2 id="econ-editor-title">Use-case assumptions</h2>
          <p>
            Per task: tokens of each model call, calls per task (tool and agent steps), cache reuse,
            use and price. Press Enter to apply.
          </p>
        </div>
        <button
          type="button"
          className="button"
          onClick={() => update((i) => ({ ...i, useCases: DEFAULT_ECONOMICS_INPUTS.useCases }))}
        >
          Reset use cases to sourced values
        </button>
      </div>
      <div className="econ-table-scroll">
        <table className="econ-edit-table">
          <thead>
            <tr>
              <th scope="col">Use case</th>
              <th scope="col">Typical model</th>
              {COLUMNS.map((c) => (
                <th key={c.field} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {inputs.useCases.map((u) => (
              <tr key={u.id}>
                <th scope="row">
                  {u.name}
                  <small>{u.task}</small>
                </th>
                <td>
                  <select
                    className="select"
                    aria-label={`${u.name}: typical model`}
                    value={u.model}
                    onChange={(event) => set(u.id, 'model', event.currentTarget.value)}
                  >
                    {MODELS.map((m) => (
                      <option key={m.id} value={m.id}>
                        {m.name}
                      </option>
                    ))}
                  </select>
                </td>
                {COLUMNS.map((c) => (
                  <td key={c.field}>
                    <NumberField
                      label={`${u.name}: ${c.label.toLowerCase()}`}
                      hideLabel
                      value={u[c.field]}
                      min={c.min}
                      max={c.max}
                      {...(c.integer ? { integer: true } : {})}
                      {...(c.scale ? { scale: c.scale } : {})}
                      edited={isUseCaseFieldEdited(u, defaults, c.field)}
                      width="80px"
                      onCommit={(value) => set(u.id, c.field, value)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details className="econ-sources">
        <summary>Sources and evidence grades (H high, M medium, L low)</summary>
        {USE_CASES.map((spec) => (
          <SourceList key={spec.id} name={spec.name} sources={spec.sources} />
        ))}
      </details>
    </section>
  )
}
