import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { startEngineSync } from '@/app/engine-sync'
import { Notices } from '@/app/notices'
import { ScenarioControls } from '@/features/scenario/components/scenario-controls'
import { useAppStore } from '@/state/store'
import { engineApi } from '@/worker/engine-api'
import { createEngineClient } from '@/worker/engine-client'

import { engineResult } from './fixtures'

const initialState = useAppStore.getState()

beforeEach(() => {
  useAppStore.setState(initialState, true)
})

describe('ScenarioControls', () => {
  it('shows the four main controls with accessible names', () => {
    render(<ScenarioControls />)
    for (const name of ['Model', 'Hardware', 'Workload', 'Cost basis']) {
      expect(screen.getByRole('combobox', { name })).toBeInTheDocument()
    }
    expect(screen.getByRole('combobox', { name: 'Hardware' })).toHaveDisplayValue(
      'H100 SXM5 80GB · 80 GiB · 3.35 TB/s · 2023',
    )
  })

  it('shows the accelerator as edited: the hardware line follows an edit and marks it', () => {
    const { rerender } = render(<ScenarioControls />)
    const line = (): HTMLElement => screen.getByText(/TFLOP\/s 16-bit/)
    expect(line()).toHaveTextContent('80 GiB HBM3 · 3.35 TB/s · 989 TFLOP/s 16-bit · 700 W')
    useAppStore.getState().updateScenario((s) => ({
      ...s,
      hardware: { base: 'h100-sxm', memoryBandwidthTBps: 4.8 },
    }))
    rerender(<ScenarioControls />)
    expect(line()).toHaveTextContent('80 GiB HBM3 · 4.8 TB/s (edited) · 989 TFLOP/s 16-bit · 700 W')
    expect(line()).not.toHaveTextContent('3.35')
    expect(line()).toHaveTextContent('customised')
  })

  it('replacing a customised model says so and can be undone', async () => {
    const user = userEvent.setup()
    const customised = { base: 'llama-3.3-70b', name: 'My 70B', layers: 60 }
    useAppStore.getState().setScenario({ model: customised })
    render(
      <>
        <ScenarioControls />
        <Notices />
      </>,
    )
    await user.selectOptions(screen.getByRole('combobox', { name: 'Model' }), 'llama-3.1-8b')
    expect(useAppStore.getState().scenario.model).toBe('llama-3.1-8b')
    expect(
      screen.getByText(/Your customised model was replaced by the catalogue's Llama 3\.1 8B/),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(useAppStore.getState().scenario.model).toEqual(customised)
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument()
  })

  it('switching between catalogue models raises no notice', async () => {
    const user = userEvent.setup()
    render(<ScenarioControls />)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Model' }), 'llama-3.1-8b')
    expect(useAppStore.getState().notices).toEqual([])
  })

  it('updates the scenario in the store when a select changes', async () => {
    const user = userEvent.setup()
    render(<ScenarioControls />)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Model' }), 'llama-3.1-8b')
    expect(useAppStore.getState().scenario.model).toBe('llama-3.1-8b')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Workload' }), 'reasoning')
    expect(useAppStore.getState().scenario.workload).toBe('reasoning')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Energy boundary' }), 'chip')
    expect(useAppStore.getState().scenario.energy).toEqual({ boundary: 'chip' })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Weights' }), 'fp8')
    expect(useAppStore.getState().scenario.precision).toEqual({ weights: 'fp8' })
  })

  it('sets the serving software and says what a generic stack does to low-bit formats', async () => {
    const user = userEvent.setup()
    render(<ScenarioControls />)
    const select = screen.getByRole('combobox', { name: 'Serving software' })
    expect(select).toHaveValue('tuned')
    await user.selectOptions(select, 'generic')
    expect(useAppStore.getState().scenario.serving).toEqual({ stack: 'generic' })
    expect(screen.getByText(/run at about the BF16 time/)).toBeInTheDocument()
  })

  it('shows the accelerator count that auto chose', () => {
    useAppStore.getState().runSucceeded(engineResult(), 1)
    render(<ScenarioControls />)
    const count = screen.getByRole('combobox', { name: 'Accelerators per replica' })
    expect(count).toHaveDisplayValue(`auto (${engineResult().scenario.accelerators})`)
  })

  it('sends typed token counts to the store', async () => {
    const user = userEvent.setup()
    render(<ScenarioControls />)
    const input = screen.getByRole('textbox', { name: 'Output tokens' })
    await user.clear(input)
    expect(screen.getByText('Output tokens needs a number')).toBeInTheDocument()
    await user.type(input, '512')
    expect(useAppStore.getState().scenario.workload).toEqual({ preset: 'chat', outputTokens: 512 })
  })
})

describe('ScenarioControls with the engine', () => {
  let stop: (() => void) | undefined
  afterEach(() => stop?.())

  it('names an invalid token count in its field while the last good result stays', async () => {
    const client = createEngineClient({ loadInThread: () => Promise.resolve(engineApi) })
    stop = startEngineSync(useAppStore, client)
    await waitFor(() => expect(useAppStore.getState().run.result).toBeDefined())
    const good = useAppStore.getState().run.result

    const user = userEvent.setup()
    render(<ScenarioControls />)
    const input = screen.getByRole('textbox', { name: 'Input tokens' })
    await user.clear(input)
    await user.type(input, '0')

    const message = await screen.findByText('Input tokens must be at least 1 (got 0)')
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription(/Input tokens must be at least 1/)
    // jest-dom counts content of a closed <details> as hidden: the Advanced section opened itself.
    expect(message).toBeVisible()
    expect(useAppStore.getState().run.result).toBe(good)
  })

  it('names the prompt, the output and the context window when a prompt does not fit it', async () => {
    const client = createEngineClient({ loadInThread: () => Promise.resolve(engineApi) })
    stop = startEngineSync(useAppStore, client)
    useAppStore.getState().setScenario({ model: 'llama-2-7b' })
    await waitFor(() =>
      expect(useAppStore.getState().run.result?.scenario.model).toBe('llama-2-7b'),
    )

    const user = userEvent.setup()
    render(<ScenarioControls />)
    const input = screen.getByRole('textbox', { name: 'Input tokens' })
    await user.clear(input)
    await user.type(input, '100000')

    const message = await screen.findByText(
      "A 100,000-token prompt plus 256 output tokens exceeds Llama 2 7B's 4,096-token context window; shorten the prompt or the answer, or choose a model with a longer context",
    )
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription(/4,096-token context window/)
    expect(message).toBeVisible()
  })
})

describe('batch', () => {
  it('switches between max and a fixed size', async () => {
    useAppStore.setState(initialState, true)
    useAppStore.getState().runSucceeded(engineResult(), 1)
    const user = userEvent.setup()
    render(<ScenarioControls />)
    const batch = screen.getByRole('combobox', { name: 'Batch' })
    expect(batch).toHaveDisplayValue(`max (${engineResult().batchSize})`)
    await user.selectOptions(batch, 'fixed')
    expect(useAppStore.getState().scenario.workload).toEqual({
      preset: 'chat',
      batchSize: engineResult().batchSize,
    })
    const size = screen.getByRole('textbox', { name: 'Batch size' })
    await user.clear(size)
    await user.type(size, '64')
    expect(useAppStore.getState().scenario.workload).toEqual({ preset: 'chat', batchSize: 64 })
    await user.selectOptions(batch, 'max')
    expect(useAppStore.getState().scenario.workload).toBe('chat')
  })
})
