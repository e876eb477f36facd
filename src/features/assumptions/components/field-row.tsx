import { useId, useState } from 'react'

import type { ScenarioInput } from '@/engine/index'

import { useCheckedCommit } from '../hooks/use-checked-commit'
import { formatValue } from '../model/describe-edit'
import type { FieldSpec } from '../model/fields'
import { removeAt, setAt } from '../model/paths'
import { parseNumber } from '../model/validate-edit'

interface FieldRowProps {
  readonly spec: FieldSpec
  readonly input: ScenarioInput
  /** The value the engine uses now. */
  readonly value: unknown
  /** The value without the user's edit. */
  readonly fallback: unknown
  readonly edited: boolean
  readonly onCommit: (next: ScenarioInput) => void
}

/** Up to six significant figures, no exponent for everyday magnitudes: what a person types. */
export function inputText(value: unknown): string {
  if (typeof value === 'number') return String(Number(value.toPrecision(6)))
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  return typeof value === 'string' ? value : ''
}

/** One assumption: its value (validated as typed), unit, default, an "edited" mark and a reset. */
export function FieldRow({ spec, input, value, fallback, edited, onCommit }: FieldRowProps) {
  const id = useId()
  const noteId = useId()
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const defaultText =
    fallback === undefined ? (spec.unsetDefault ?? 'derived') : formatValue(fallback, spec.unit)

  const { submit, cancel } = useCheckedCommit(input, onCommit)
  const commit = (next: unknown): void =>
    submit(
      (scenario) =>
        next === undefined ? removeAt(scenario, spec.path) : setAt(scenario, spec.path, next),
      setError,
    )

  const onText = (text: string): void => {
    setDraft(text)
    if (spec.kind === 'text') {
      commit(text.trim() === '' ? undefined : text)
      return
    }
    const parsed = parseNumber(text, spec.kind === 'integer')
    if ('error' in parsed) {
      cancel()
      setError(`${spec.label} ${parsed.error}`)
      return
    }
    commit(parsed.value)
  }

  const reset = (): void => {
    cancel()
    setDraft(null)
    setError(null)
    onCommit(removeAt(input, spec.path))
  }

  let control
  if (spec.kind === 'select' || spec.kind === 'boolean') {
    const options = spec.kind === 'boolean' ? ['yes', 'no'] : (spec.options ?? [])
    const selected = edited ? inputText(value) : ''
    control = (
      <select
        id={id}
        className="select"
        value={selected}
        aria-describedby={noteId}
        onChange={(event) => {
          const v = event.currentTarget.value
          commit(v === '' ? undefined : spec.kind === 'boolean' ? v === 'yes' : v)
        }}
      >
        <option value="">Default ({defaultText})</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    )
  } else {
    control = (
      <input
        id={id}
        className="input"
        type="text"
        inputMode={spec.kind === 'text' ? 'text' : 'decimal'}
        autoComplete="off"
        spellCheck={false}
        value={draft ?? inputText(value)}
        placeholder={`Default: ${defaultText}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={noteId}
        onChange={(event) => onText(event.currentTarget.value)}
        onBlur={() => {
          if (!error) setDraft(null)
        }}
      />
    )
  }

  return (
    <div className={`assumption-field${edited ? ' is-edited' : ''}${error ? ' has-error' : ''}`}>
      <div className="assumption-field-head">
        <label htmlFor={id}>
          {spec.label}
          {spec.unit ? (
            <>
              {' '}
              <span className="assumption-unit">({spec.unit})</span>
            </>
          ) : null}
        </label>
        {edited ? <span className="edited-badge">edited</span> : null}
      </div>
      <div className="assumption-field-control">
        {control}
        {edited ? (
          <button
            type="button"
            className="button button-ghost assumption-reset"
            aria-label={`Reset ${spec.label} to its default (${defaultText})`}
            onClick={reset}
          >
            ↺
          </button>
        ) : null}
      </div>
      <p
        id={noteId}
        className={error ? 'field-error' : 'assumption-note'}
        role={error ? 'alert' : undefined}
      >
        {error ?? (edited ? `Default ${defaultText}` : (spec.help ?? `Default ${defaultText}`))}
      </p>
    </div>
  )
}
