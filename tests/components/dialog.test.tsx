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

describe('Dialog', () => {
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
