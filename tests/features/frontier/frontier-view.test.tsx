import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'

import { FrontierView } from '@/features/frontier/components/frontier-view'
import { useAppStore } from '@/state/store'
import { engineApi } from '@/worker/engine-api'

const initialState = useAppStore.getState()

/** What the worker answers for the reference scenario and, after it, `others`. */
function items(...others: string[]) {
  const reply = engineApi.frontier({
    runId: 1,
    inputs: [{}, ...others.map((hardware) => ({ hardware }))],
  })
  if (!reply.ok) throw new Error('the frontier request failed')
  return reply.value
}

beforeEach(() => {
  useAppStore.setState(initialState, true)
})

describe('FrontierView', () => {
  it('waits for the frontier without a blank page, and says so when it fails', () => {
    render(<FrontierView />)
    expect(screen.getByRole('status')).toHaveTextContent('Computing the throughput')
    act(() => useAppStore.getState().frontierFailed('the engine took longer than 60 s'))
    expect(screen.getByRole('status')).toHaveTextContent(
      'The frontier could not be computed: the engine took longer than 60 s.',
    )
  })

  it('shows both charts, the key points and a table of every point', () => {
    const value = items()
    act(() => useAppStore.getState().frontierSucceeded(value))
    render(<FrontierView />)
    expect(
      screen.getByRole('figure', { name: 'Throughput against interactivity' }),
    ).toBeInTheDocument()
    expect(
      screen.getByRole('figure', {
        name: 'Cost per million output tokens against interactivity',
      }),
    ).toBeInTheDocument()
    expect(screen.getByText('Operating point')).toBeInTheDocument()
    expect(screen.getByText('Target: 40 tokens/s per user')).toBeInTheDocument()
    const first = value[0]
    if (!first?.ok) throw new Error('expected a frontier')
    const table = screen.getByRole('table', { name: /one row per point/ })
    // One header row and one row per point.
    expect(within(table).getAllByRole('row')).toHaveLength(first.points.length + 1)
  })

  it('adds a chip from the picker, lists it and removes it again', async () => {
    const user = userEvent.setup()
    act(() => useAppStore.getState().frontierSucceeded(items()))
    render(<FrontierView />)
    await user.selectOptions(screen.getByLabelText('Compare with'), 'b200')
    expect(useAppStore.getState().frontier.chips).toEqual(['b200'])
    await user.click(screen.getByRole('button', { name: /^Remove NVIDIA B200/ }))
    expect(useAppStore.getState().frontier.chips).toEqual([])
  })

  it('a scenario no chip can run: says why and draws no charts (it had thrown, Invalid array length)', () => {
    const reply = engineApi.frontier({
      runId: 1,
      inputs: [{ model: 'llama-3.3-70b', hardware: 'h100-sxm', accelerators: 1 }],
    })
    if (!reply.ok) throw new Error('the frontier request failed')
    expect(reply.value.every((item) => !item.ok)).toBe(true)
    act(() => useAppStore.getState().frontierSucceeded(reply.value))
    render(<FrontierView />)
    expect(screen.getByText(/This scenario has no frontier: .*does not fit/)).toBeInTheDocument()
    expect(screen.queryByRole('figure')).not.toBeInTheDocument()
  })

  it('names a chip that has no frontier and still draws the others', () => {
    act(() => {
      useAppStore.getState().addFrontierChip('no-such-chip')
      useAppStore.getState().frontierSucceeded(items('no-such-chip'))
    })
    render(<FrontierView />)
    expect(screen.getByText(/no-such-chip has no frontier/)).toBeInTheDocument()
    expect(
      screen.getByRole('figure', { name: 'Throughput against interactivity' }),
    ).toBeInTheDocument()
  })
})
