import { useId } from 'react'

interface SelectFieldProps<T extends string> {
  readonly label: string
  readonly value: T
  readonly options: readonly { readonly value: T; readonly label: string }[]
  readonly onChange: (value: T) => void
  readonly hint?: string
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  hint,
}: SelectFieldProps<T>) {
  const id = useId()
  return (
    <div className="econ-field">
      <label htmlFor={id} className="econ-field-label">
        {label}
      </label>
      <select
        id={id}
        className="select"
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => {
          const next = options.find((o) => o.value === event.currentTarget.value)
          if (next) onChange(next.value)
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint ? (
        <small id={`${id}-hint`} className="econ-field-hint">
          {hint}
        </small>
      ) : null}
    </div>
  )
}
