import { useId } from 'react'

import { Dialog } from '@/components/ui/dialog'

interface ShareLinkDialogProps {
  readonly url: string
  readonly onClose: () => void
}

/** Shown when the browser would not copy the link: the link, selected, to copy by hand. */
export function ShareLinkDialog({ url, onClose }: ShareLinkDialogProps) {
  const id = useId()
  return (
    <Dialog
      title="Share link"
      onClose={onClose}
      footer={
        <button type="button" className="button button-primary" onClick={onClose}>
          Done
        </button>
      }
    >
      <div className="field">
        <label htmlFor={id}>Copy this link (Ctrl+C / ⌘C)</label>
        <input
          id={id}
          className="input share-link-input"
          readOnly
          value={url}
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
        />
        <p className="field-hint">
          It holds the whole scenario and the current view; whoever opens it sees what you see.
        </p>
      </div>
    </Dialog>
  )
}
