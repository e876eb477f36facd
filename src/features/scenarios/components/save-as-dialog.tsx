import { useId, useState } from 'react'

import { Dialog } from '@/components/ui/dialog'
import { MAX_NAME_LENGTH } from '@/state/library-slice'

interface SaveAsDialogProps {
  readonly initialName: string
  readonly existingNames: readonly string[]
  readonly onSave: (name: string) => void
  readonly onClose: () => void
}

export function SaveAsDialog({ initialName, existingNames, onSave, onClose }: SaveAsDialogProps) {
  const [name, setName] = useState(initialName)
  const [touched, setTouched] = useState(false)
  const inputId = useId()
  const errorId = useId()
  const trimmed = name.trim()
  const error = trimmed === '' ? 'Enter a name.' : undefined
  const clash = existingNames.some((n) => n.toLowerCase() === trimmed.toLowerCase())
  const submit = (): void => {
    setTouched(true)
    if (!error) onSave(trimmed)
  }
  return (
    <Dialog
      title="Save scenario as"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={`${inputId}-form`} className="button button-primary">
            Save
          </button>
        </>
      }
    >
      <form
        id={`${inputId}-form`}
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <div className="field">
          <label htmlFor={inputId}>Name</label>
          <input
            id={inputId}
            className="input"
            value={name}
            maxLength={MAX_NAME_LENGTH}
            autoFocus
            aria-invalid={touched && error ? true : undefined}
            aria-describedby={errorId}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <p id={errorId} className={touched && error ? 'field-error' : 'field-hint'}>
            {touched && error
              ? error
              : clash
                ? 'A saved scenario already has this name; this one will get a number after it.'
                : 'Saved in this browser, with the current view. Export it to share it as a file.'}
          </p>
        </div>
      </form>
    </Dialog>
  )
}
