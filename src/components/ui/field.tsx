/**
 * The form fields every feature uses: a number box and a select, each with its label, unit, hint
 * and the messages that say what is wrong with it. One markup and one stylesheet (field.css); a
 * feature adds its layout through `className` (the sidebar's full-width fields, the economics
 * views' compact right-aligned boxes).
 */
import { useId, useState, type ReactNode } from 'react'

import { numberInputText, parseNumberInput, type NumberRule } from '@/lib/number-input'

import './field.css'

export interface SelectOption<T extends string = string> {
  readonly value: T
  readonly label: string
}

export interface OptionGroup<T extends string = string> {
  readonly label: string
  readonly options: readonly SelectOption<T>[]
}

interface ShellProps {
  readonly id: string
  readonly label: string
  readonly hint?: string | undefined
  readonly messages: readonly string[]
  readonly edited?: boolean | undefined
  readonly hideLabel?: boolean | undefined
  readonly className?: string | undefined
  readonly children: ReactNode
}

function FieldShell({
  id,
  label,
  hint,
  messages,
  edited,
  hideLabel,
  className,
  children,
}: ShellProps) {
  return (
    <div
      className={`ui-field${className ? ` ${className}` : ''}${messages.length > 0 ? ' has-error' : ''}`}
      data-invalid={messages.length > 0 ? 'true' : undefined}
    >
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'ui-field-label'}>
        {label}
        {edited ? <span className="edited-badge">edited</span> : null}
      </label>
      {children}
      {messages.length > 0 ? (
        <div id={`${id}-error`} className="ui-field-error" role="alert">
          {messages.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} className="ui-field-hint">
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

interface SelectFieldProps<T extends string> {
  readonly label: string
  readonly value: T
  readonly onChange: (value: T) => void
  readonly options?: readonly SelectOption<T>[]
  readonly groups?: readonly OptionGroup<T>[]
  readonly hint?: string | undefined
  /** What is wrong with the current choice, in the field's words; empty when it is fine. */
  readonly messages?: readonly string[]
  readonly className?: string
}

/** A labelled select, flat or in option groups; only listed values reach `onChange`. */
export function SelectField<T extends string>({
  label,
  value,
  onChange,
  options,
  groups,
  hint,
  messages = [],
  className,
}: SelectFieldProps<T>) {
  const id = useId()
  const all = [...(options ?? []), ...(groups ?? []).flatMap((g) => g.options)]
  return (
    <FieldShell id={id} label={label} hint={hint} messages={messages} className={className}>
      <select
        id={id}
        className="select"
        value={value}
        aria-invalid={messages.length > 0 || undefined}
        aria-describedby={describedBy(id, hint, messages)}
        onChange={(event) => {
          const next = all.find((o) => o.value === event.currentTarget.value)
          if (next) onChange(next.value)
        }}
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

interface NumberFieldProps extends Partial<NumberRule> {
  /** Visible label (or only the accessible name, with `hideLabel`). */
  readonly label: string
  readonly value: number
  readonly onCommit: (value: number) => void
  /** Unit shown after the box ("tok/s", "MW", "$"). */
  readonly unit?: string | undefined
  readonly hint?: string | undefined
  /** What the engine says is wrong with the value, in the field's words. */
  readonly messages?: readonly string[]
  /**
   * Apply every number as it is typed (the sidebar: the engine answers while you type), instead of
   * on Enter or when the box loses focus.
   */
  readonly live?: boolean
  readonly edited?: boolean
  readonly hideLabel?: boolean
  readonly className?: string
  /** Width of the box, when a table column needs it narrower or wider. */
  readonly width?: string
}

/**
 * A number box that keeps what the user types. What cannot be used (empty, not a number, outside
 * `min`–`max`, a fraction where `integer`) is named under the box and not applied; Escape restores
 * the current value. The box shows value × `scale`. Without a range any finite number goes on, for
 * the engine to judge (its messages come back as `messages`).
 */
export function NumberField({
  label,
  value,
  onCommit,
  unit,
  hint,
  messages = [],
  min = -Infinity,
  max = Infinity,
  integer,
  scale,
  live = false,
  edited,
  hideLabel,
  className,
  width,
}: NumberFieldProps) {
  const id = useId()
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const check: NumberRule = {
    min,
    max,
    ...(integer ? { integer } : {}),
    ...(scale === undefined ? {} : { scale }),
  }
  const text = draft ?? (Number.isFinite(value) ? numberInputText(value, check.scale) : '')
  const shown = error ? [error] : messages

  const apply = (raw: string): boolean => {
    const parsed = parseNumberInput(raw, label, check)
    if (!parsed.ok) {
      setError(parsed.message)
      return false
    }
    setError(null)
    if (parsed.value !== value) onCommit(parsed.value)
    return true
  }
  const commit = (): void => {
    if (draft !== null && apply(draft)) setDraft(null)
  }

  return (
    <FieldShell
      id={id}
      label={label}
      hint={hint}
      messages={shown}
      edited={edited}
      hideLabel={hideLabel}
      className={className}
    >
      <span className="ui-field-box">
        <input
          id={id}
          className="input num"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          style={width ? { width } : undefined}
          aria-invalid={shown.length > 0 || undefined}
          aria-describedby={describedBy(id, hint, shown)}
          onChange={(event) => {
            const raw = event.currentTarget.value
            setDraft(raw)
            if (live) apply(raw)
            else if (error) setError(null)
          }}
          onBlur={() => {
            if (live) {
              if (!error) setDraft(null)
            } else commit()
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit()
            if (event.key === 'Escape') {
              setDraft(null)
              setError(null)
            }
          }}
        />
        {unit ? <span className="ui-field-unit">{unit}</span> : null}
      </span>
    </FieldShell>
  )
}
