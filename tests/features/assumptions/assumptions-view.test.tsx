import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'

import { ScenarioCheckContext } from '@/components/ui/scenario-check'
import { acceleratorById, leverById } from '@/engine/index'
import { AssumptionsView } from '@/features/assumptions/components/assumptions-view'
import { EditedAssumptionsBar } from '@/features/assumptions/components/edited-assumptions-bar'
import {
  AssumptionValuesContext,
  type AssumptionValuesPort,
} from '@/features/assumptions/hooks/use-assumption-values'
import { useAppStore } from '@/state/store'

import { valuesInThread } from '../../helpers/assumption-values'
import { checkInThread } from '../../helpers/scenario-check'

const initialState = useAppStore.getState()

beforeEach(() => {
  useAppStore.setState(initialState, true)
})

/**
 * The view as the app renders it: edits checked, and the values in use and defaults computed, by
 * the engine through the app's ports; resolves once the engine's first values are on screen.
 */
async function renderView(values: AssumptionValuesPort = valuesInThread): Promise<HTMLElement> {
  render(
    <ScenarioCheckContext value={checkInThread}>
      <AssumptionValuesContext value={values}>
        <AssumptionsView />
      </AssumptionValuesContext>
    </ScenarioCheckContext>,
  )
  const view = screen.getByRole('group', { name: 'Assumptions' })
  await waitFor(() => expect(view).toHaveAttribute('aria-busy', 'false'))
  return view
}

const section = (name: string): HTMLElement =>
  screen.getByRole('region', { name: new RegExp(`^${name}`) })

describe('AssumptionsView', () => {
  it('edits a custom accelerator field as typed, marks it edited, and resets it in one click', async () => {
    const user = userEvent.setup()
    await renderView()
    const accelerator = section('Custom accelerator')
    const field = within(accelerator).getByRole('textbox', { name: 'Memory bandwidth (TB/s)' })
    expect(field).toHaveValue('3.35')
    await user.clear(field)
    await user.type(field, '4.8')
    await waitFor(() =>
      expect(useAppStore.getState().scenario.hardware).toEqual({
        base: 'h100-sxm',
        memoryBandwidthTBps: 4.8,
      }),
    )
    expect(within(accelerator).getAllByText('edited').length).toBeGreaterThan(0)
    await user.click(
      within(accelerator).getByRole('button', {
        name: 'Reset Memory bandwidth to its default (3.35 TB/s)',
      }),
    )
    expect(useAppStore.getState().scenario.hardware).toBe('h100-sxm')
    await waitFor(() => expect(field).toHaveValue('3.35'))
  })

  it('refuses an invalid value in the field’s own words and keeps the last good scenario', async () => {
    const user = userEvent.setup()
    await renderView()
    const field = within(section('Prices and economics')).getByRole('textbox', {
      name: 'PUE (≥ 1)',
    })
    await user.clear(field)
    await user.type(field, '0.5')
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('PUE must be at least 1 (got 0.5)'),
    )
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('alert')).not.toHaveTextContent('economics.')
    await waitFor(() => expect(useAppStore.getState().scenario.economics).toBeUndefined())
    await user.clear(field)
    await user.type(field, 'abc')
    expect(screen.getByRole('alert')).toHaveTextContent('PUE “abc” is not a number')
    await user.clear(field)
    await user.type(field, '1.2')
    await waitFor(() => expect(useAppStore.getState().scenario.economics).toEqual({ pue: 1.2 }))
    expect(field).not.toHaveAttribute('aria-invalid')
  })

  it('names the field and its unit when the engine refuses a value, never the engine path', async () => {
    const user = userEvent.setup()
    await renderView()
    const field = within(section('Custom accelerator')).getByRole('textbox', {
      name: 'Memory bandwidth (TB/s)',
    })
    await user.clear(field)
    await user.type(field, '0')
    const alert = await screen.findByRole('alert')
    await waitFor(() =>
      expect(alert).toHaveTextContent('Memory bandwidth must be above 0 TB/s (got 0)'),
    )
    expect(alert).not.toHaveTextContent('hardware.memoryBandwidthTBps')
  })

  it('holds the accelerator price as one value, edited and reset from either card', async () => {
    const user = userEvent.setup()
    await renderView()
    const accelerator = section('Custom accelerator')
    const prices = section('Prices and economics')
    const name = 'Accelerator price ($)'
    const inPrices = within(prices).getByRole('textbox', { name })
    const inAccelerator = within(accelerator).getByRole('textbox', { name })
    expect(inPrices).toHaveValue(inAccelerator.getAttribute('value'))
    await user.clear(inPrices)
    await user.type(inPrices, '31000')
    await waitFor(() =>
      expect(useAppStore.getState().scenario).toEqual({
        hardware: { base: 'h100-sxm', priceUsd: 31_000 },
      }),
    )
    expect(inAccelerator).toHaveValue('31000')
    // Edited from the accelerator's card: the same value changes, no second one appears.
    await user.clear(inAccelerator)
    await user.type(inAccelerator, '28000')
    await waitFor(() =>
      expect(useAppStore.getState().scenario).toEqual({
        hardware: { base: 'h100-sxm', priceUsd: 28_000 },
      }),
    )
    expect(inPrices).toHaveValue('28000')
    await user.click(within(prices).getByRole('button', { name: 'Reset section' }))
    await waitFor(() => expect(useAppStore.getState().scenario).toEqual({ hardware: 'h100-sxm' }))
  })

  it('shows a rental rate loaded under economics in both cards, held once on the accelerator', async () => {
    useAppStore.getState().setScenario({ hardware: 'b200', economics: { usdPerHour: 3.5 } })
    await renderView()
    const name = 'Rental price ($/accelerator-hour)'
    expect(within(section('Prices and economics')).getByRole('textbox', { name })).toHaveValue(
      '3.5',
    )
    expect(within(section('Custom accelerator')).getByRole('textbox', { name })).toHaveValue('3.5')
    await waitFor(() =>
      expect(useAppStore.getState().scenario).toEqual({
        hardware: { base: 'b200', usdPerHour: 3.5 },
      }),
    )
  })

  it('starts the custom accelerator from another catalogue entry, keeping its edits', async () => {
    const user = userEvent.setup()
    useAppStore.getState().setScenario({ hardware: { base: 'h100-sxm', tdpW: 900 } })
    await renderView()
    const start = within(section('Custom accelerator')).getByRole('combobox', {
      name: 'Start from',
    })
    expect(start).toHaveDisplayValue('NVIDIA H100 SXM5 80GB')
    await user.selectOptions(start, 'b200')
    expect(useAppStore.getState().scenario.hardware).toEqual({ base: 'b200', tdpW: 900 })
  })

  it('chooses options with a "Default" entry that removes the edit', async () => {
    const user = userEvent.setup()
    await renderView()
    const boundary = within(section('Energy')).getByRole('combobox', { name: 'Energy counted at' })
    await user.selectOptions(boundary, 'chip')
    await waitFor(() =>
      expect(useAppStore.getState().scenario.energy).toEqual({ boundary: 'chip' }),
    )
    await user.selectOptions(boundary, '')
    await waitFor(() => expect(useAppStore.getState().scenario.energy).toBeUndefined())
  })

  it('overrides a lever effect range and validates its order', async () => {
    await renderView()
    const hbm = leverById('hbm')
    const base = screen.getByRole('textbox', { name: `${hbm.name}, memory bandwidth: base value` })
    const [low, , high] = hbm.effects.find((e) => e.param === 'MEMORY_BANDWIDTH_BPS')!.ranges
      .article
    fireEvent.change(base, { target: { value: String(high * 2) } })
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /base value must lie between the low and the high value/,
    )
    await waitFor(() => expect(useAppStore.getState().scenario.leverOverrides).toBeUndefined())
    fireEvent.change(base, { target: { value: String((low + high) / 2) } })
    await waitFor(() =>
      expect(useAppStore.getState().scenario.leverOverrides).toEqual({
        hbm: { MEMORY_BANDWIDTH_BPS: [low, (low + high) / 2, high] },
      }),
    )
  })

  it('resets every edit at once', async () => {
    const user = userEvent.setup()
    useAppStore.getState().updateScenario(() => ({
      hardware: { base: 'b200', tdpW: 900 },
      economics: { usdPerKwh: 0.2 },
      levers: { hbm: 1 },
    }))
    await renderView()
    await user.click(screen.getByRole('button', { name: 'Reset all (2)' }))
    await waitFor(() =>
      expect(useAppStore.getState().scenario).toEqual({ hardware: 'b200', levers: { hbm: 1 } }),
    )
    expect(screen.getByRole('button', { name: 'Reset all' })).toBeDisabled()
  })
})

describe('AssumptionsView values come from the engine through the port', () => {
  it('asks the port for the scenario on screen and shows its values and defaults', async () => {
    const asked: unknown[] = []
    const counting: AssumptionValuesPort = (input) => {
      asked.push(input)
      return valuesInThread(input)
    }
    useAppStore.getState().setScenario({ hardware: { base: 'b200', memoryGB: 100 } })
    await renderView(counting)
    expect(asked).toEqual([{ hardware: { base: 'b200', memoryGB: 100 } }])
    const accelerator = section('Custom accelerator')
    expect(within(accelerator).getByRole('textbox', { name: 'Memory (GB)' })).toHaveValue('100')
    expect(
      within(accelerator).getByRole('button', {
        // 180 GiB = 193.27 GB, shown to four significant digits.
        name: 'Reset Memory to its default (193.3 GB)',
      }),
    ).toBeInTheDocument()
    expect(
      within(accelerator).getByRole('textbox', { name: 'Memory bandwidth (TB/s)' }),
    ).toHaveValue(String(acceleratorById('b200')?.memoryBandwidthTBps))
  })

  it('is busy, with no engine value shown, until the engine answers', async () => {
    let answer: (() => void) | undefined
    const slow: AssumptionValuesPort = (input) =>
      new Promise((resolve) => {
        answer = () => void valuesInThread(input).then(resolve)
      })
    render(
      <AssumptionValuesContext value={slow}>
        <AssumptionsView />
      </AssumptionValuesContext>,
    )
    const field = within(section('Custom accelerator')).getByRole('textbox', {
      name: 'Memory bandwidth (TB/s)',
    })
    expect(field).toHaveValue('')
    const view = screen.getByRole('group', { name: 'Assumptions' })
    expect(view).toHaveAttribute('aria-busy', 'true')
    answer?.()
    await waitFor(() => expect(field).toHaveValue('3.35'))
    expect(view).toHaveAttribute('aria-busy', 'false')
  })
})

describe('EditedAssumptionsBar', () => {
  it('is absent at the defaults and lists edited values in use, with review and reset', async () => {
    const user = userEvent.setup()
    const { rerender } = render(<EditedAssumptionsBar />)
    expect(
      screen.queryByRole('status', { name: 'Edited assumptions in use' }),
    ).not.toBeInTheDocument()
    useAppStore.getState().updateScenario(() => ({
      economics: { usdPerKwh: 0.12 },
      hardware: { base: 'h100-sxm', memoryBandwidthTBps: 4.8 },
    }))
    rerender(<EditedAssumptionsBar />)
    const bar = screen.getByRole('status', { name: 'Edited assumptions in use' })
    expect(bar).toHaveTextContent('2 assumptions differ from the defaults')
    expect(bar).toHaveTextContent('Accelerator: memory bandwidth 4.8 TB/s')
    expect(bar).toHaveTextContent('Electricity price $0.12 per kWh')
    await user.click(within(bar).getByRole('button', { name: 'Review' }))
    expect(useAppStore.getState().activeView).toBe('assumptions')
    await user.click(within(bar).getByRole('button', { name: 'Reset all' }))
    await waitFor(() => expect(useAppStore.getState().scenario).toEqual({ hardware: 'h100-sxm' }))
    expect(
      screen.queryByRole('status', { name: 'Edited assumptions in use' }),
    ).not.toBeInTheDocument()
  })
})
