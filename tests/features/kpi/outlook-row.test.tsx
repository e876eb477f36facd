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

  it('says costlier for a fold below 1 and gives no word to a fold of no cost (every price at zero)', () => {
    useAppStore
      .getState()
      .outlookLoaded([point('article-all', 0, Number.NaN), point('aggressive', 0.2, 0.5)])
    render(<OutlookRow />)
    const article = screen.getByRole('button', { name: /Article: all levers/ })
    expect(article).toHaveTextContent('$0/M')
    expect(article).not.toHaveTextContent(/cheaper|NaN/)
    expect(screen.getByRole('button', { name: /Aggressive/ })).toHaveTextContent('2× costlier')
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

  it('names its baseline, switches to the article’s FP16 baseline in one click, and flags a fold past 100×', async () => {
    const user = userEvent.setup()
    useAppStore.getState().outlookLoaded(
      [
        { ...point('article-all', 0.003, 140), costFoldVsFp16: 302, energyFoldVsFp16: 60 },
        { ...point('aggressive', 0.04, 11), costFoldVsFp16: 24, energyFoldVsFp16: 40 },
      ],
      { practice: 'DeepSeek-V3 FP8 on 8× H200', fp16: 'DeepSeek-V3 FP16 on 16× H200' },
    )
    render(<OutlookRow />)
    const region = screen.getByRole('region', { name: '2030 outlook' })
    expect(region).toHaveTextContent('vs 2026 practice: DeepSeek-V3 FP8 on 8× H200, no levers')
    expect(screen.getByRole('button', { name: /Article: all levers/ })).toHaveTextContent(
      '140× cheaper *',
    )
    expect(region).toHaveTextContent(
      'Article: all levers: 140× is beyond the article’s own ceiling of about 100×',
    )
    expect(screen.getByRole('button', { name: /Aggressive/ })).toHaveTextContent('11× cheaper')

    await user.click(screen.getByRole('button', { name: 'vs the article’s FP16 baseline' }))
    expect(region).toHaveTextContent(
      'vs the article’s 2026 baseline: DeepSeek-V3 FP16 on 16× H200, no levers',
    )
    expect(screen.getByRole('button', { name: /Article: all levers/ })).toHaveTextContent(
      '302× cheaper *',
    )
    expect(screen.getByRole('button', { name: /Aggressive/ })).toHaveTextContent('24× cheaper')
    expect(screen.getByRole('button', { name: 'vs the article’s FP16 baseline' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  })

  it('carries no caveat when every fold is within the article’s ceiling', () => {
    useAppStore.getState().outlookLoaded([point('aggressive', 0.04, 24)])
    render(<OutlookRow />)
    expect(screen.queryByText(/beyond the article’s own ceiling/)).not.toBeInTheDocument()
    expect(screen.getByRole('region', { name: '2030 outlook' })).toHaveTextContent(
      'vs 2026 practice (no levers)',
    )
    // No FP16 figures: no toggle to a baseline that is not there.
    expect(screen.queryByRole('group', { name: 'Fold measured against' })).not.toBeInTheDocument()
  })
})
