import { Dialog } from '@/components/ui/dialog'

interface ImportErrorDialogProps {
  readonly message: string
  readonly problems: readonly string[]
  readonly onClose: () => void
}

/** Why an import was refused; nothing was changed. */
export function ImportErrorDialog({ message, problems, onClose }: ImportErrorDialogProps) {
  return (
    <Dialog
      title="The file was not imported"
      alert
      onClose={onClose}
      footer={
        <button type="button" className="button button-primary" onClick={onClose}>
          OK
        </button>
      }
    >
      <div className="banner banner-error" role="alert">
        <p>{message}</p>
        {problems.length > 0 ? (
          <ul>
            {problems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <p className="field-hint">Your current scenario and your saved scenarios are unchanged.</p>
    </Dialog>
  )
}
