import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'

import { NumberField, SelectField } from '@/components/ui/field'

describe('NumberField', () => {
  it('applies on Enter within its range, and names what it cannot use without applying it', async () => {
    const user = userEvent.setup()
    const onCommit = vi.fn()
    render(
      <NumberField
        label="Site power"
        unit="MW"
        value={100}
        min={1}
        max={1000}
        onCommit={onCommit}
      />,
    )
    const box = screen.getByRole('textbox', { name: 'Site power' })
    await user.clear(box)
    await user.type(box, '5000{Enter}')
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Site power must be at most 1,000 (got 5000)',
    )
    expect(box).toHaveAttribute('aria-invalid', 'true')
    expect(onCommit).not.toHaveBeenCalled()
    await user.keyboard('{Escape}')
    expect(box).toHaveValue('100')
    await user.clear(box)
    await user.type(box, '1,200{Enter}')
    expect(onCommit).not.toHaveBeenCalled()
    await user.clear(box)
    await user.type(box, '250{Enter}')
    expect(onCommit).toHaveBeenCalledWith(250)
    expect(screen.getByText('MW')).toBeInTheDocument()
  })

  it('applies each number as typed when live, and shows the messages it is given', async () => {
    const user = userEvent.setup()
    const onCommit = vi.fn()
    const { rerender } = render(
      <NumberField live label="Input tokens" value={1024} onCommit={onCommit} />,
    )
    const box = screen.getByRole('textbox', { name: 'Input tokens' })
    await user.clear(box)
    expect(screen.getByText('Input tokens needs a number')).toBeInTheDocument()
    await user.type(box, '20')
    expect(onCommit).toHaveBeenLastCalledWith(20)
    rerender(
      <NumberField
        live
        label="Input tokens"
        value={20}
        onCommit={onCommit}
        messages={['Input tokens must be at least 32']}
      />,
    )
    expect(box).toHaveAccessibleDescription('Input tokens must be at least 32')
  })
})

describe('SelectField', () => {
  it('offers grouped options and hands back only listed values', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    render(
      <SelectField
        label="Hardware"
        value="h100"
        groups={[
          {
            label: 'NVIDIA',
            options: [
              { value: 'h100', label: 'H100' },
              { value: 'b200', label: 'B200' },
            ],
          },
        ]}
        hint="80 GB HBM3"
        onChange={onChange}
      />,
    )
    const select = screen.getByRole('combobox', { name: 'Hardware' })
    expect(select).toHaveAccessibleDescription('80 GB HBM3')
    await user.selectOptions(select, 'b200')
    expect(onChange).toHaveBeenCalledWith('b200')
  })
})
