import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'

import { presetById } from '@/engine/index'
import { OutlookRow } from '@/features/kpi/components/outlook-row'
import type { OutlookPoint } from '@/state/outlook-slice'
import { useAppStore } from '@/state/store'

const initialState = useAppStore.getState()

beforeEach(() => {
  useAppStore.setState(initialState, true)
})

const point = (presetId: string, cost: number, fold: number): OutlookPoint => ({
  presetId,
  presetName: presetById(presetId)!.name,
  year: 2030,
  costPerMillionOutput: cost,
  joulesPerOutputToken: 0.05,
  costFold: fold,
  energyFold: 30,
})

describe('OutlookRow', () => {
  it('shows nothing until the outlook is computed', () => {
    const { container } = render(<OutlookRow />)
    expect(container).toBeEmptyDOMElement()
  })

  it('shows each preset with its 2030 cost and fold, and applies a preset on click', async () => {
    const user = userEvent.setup()
    useAppStore
      .getState()
      .setScenario({ model: 'llama-3.1-8b', levers: {}, year: 2026 }, 'baseline-2026')
    useAppStore
      .getState()
      .outlookLoaded([point('article-all', 0.00325, 302), point('aggressive', 0.041, 24)])
    render(<OutlookRow />)
    expect(screen.getByRole('region', { name: '2030 outlook' })).toBeInTheDocument()
    const article = screen.getByRole('button', { name: /Article: all levers/ })
    expect(article).toHaveTextContent('$0.00325/M')
    expect(article).toHaveTextContent('302× cheaper')
    expect(article).toHaveAttribute('aria-pressed', 'false')
    await user.click(screen.getByRole('button', { name: /Aggressive/ }))
    const state = useAppStore.getState()
    expect(state.presetId).toBe('aggressive')
    // The preset sets levers, year and assumption set; the model stays.
    expect(state.scenario.model).toBe('llama-3.1-8b')
    expect(state.scenario.year).toBe(2030)
    expect(state.scenario.assumptions).toBe('evidence')
    expect(screen.getByRole('button', { name: /Aggressive/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  })
})
