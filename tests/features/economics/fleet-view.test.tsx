import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'

import { FleetView } from '@/features/economics/components/fleet-view'
import { fleetSummary } from '@/features/economics/model/fleet-rows'
import { formatUsd } from '@/lib/format'
import { useAppStore } from '@/state/store'

import { economicsResult } from './fixtures'

const initialState = useAppStore.getState()

beforeEach(() => {
  useAppStore.setState(initialState, true)
})

describe('FleetView', () => {
  it('waits for the first result', () => {
    render(<FleetView />)
    expect(screen.getByText('Computing the fleet…')).toBeInTheDocument()
  })

  it('shows the demand, the fleet against $700 billion, and the energy at the boundary', () => {
    const result = economicsResult({ energy: { boundary: 'node' } })
    useAppStore.getState().economicsSucceeded(result, 1)
    render(<FleetView />)
    expect(screen.getByText(fleetSummary(result.fleet!)!.sentence)).toBeInTheDocument()
    expect(screen.getByRole('figure', { name: 'Hardware to serve the demand' })).toBeInTheDocument()
    expect(screen.getByRole('figure', { name: 'Energy to serve the demand' })).toHaveTextContent(
      'Energy at the node boundary',
    )
    expect(screen.getByText('Energy 2030 (node)')).toBeInTheDocument()
  })

  it('sizes the power-capped site and values each energy-per-bit lever', async () => {
    const user = userEvent.setup()
    useAppStore.getState().economicsSucceeded(economicsResult(), 1)
    render(<FleetView />)
    const table = screen.getByRole('table', { name: 'What each lever is worth at the site' })
    expect(table).toHaveTextContent('Co-packaged optics')
    expect(table).toHaveTextContent('Processing in memory')
    const mw = screen.getByLabelText('Site power')
    await user.clear(mw)
    await user.type(mw, '250{Enter}')
    expect(useAppStore.getState().economics.inputs?.site.megawatts).toBe(250)
    const demand = screen.getByLabelText('Token demand in 2026')
    await user.clear(demand)
    await user.type(demand, '500{Enter}')
    expect(useAppStore.getState().economics.inputs?.fleet.tokensPerDay2026).toBeCloseTo(5e14, 0)
  })

  it('prices prompt and output tokens apart, and shows the site’s yearly revenue against its cost', async () => {
    const user = userEvent.setup()
    const result = economicsResult()
    useAppStore.getState().economicsSucceeded(result, 1)
    render(<FleetView />)
    const site = result.site!
    const point = site.years.find((y) => y.year === site.year)!.scenario
    expect(screen.getByText('Revenue a year')).toBeInTheDocument()
    expect(screen.getByText(formatUsd(point.revenueUsdPerYear))).toBeInTheDocument()
    const input = screen.getByLabelText('Input token price')
    await user.clear(input)
    await user.type(input, '0.25{Enter}')
    expect(useAppStore.getState().economics.inputs?.site.inputTokenPriceUsdPerMillion).toBe(0.25)
    expect(screen.getByLabelText('Output token price')).toBeInTheDocument()
  })

  it('draws the hardware bought each year against the $700B of yearly capex, in words', () => {
    useAppStore.getState().economicsSucceeded(economicsResult(), 1)
    render(<FleetView />)
    expect(screen.getByText(/compares a flow with a flow/)).toBeInTheDocument()
    expect(screen.getByText('Hardware bought in 2030')).toBeInTheDocument()
  })
})
