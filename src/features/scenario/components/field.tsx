import { useId, useState, type ReactNode } from 'react'

import type { OptionGroup, SelectOption } from '../model/catalogue-options'

interface FieldShellProps {
  readonly id: string
  readonly label: string
  readonly hint?: string | undefined
  readonly messages: readonly string[]
  readonly children: ReactNode
}

function FieldShell({ id, label, hint, messages, children }: FieldShellProps) {
  return (
    <div className={`field scenario-field${messages.length > 0 ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {messages.length > 0 ? (
        <div id={`${id}-error`} className="field-message">
          {messages.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  )
}

function describedBy(
  id: string,
  hint: string | undefined,
  messages: readonly string[],
): string | undefined {
  const ids = [messages.length > 0 ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean)
  return ids.length > 0 ? ids.join(' ') : undefined
}

interface SelectFieldProps {
  readonly label: string
  readonly value: string
  readonly onChange: (value: string) => void
  readonly options?: readonly SelectOption[]
  readonly groups?: readonly OptionGroup[]
  readonly hint?: string | undefined
  readonly messages?: readonly string[]
}

export function SelectField({
  label,
  value,
  onChange,
  options,
  groups,
  hint,
  messages = [],
}: SelectFieldProps) {
  const id = useId()
  return (
    <FieldShell id={id} label={label} hint={hint} messages={messages}>
      <select
        id={id}
        className="select"
        value={value}
        aria-invalid={messages.length > 0 || undefined}
        aria-describedby={describedBy(id, hint, messages)}
        onChange={(event) => onChange(event.target.value)}
      >
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </FieldShell>
  )
}

interface NumberFieldProps {
  readonly label: string
  readonly value: number
  readonly onCommit: (value: number) => void
  readonly min?: number
  readonly step?: number
  readonly unit?: string
  readonly hint?: string | undefined
  readonly messages?: readonly string[]
}

/**
 * A number input that keeps what the user types: every parsable value goes to the store (the engine
 * judges it and its issues come back as `messages`); an empty box is named here and not sent.
 */
export function NumberField({
  label,
  value,
  onCommit,
  min,
  step = 1,
  unit,
  hint,
  messages = [],
}: NumberFieldProps) {
  const id = useId()
  const [draft, setDraft] = useState<string | null>(null)
  const empty = draft !== null && draft.trim() === ''
  const shown = empty ? [`Enter a number for ${label.toLowerCase()}`] : messages
  return (
    <FieldShell id={id} label={label} hint={hint} messages={shown}>
      <div className="input-with-unit">
        <input
          id={id}
          className="input"
          type="number"
          inputMode="decimal"
          min={min}
          step={step}
          value={draft ?? (Number.isFinite(value) ? String(value) : '')}
          aria-invalid={shown.length > 0 || undefined}
          aria-describedby={describedBy(id, hint, shown)}
          onChange={(event) => {
            const raw = event.target.value
            setDraft(raw)
            const parsed = Number(raw)
            if (raw.trim() !== '' && Number.isFinite(parsed)) onCommit(parsed)
          }}
          onBlur={() => setDraft(null)}
        />
        {unit ? <span className="input-unit">{unit}</span> : null}
      </div>
    </FieldShell>
  )
}
