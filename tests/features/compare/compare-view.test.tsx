import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'

import { CompareView } from '@/features/compare/components/compare-view'
import { CURRENT_SCENARIO_ID, REFERENCE_SCENARIO_ID } from '@/state/compare-slice'
import { useAppStore } from '@/state/store'

import { outcomeOf } from './fixtures'

const initialState = useAppStore.getState()

beforeEach(() => {
  useAppStore.setState(initialState, true)
  const s = useAppStore.getState()
  s.updateScenario(() => ({ model: 'llama-3.1-8b' }))
  const id = s.saveScenarioAs('Small model')
  s.updateScenario(() => ({ year: 2030, levers: { hbm: 1, inferenceEngine: 1 } }))
  s.toggleCompared(id)
  s.compareSucceeded({
    [REFERENCE_SCENARIO_ID]: outcomeOf({}),
    [CURRENT_SCENARIO_ID]: outcomeOf({ year: 2030, levers: { hbm: 1, inferenceEngine: 1 } }),
    [id]: outcomeOf({ model: 'llama-3.1-8b' }),
  })
})

const rowNames = (): string[] =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((h) => h.textContent ?? '')

describe('CompareView', () => {
  it('shows scenarios × figures with deltas against the reference', () => {
    render(<CompareView />)
    expect(rowNames().map((n) => n.split('Llama')[0])).toEqual([
      '2026 reference (no levers)reference',
      'Current: Small model',
      'Small model',
    ])
    expect(screen.getByRole('rowheader', { name: /^Small modelLlama 3\.1 8B/ })).toBeInTheDocument()
    expect(
      screen.getByRole('columnheader', { name: /^Output tokens\$ per million/ }),
    ).toBeInTheDocument()
    expect(screen.getAllByText(/× lower|−\d+ %/).length).toBeGreaterThan(0)
  })

  it('sorts by a column, best first, and back', async () => {
    const user = userEvent.setup()
    render(<CompareView />)
    const header = screen.getByRole('columnheader', { name: /^Output tokens\$ per million/ })
    await user.click(within(header).getByRole('button'))
    expect(header).toHaveAttribute('aria-sort', 'ascending')
    const ascending = rowNames()
    expect(ascending[0]).toMatch(/^Small model/)
    await user.click(within(header).getByRole('button'))
    expect(header).toHaveAttribute('aria-sort', 'descending')
    expect(rowNames()).toEqual([...ascending].reverse())
  })

  it('lets the user choose the columns', async () => {
    const user = userEvent.setup()
    render(<CompareView />)
    expect(screen.getByRole('columnheader', { name: /Energy per token/ })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /^Columns/ }))
    await user.click(screen.getByRole('menuitemcheckbox', { name: /^Energy per output tokenJ/ }))
    expect(
      screen.queryByRole('columnheader', { name: /^Energy per tokenJ/ }),
    ).not.toBeInTheDocument()
    await user.click(screen.getByRole('menuitemcheckbox', { name: /Time to first token/ }))
    expect(screen.getByRole('columnheader', { name: /First token/ })).toBeInTheDocument()
  })

  it('takes deltas against the chosen reference', async () => {
    const user = userEvent.setup()
    render(<CompareView />)
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Deltas against' }),
      CURRENT_SCENARIO_ID,
    )
    const current = screen.getByRole('rowheader', { name: /^Current: Small model/ })
    expect(within(current).getByText('reference')).toBeInTheDocument()
  })
})
