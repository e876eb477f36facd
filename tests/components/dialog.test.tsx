import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'

import { Dialog } from '@/components/ui/dialog'

function Opener({ alert = false }: { readonly alert?: boolean }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open ? (
        <Dialog
          title="Save scenario as"
          alert={alert}
          onClose={() => setOpen(false)}
          footer={<button type="button">Save</button>}
        >
          <input aria-label="Name" />
        </Dialog>
      ) : null}
    </>
  )
}

/** A dialog whose field focuses itself (React autoFocus, as the Save-as dialog's does). */
function AutoFocusOpener() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Save as…
      </button>
      {open ? (
        <Dialog title="Save as" onClose={() => setOpen(false)}>
          <input aria-label="Name" autoFocus />
        </Dialog>
      ) : null}
    </>
  )
}

/** A dialog with a button that replaces itself when pressed (the library's Delete → Delete / Keep). */
function ReplacingButtonDialog({ onClose }: { readonly onClose: () => void }) {
  const [asking, setAsking] = useState(false)
  return (
    <Dialog title="Scenarios" onClose={onClose}>
      {asking ? (
        <span>Delete it?</span>
      ) : (
        <button type="button" onClick={() => setAsking(true)}>
          Delete
        </button>
      )}
      <button type="button">Other</button>
    </Dialog>
  )
}

describe('Dialog', () => {
  it('gives focus back to the opener when a field inside focused itself (autoFocus)', async () => {
    const user = userEvent.setup()
    render(<AutoFocusOpener />)
    const opener = screen.getByRole('button', { name: 'Save as…' })
    await user.click(opener)
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(opener).toHaveFocus()
  })

  it('still closes on Esc after the focused control replaced itself and focus fell to the page', async () => {
    const user = userEvent.setup()
    const onClose = vi.fn()
    render(<ReplacingButtonDialog onClose={onClose} />)
    screen.getByRole('button', { name: 'Delete' }).focus()
    await user.keyboard('{Enter}')
    expect(screen.getByText('Delete it?')).toBeInTheDocument()
    expect(document.body).toHaveFocus()
    // Another key first brings focus back inside; Esc then closes.
    await user.keyboard('a')
    expect(screen.getByRole('dialog', { name: 'Scenarios' })).toHaveFocus()
    document.body.focus()
    await user.keyboard('{Escape}')
    expect(onClose).toHaveBeenCalledTimes(1)
  })

  it('takes focus, closes on Esc and gives focus back to where it was', async () => {
    const user = userEvent.setup()
    render(<Opener />)
    const opener = screen.getByRole('button', { name: 'Open' })
    await user.click(opener)
    const dialog = screen.getByRole('dialog', { name: 'Save scenario as' })
    expect(dialog).toHaveAttribute('aria-modal', 'true')
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(opener).toHaveFocus()
  })

  it('is an alert dialog for errors, and closes with its Close button or an extra key', async () => {
    const user = userEvent.setup()
    const onClose = vi.fn()
    render(
      <Dialog title="Keyboard shortcuts" onClose={onClose} closeKey="?">
        <p>Keys</p>
      </Dialog>,
    )
    await user.keyboard('?')
    await user.click(screen.getByRole('button', { name: 'Close' }))
    expect(onClose).toHaveBeenCalledTimes(2)
  })

  it('announces an alert dialog', async () => {
    const user = userEvent.setup()
    render(<Opener alert />)
    await user.click(screen.getByRole('button', { name: 'Open' }))
    expect(screen.getByRole('alertdialog', { name: 'Save scenario as' })).toBeInTheDocument()
  })
})
