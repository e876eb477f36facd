import { useId, useState } from 'react'

import { numberInputText, parseNumberInput, type NumberRule } from '../model/number-input'

interface NumberFieldProps extends NumberRule {
  /** Visible label (or the accessible name when `hideLabel`). */
  readonly label: string
  readonly value: number
  readonly onCommit: (value: number) => void
  /** Unit shown after the box ("%", "MW", "$"). */
  readonly unit?: string
  readonly hideLabel?: boolean
  /** Shown under the field: what the number means or where it comes from. */
  readonly hint?: string
  readonly edited?: boolean
  readonly className?: string
  readonly width?: string
}

/**
 * A number box that commits on Enter or when it loses focus. What cannot be used (not a number, out
 * of range) is named under the box and not applied; Escape restores the current value.
 */
export function NumberField({
  label,
  value,
  onCommit,
  unit,
  hideLabel,
  hint,
  edited,
  className,
  width,
  ...rule
}: NumberFieldProps) {
  const id = useId()
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const text = draft ?? numberInputText(value, rule.scale)

  const commit = (): void => {
    if (draft === null) return
    const parsed = parseNumberInput(draft, label, rule)
    if (!parsed.ok) {
      setError(parsed.message)
      return
    }
    setError(null)
    setDraft(null)
    if (parsed.value !== value) onCommit(parsed.value)
  }

  const describedBy =
    [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') ||
    undefined
  return (
    <div className={`econ-field ${className ?? ''}`} data-invalid={error ? 'true' : undefined}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'econ-field-label'}>
        {label}
        {edited ? <span className="edited-badge">edited</span> : null}
      </label>
      <span className="econ-field-box">
        <input
          id={id}
          className="input num"
          inputMode="decimal"
          value={text}
          style={width ? { width } : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            setDraft(event.currentTarget.value)
            if (error) setError(null)
          }}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit()
            if (event.key === 'Escape') {
              setDraft(null)
              setError(null)
            }
          }}
        />
        {unit ? <span className="econ-field-unit">{unit}</span> : null}
      </span>
      {hint ? (
        <small id={`${id}-hint`} className="econ-field-hint">
          {hint}
        </small>
      ) : null}
      {error ? (
        <small id={`${id}-error`} className="econ-field-error" role="alert">
          {error}
        </small>
      ) : null}
    </div>
  )
}
