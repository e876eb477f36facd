import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'

import { LEVER_IDS, PRESETS } from '@/engine/index'
import { HeaderControls } from '@/features/levers/components/header-controls'
import { useAppStore } from '@/state/store'

const initialState = useAppStore.getState()

beforeEach(() => {
  useAppStore.setState(initialState, true)
})

describe('HeaderControls', () => {
  it('offers every preset and starts on the 2026 baseline', () => {
    render(<HeaderControls />)
    const picker = screen.getByRole('combobox', { name: 'Preset' })
    expect(picker).toHaveDisplayValue('2026 baseline')
    for (const preset of PRESETS)
      expect(screen.getByRole('option', { name: preset.name })).toBeInTheDocument()
  })

  it('applies a preset: levers, year and assumption set change, the model stays', async () => {
    const user = userEvent.setup()
    act(() => useAppStore.getState().updateScenario((s) => ({ ...s, model: 'llama-3.1-8b' })))
    render(<HeaderControls />)
    const picker = screen.getByRole('combobox', { name: 'Preset' })
    expect(picker).toHaveDisplayValue('Custom (edited)')
    await user.selectOptions(picker, 'Article: all levers')
    const state = useAppStore.getState()
    expect(state.presetId).toBe('article-all')
    expect(state.scenario.model).toBe('llama-3.1-8b')
    expect(state.scenario.year).toBe(2030)
    expect(LEVER_IDS.filter((id) => (state.scenario.levers?.[id] ?? 0) === 1)).toHaveLength(16)
    expect(screen.getByRole('radio', { name: '2030' })).toBeChecked()
    expect(screen.getByRole('radio', { name: 'Article' })).toBeChecked()

    await user.selectOptions(picker, 'Conservative')
    expect(useAppStore.getState().scenario.assumptions).toBe('evidence')
    expect(screen.getByRole('radio', { name: 'Evidence' })).toBeChecked()
  })

  it('sets the year and the assumption set with radio buttons', async () => {
    const user = userEvent.setup()
    render(<HeaderControls />)
    await user.click(screen.getByRole('radio', { name: '2028' }))
    expect(useAppStore.getState().scenario.year).toBe(2028)
    await user.click(screen.getByRole('radio', { name: 'Evidence' }))
    expect(useAppStore.getState().scenario.assumptions).toBe('evidence')
    expect(screen.getByRole('combobox', { name: 'Preset' })).toHaveDisplayValue('Custom (edited)')
  })

  it('explains the assumption sets', () => {
    render(<HeaderControls />)
    expect(
      screen.getByRole('button', { name: 'What the assumption sets mean' }),
    ).toHaveAccessibleDescription(
      /Article:.*article’s own effect sizes.*Evidence:.*independent published sources/,
    )
  })

  it('resets to the 2026 baseline', async () => {
    const user = userEvent.setup()
    act(() => useAppStore.getState().setLever('hbm', 0.5))
    render(<HeaderControls />)
    await user.click(screen.getByRole('button', { name: 'Reset' }))
    expect(useAppStore.getState().scenario).toEqual({})
    expect(useAppStore.getState().presetId).toBe('baseline-2026')
  })
})
