import { act, render, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'

import { presetById } from '@/engine/index'
import { OverviewView } from '@/features/overview/components/overview-view'
import { formatSeconds } from '@/lib/format'
import { useAppStore } from '@/state/store'

import { engineResult } from './model/fixtures'

const initialState = useAppStore.getState()

beforeEach(() => {
  useAppStore.setState(initialState, true)
})

describe('OverviewView', () => {
  it('waits for the first result', () => {
    render(<OverviewView />)
    expect(screen.getByText('Computing the 2026 reference…')).toBeInTheDocument()
  })

  it('when the scenario cannot run, the waiting line gives way to a pointer to the reason', () => {
    useAppStore
      .getState()
      .runRejected([{ path: 'accelerators', message: 'The model does not fit on 1 accelerator' }])
    render(<OverviewView />)
    expect(screen.queryByText(/Computing/)).not.toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(/this scenario cannot run/)
  })

  it('shows a user’s wait (TTFT + output tokens × TPOT) beside the machine time, labelled apart', async () => {
    const result = engineResult()
    const wait =
      result.latency.ttftSeconds + result.scenario.outputTokens * result.latency.tpotSeconds
    useAppStore.getState().runSucceeded(result, 1)
    render(<OverviewView />)
    const line = await screen.findByText(
      (_, el) => el?.tagName === 'P' && (el.textContent ?? '').startsWith('A user waits'),
    )
    expect(line).toHaveTextContent(`A user waits ${formatSeconds(wait)}`)
    expect(line).toHaveTextContent(`${result.scenario.outputTokens} output tokens`)
    expect(screen.getByText(/per request, shared by the batch/)).toBeInTheDocument()
    expect(screen.getByRole('img', { name: /^Machine time per request/ })).toBeInTheDocument()
  })

  it('renders what binds each phase, the breakdown, the roofline and memory (smoke)', () => {
    const result = engineResult()
    useAppStore.getState().runSucceeded(result, 1)
    render(<OverviewView />)

    const bindings = screen.getByRole('region', { name: 'What binds each phase' })
    expect(
      within(bindings).getByText(/^Prefill is compute-bound: 1,024-token prompts/),
    ).toBeInTheDocument()
    expect(
      within(bindings).getByText(new RegExp(`^Decode is .* at batch ${result.batchSize}`)),
    ).toBeInTheDocument()

    expect(
      screen.getByRole('figure', { name: "Where a request's time, cost and energy go" }),
    ).toBeInTheDocument()
    expect(screen.getByRole('table', { name: /Cost, \$ per 1,000 requests/ })).toBeInTheDocument()
    expect(screen.getByRole('table', { name: /Energy, J per request/ })).toBeInTheDocument()
    expect(
      screen.getByRole('figure', { name: 'Roofline: what limits each phase' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('img', { name: /^Usable memory: Weights 141 GB/ })).toBeInTheDocument()
    expect(screen.getAllByText(/energy at the facility boundary/).length).toBeGreaterThan(0)
  })

  it('gives decode one binding on the card and the roofline (mixed, with its shares)', () => {
    // Review §1.6's case: the reference on TP4 at batch 300.
    useAppStore.getState().runSucceeded(
      engineResult({
        accelerators: 4,
        deployment: { tensorParallel: 4 },
        workload: { batchSize: 300 },
      }),
      1,
    )
    render(<OverviewView />)
    const bindings = screen.getByRole('region', { name: 'What binds each phase' })
    expect(
      within(bindings).getByRole('article', {
        name: 'Decode · writing the answer: Mixed: 42 % compute, 41 % memory',
      }),
    ).toBeInTheDocument()
    const roofline = screen.getByRole('figure', { name: 'Roofline: what limits each phase' })
    expect(
      within(roofline).getByText(/^Decode is mixed: 42 % of decode time on the compute roof/),
    ).toBeInTheDocument()
    expect(within(roofline).getByText(/^Decode \(mixed\): 156 FLOP\/B/)).toBeInTheDocument()
  })

  it('keeps long cost ticks clear of the axis title: the plot moves right for "$0.00075"', () => {
    // The Article preset in 2030: a request costs under a thousandth of a dollar, so the cost
    // axis ticks have five decimals. They end 8 px left of the plot, which must leave room for them
    // (7.4 px a character at 12 px) beside the rotated title at x = 10.
    useAppStore.getState().runSucceeded(engineResult(presetById('article-all')!.input), 1)
    render(<OverviewView />)
    const cost = screen.getByRole('img', { name: /^Cost per request/ })
    // The axis ticks: "$0", "$0.00025" … (the totals above the bars are the only other $ labels,
    // centred far to the right, so they pass the check too).
    const ticks = within(cost).getAllByText(/^\$\d/)
    const longest = Math.max(...ticks.map((t) => (t.textContent ?? '').length))
    expect(longest).toBeGreaterThanOrEqual(7)
    for (const t of ticks) {
      const right = Number(t.getAttribute('x'))
      expect(right - (t.textContent ?? '').length * 7.4).toBeGreaterThan(10 + 6)
    }
  })

  it('names the energy boundary and drops host energy at the chip boundary', () => {
    useAppStore.getState().runSucceeded(engineResult({ energy: { boundary: 'chip' } }), 1)
    render(<OverviewView />)
    const energy = screen.getByRole('table', { name: /Energy, J per request/ })
    expect(within(energy).queryByText('Host server')).not.toBeInTheDocument()
    expect(within(energy).getByText('Chip: compute')).toBeInTheDocument()
    expect(screen.getAllByText(/energy at the chip boundary/).length).toBeGreaterThan(0)
  })

  it('groups thousands on the cost axis', () => {
    // 405B in FP16 on 4,608 SRAM chips serving one long answer at a time: thousands of dollars
    // per 1,000 requests.
    useAppStore.getState().runSucceeded(
      engineResult({
        model: 'llama-3.1-405b',
        hardware: 'groq-lpu',
        precision: { weights: 'fp16', activations: 'fp16', kvCache: 'fp16' },
        deployment: { tensorParallel: 128, pipelineParallel: 36 },
        workload: { batchSize: 1, outputTokens: 4096 },
      }),
      1,
    )
    render(<OverviewView />)
    const cost = screen.getByRole('img', { name: /^Cost per request/ })
    expect(within(cost).getAllByText(/^\$\d{1,3}(,\d{3})+$/).length).toBeGreaterThan(1)
    expect(within(cost).queryAllByText(/^\$\d{4,}/)).toEqual([])
  })

  it('widens the left margin on the projector, where the larger ticks would run into the axis title', () => {
    useAppStore.getState().runSucceeded(engineResult(), 1)
    const zeroTickX = (): number =>
      Number(
        within(screen.getByRole('img', { name: /^Machine time per request/ }))
          .getByText('0 ms')
          .getAttribute('x'),
      )
    const { unmount } = render(<OverviewView />)
    const laptop = zeroTickX()
    unmount()
    act(() => useAppStore.getState().setPresentation(true))
    render(<OverviewView />)
    expect(zeroTickX()).toBeGreaterThan(laptop)
  })
})
