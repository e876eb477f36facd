import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'

import { HardwareView } from '@/features/economics/components/hardware-view'
import { useAppStore } from '@/state/store'

import { economicsResult } from './fixtures'

const initialState = useAppStore.getState()
const result = economicsResult()

beforeEach(() => {
  useAppStore.setState(initialState, true)
})

describe('HardwareView', () => {
  it('compares colocated and disaggregated serving with the KV transfer', () => {
    useAppStore.getState().economicsSucceeded(result, 1)
    render(<HardwareView />)
    const split = screen.getByRole('article', { name: /prefill → Groq LPU \(TSP v1\) decode/ })
    expect(within(split).getByText('Split: H100 → Groq LPU (TSP v1)')).toBeInTheDocument()
    expect(within(split).getByText('Speed each user sees')).toBeInTheDocument()
    expect(
      screen.getByRole('heading', {
        name: 'The KV-cache transfer over the scale-out fabric, per request',
      }),
    ).toBeInTheDocument()
    expect(
      screen.getByRole('figure', { name: 'Energy per output token, by phase' }),
    ).toHaveTextContent('facility boundary')
  })

  it('changes a serving pool', async () => {
    const user = userEvent.setup()
    useAppStore.getState().economicsSucceeded(result, 1)
    render(<HardwareView />)
    const decode = screen.getByRole('group', {
      name: 'Decode pool (memory-bound: writes the answer)',
    })
    await user.selectOptions(within(decode).getByLabelText('Hardware'), 'b200')
    expect(useAppStore.getState().economics.inputs?.serving.decode.hardware).toBe('b200')
  })

  it('loads the mature-node preset into the scenario', async () => {
    const user = userEvent.setup()
    useAppStore.getState().economicsSucceeded(result, 1)
    render(<HardwareView />)
    expect(
      screen.getByRole('table', { name: 'Cost and energy per token: hardware by software' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'What binds the mature node' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Load the mature-node preset' }))
    const scenario = useAppStore.getState().scenario
    expect(scenario.hardware).toBe('a100-80gb')
    expect(scenario.levers).toEqual({ modelOptimization: 1, inferenceEngine: 1, compilerStack: 1 })
    expect(scenario.year).toBe(2030)
  })

  it('shows the value chain and keeps the speculative extension off until asked', async () => {
    const user = userEvent.setup()
    useAppStore.getState().economicsSucceeded(result, 1)
    render(<HardwareView />)
    expect(
      screen.getByRole('table', { name: 'Where value accrues as the levers move' }),
    ).toHaveTextContent('Chip vendor margin')
    expect(screen.getByRole('heading', { name: 'Photonic computing' })).toBeInTheDocument()
    const toggle = screen.getByRole('checkbox', { name: 'Speculative 2031–2035' })
    expect(toggle).not.toBeChecked()
    await user.click(toggle)
    expect(useAppStore.getState().economics.inputs?.horizon.showSpeculative).toBe(true)
  })

  it('names invalid economics inputs and keeps the last result', () => {
    useAppStore.getState().economicsSucceeded(result, 1)
    useAppStore
      .getState()
      .economicsRejected([
        { path: 'site.megawatts', message: 'site.megawatts must be greater than 0 (got 0)' },
      ])
    render(<HardwareView />)
    expect(screen.getByRole('alert')).toHaveTextContent(
      'site.megawatts must be greater than 0 (got 0)',
    )
    expect(screen.getByRole('heading', { name: /Disaggregated serving/ })).toBeInTheDocument()
  })
})
