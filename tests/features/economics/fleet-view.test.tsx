import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'

import { FleetView } from '@/features/economics/components/fleet-view'
import { fleetSummary } from '@/features/economics/model/fleet-rows'
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
})
