import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'

import { TrajectoryView } from '@/features/trajectory/components/trajectory-view'
import { formatFold } from '@/lib/format'
import { useAppStore } from '@/state/store'

import { analysisOf, ARTICLE_ALL } from './fixtures'

/** Only the design-lag risk lever, fully on: every year costs more than the 2026 baseline. */
const DESIGN_LAG_ONLY = { year: 2030, levers: { designLag: 1 } }

const initialState = useAppStore.getState()
const analysis = analysisOf(ARTICLE_ALL)

beforeEach(() => {
  useAppStore.setState(initialState, true)
})

describe('TrajectoryView', () => {
  it('waits for the trajectory without a blank page', () => {
    render(<TrajectoryView />)
    expect(screen.getByRole('status')).toHaveTextContent('Computing the 2026–2030 trajectory')
  })

  it('shows the line first and says the uncertainty is still computing', () => {
    act(() => {
      useAppStore.getState().analysisStarted('heavy')
      useAppStore.getState().analysisSucceeded('trajectory', { trajectory: analysis.trajectory }, 1)
    })
    render(<TrajectoryView />)
    expect(
      screen.getByRole('figure', { name: 'Cost per million output tokens, 2026–2030' }),
    ).toBeInTheDocument()
    expect(
      screen.getByRole('figure', { name: 'Energy per output token, 2026–2030' }),
    ).toBeInTheDocument()
    expect(screen.getAllByText('computing uncertainty…').length).toBeGreaterThan(0)
    const fold = analysis.trajectory![4]!.costFold
    expect(screen.getByText(new RegExp(`^${Math.round(fold)}× cheaper$`))).toBeInTheDocument()
  })

  it('drops the pending tag once the band arrives and marks it stale while a newer one computes', () => {
    act(() => {
      useAppStore.getState().analysisSucceeded('trajectory', { trajectory: analysis.trajectory }, 1)
      useAppStore.getState().analysisSucceeded('heavy', { uncertainty: analysis.uncertainty }, 1)
    })
    render(<TrajectoryView />)
    expect(screen.queryByText(/uncertainty…/)).not.toBeInTheDocument()
    expect(screen.getAllByText(/^P10–P90: /).length).toBe(2)
    act(() => useAppStore.getState().analysisStarted('heavy'))
    expect(screen.getAllByText('updating uncertainty…').length).toBeGreaterThan(0)
  })

  it('with every lever off, says why the line is flat and applies the article preset on request', async () => {
    const user = userEvent.setup()
    act(() => {
      useAppStore
        .getState()
        .setScenario({ ...useAppStore.getState().scenario, levers: {} }, 'baseline-2026')
      useAppStore.getState().analysisSucceeded('trajectory', { trajectory: analysis.trajectory }, 1)
    })
    render(<TrajectoryView />)
    expect(
      screen.getByText(/No lever is on, so every year equals the 2026 baseline/),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /Article: all levers/ }))
    const state = useAppStore.getState()
    expect(state.presetId).toBe('article-all')
    expect(Object.values(state.scenario.levers ?? {}).some((a) => (a ?? 0) > 0)).toBe(true)
    expect(screen.queryByText(/No lever is on/)).not.toBeInTheDocument()
  })

  it('says "costlier" and "more", never "0.7× cheaper", when the levers make a token dearer', () => {
    const dearer = analysisOf(DESIGN_LAG_ONLY)
    const last = dearer.trajectory![4]!
    expect(last.costFold).toBeLessThan(1)
    act(() => {
      useAppStore.getState().analysisSucceeded('trajectory', { trajectory: dearer.trajectory }, 1)
      useAppStore.getState().analysisSucceeded('heavy', { uncertainty: dearer.uncertainty }, 1)
    })
    render(<TrajectoryView />)
    expect(screen.getByText(`${formatFold(1 / last.costFold)} costlier`)).toBeInTheDocument()
    expect(screen.getByText(`${formatFold(1 / last.energyFold)} more`)).toBeInTheDocument()
    expect(screen.getByText(/^P10–P90: [\d.]+× to [\d.]+× costlier$/)).toBeInTheDocument()
    expect(screen.queryByText(/^0\.\d+× (cheaper|less)/)).not.toBeInTheDocument()
  })

  it('toggles the market-trend context line, labelled as context', async () => {
    const user = userEvent.setup()
    act(() =>
      useAppStore
        .getState()
        .analysisSucceeded('trajectory', { trajectory: analysis.trajectory }, 1),
    )
    render(<TrajectoryView />)
    expect(screen.queryByText(/context, not model output/)).not.toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: 'Market trend (context)' }))
    expect(screen.getByText(/context, not model output/)).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Log scale' })).toBeChecked()
  })
})
