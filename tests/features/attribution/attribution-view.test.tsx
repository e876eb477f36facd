import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'

import { AttributionView } from '@/features/attribution/components/attribution-view'
import { useAppStore } from '@/state/store'

import { analysisOf, presetInput } from './fixtures'

const initialState = useAppStore.getState()
const analysis = analysisOf(presetInput('article-all'))

beforeEach(() => {
  useAppStore.setState(initialState, true)
})

describe('AttributionView', () => {
  it('says the attribution is computing until it arrives', () => {
    act(() => useAppStore.getState().analysisStarted('heavy'))
    render(<AttributionView />)
    expect(screen.getByRole('status')).toHaveTextContent('Computing the attribution')
  })

  it('answers in words, keeps the last chart while a newer one computes, and switches to energy', async () => {
    const user = userEvent.setup()
    act(() => useAppStore.getState().analysisSucceeded('heavy', analysis, 1))
    render(<AttributionView />)
    const fold = Math.exp(-analysis.attribution!.totalCost)
    expect(screen.getByText(`${Math.round(fold)}× cheaper`)).toBeInTheDocument()
    expect(
      screen.getByRole('figure', {
        name: /What drives the change in cost per million output tokens, 2030/,
      }),
    ).toBeInTheDocument()
    expect(
      screen.getByRole('figure', { name: /Which effect ranges matter most, 2030/ }),
    ).toBeInTheDocument()
    expect(screen.queryByText('updating…')).not.toBeInTheDocument()

    act(() => useAppStore.getState().analysisStarted('heavy'))
    expect(screen.getAllByText('updating…')).toHaveLength(2)
    expect(screen.getByRole('figure', { name: /What drives the change/ })).toBeInTheDocument()

    await user.click(screen.getByRole('radio', { name: 'Energy per token' }))
    expect(
      screen.getByRole('figure', { name: /What drives the change in energy per output token/ }),
    ).toBeInTheDocument()
  })

  it('says there is no baseline where the scenario runs only with its levers (it drew NaN shares)', () => {
    const all = Object.fromEntries(
      Object.keys(presetInput('article-all').levers ?? {}).map((id) => [id, 1]),
    )
    act(() =>
      useAppStore.getState().analysisSucceeded(
        'heavy',
        analysisOf({
          model: 'llama-3.1-70b',
          hardware: 'h100-sxm',
          accelerators: 1,
          year: 2030,
          levers: all,
        }),
        1,
      ),
    )
    render(<AttributionView />)
    expect(screen.getByRole('status')).toHaveTextContent(
      'No attribution in 2030: without its levers this model does not run on this deployment',
    )
    expect(screen.queryByText(/NaN/)).not.toBeInTheDocument()
  })

  it('explains an empty attribution when no lever is on', () => {
    act(() => useAppStore.getState().analysisSucceeded('heavy', analysisOf({}), 1))
    render(<AttributionView />)
    expect(screen.getByText(/No lever is in play in 2026/)).toBeInTheDocument()
  })
})
