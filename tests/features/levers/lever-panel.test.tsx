import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'

import { LEVERS } from '@/engine/index'
import { LeverPanel } from '@/features/levers/components/lever-panel'
import { useAppStore } from '@/state/store'

const initialState = useAppStore.getState()
const lever = (id: string) => useAppStore.getState().scenario.levers?.[id as 'hbm']

beforeEach(() => {
  useAppStore.setState(initialState, true)
})

describe('LeverPanel', () => {
  it('shows every lever in the article’s groups, architecture evolution and the design-lag risk', () => {
    render(<LeverPanel />)
    for (const title of [
      'Compute & memory',
      'Networking',
      'Software',
      'Architecture evolution',
      'Risk',
    ]) {
      expect(screen.getByRole('region', { name: title })).toBeInTheDocument()
    }
    expect(screen.getAllByRole('slider')).toHaveLength(LEVERS.length)
    const software = screen.getByRole('region', { name: 'Software' })
    expect(within(software).getAllByRole('slider')).toHaveLength(3)
    expect(
      within(screen.getByRole('region', { name: 'Risk' })).getByRole('slider', {
        name: 'Chip design lag (risk)',
      }),
    ).toBeInTheDocument()
  })

  it('moves a lever with the arrow keys, Home and End, and says the value in words', async () => {
    const user = userEvent.setup()
    render(<LeverPanel />)
    const slider = screen.getByRole('slider', { name: 'Custom silicon (inference ASICs)' })
    expect(slider).toHaveAttribute('aria-valuetext', 'off, 0 % adopted')
    slider.focus()
    await user.keyboard('{ArrowRight}{ArrowRight}')
    expect(lever('customSilicon')).toBeCloseTo(0.1)
    await user.keyboard('{ArrowLeft}')
    expect(lever('customSilicon')).toBeCloseTo(0.05)
    await user.keyboard('{End}')
    expect(lever('customSilicon')).toBe(1)
    expect(slider).toHaveAttribute('aria-valuetext', '100 % adopted')
    await user.keyboard('{PageDown}{Shift>}{ArrowLeft}{/Shift}')
    expect(lever('customSilicon')).toBeCloseTo(0.79)
    expect(slider).toHaveAttribute('aria-valuetext', '79 % adopted')
    await user.keyboard('{Home}')
    expect(lever('customSilicon')).toBe(0)
    expect(useAppStore.getState().presetId).toBeNull()
  })

  it('switches a lever off and back on at its last value', async () => {
    const user = userEvent.setup()
    render(<LeverPanel />)
    const toggle = screen.getByRole('switch', { name: 'HBM evolution (HBM4 and beyond) on or off' })
    expect(toggle).not.toBeChecked()
    await user.click(toggle)
    expect(lever('hbm')).toBe(1)
    act(() => useAppStore.getState().setLever('hbm', 0.6))
    expect(toggle).toBeChecked()
    await user.click(toggle)
    expect(lever('hbm')).toBe(0)
    expect(toggle).not.toBeChecked()
    await user.click(toggle)
    expect(lever('hbm')).toBe(0.6)
  })

  it('shows the availability in the selected year', () => {
    act(() => useAppStore.getState().updateScenario((s) => ({ ...s, year: 2027 })))
    render(<LeverPanel />)
    expect(
      screen.getByRole('slider', { name: 'Processing in memory' }),
    ).toHaveAccessibleDescription(/^available from 2028/)
    expect(
      screen.getByRole('slider', { name: 'Advanced packaging (3D, hybrid bonding)' }),
    ).toHaveAccessibleDescription(/^in 2027: 10 % of full effect/)
  })

  it('disables levers that cannot act on the model and says why', () => {
    act(() => useAppStore.getState().updateScenario((s) => ({ ...s, model: 'deepseek-v3' })))
    const { unmount } = render(<LeverPanel />)
    expect(screen.getByRole('slider', { name: 'Mixture of experts' })).toBeDisabled()
    expect(screen.getByRole('switch', { name: 'Mixture of experts on or off' })).toBeDisabled()
    expect(
      screen.getByText(/DeepSeek-V3 is already a mixture-of-experts model/),
    ).toBeInTheDocument()
    expect(screen.getByRole('slider', { name: 'State-space models (hybrid)' })).toBeEnabled()
    unmount()

    act(() => useAppStore.getState().updateScenario((s) => ({ ...s, model: 'jamba-1.5-mini' })))
    render(<LeverPanel />)
    expect(screen.getByRole('slider', { name: 'State-space models (hybrid)' })).toBeDisabled()
    expect(screen.getByText(/already has state-space layers/)).toBeInTheDocument()
  })

  it('opens the details of a lever with its effects under both sets, sources and grades, and closes on Escape', async () => {
    const user = userEvent.setup()
    render(<LeverPanel />)
    const info = screen.getByRole('button', { name: /About Advanced packaging/ })
    await user.click(info)
    const dialog = screen.getByRole('dialog', { name: 'Advanced packaging (3D, hybrid bonding)' })
    const bandwidth = within(dialog).getByRole('row', { name: /memory bandwidth/ })
    expect(within(bandwidth).getByText('×6–10')).toBeInTheDocument()
    expect(within(bandwidth).getByText('×1.3–2.2')).toBeInTheDocument()
    expect(within(dialog).getByText(/−80 to −90 % cost per token/)).toBeInTheDocument()
    expect(within(dialog).getAllByTitle(/^Evidence grade H/).length).toBeGreaterThan(0)
    expect(within(dialog).getByText(/UCIe-3D, Nature Electronics 2024/)).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: 'Close details' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(info).toHaveFocus()
  })

  it('collapses a group and clears all levers', async () => {
    const user = userEvent.setup()
    act(() => useAppStore.getState().setLever('scaleUp', 0.5))
    render(<LeverPanel />)
    const toggle = screen.getByRole('button', { name: /^Networking/ })
    expect(toggle).toHaveTextContent('1 of 3 on')
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(
      screen.queryByRole('slider', { name: 'Scale-out fabrics (800 Gb/s and beyond)' }),
    ).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'All off' }))
    expect(useAppStore.getState().scenario.levers).toEqual({})
  })
})
