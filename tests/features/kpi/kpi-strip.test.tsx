import { act, render, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'

import type { SimulationResult } from '@/engine/index'
import { KpiStrip } from '@/features/kpi/components/kpi-strip'
import { useAppStore } from '@/state/store'

import { engineResult } from './fixtures'

const initialState = useAppStore.getState()

beforeEach(() => {
  useAppStore.setState(initialState, true)
})

function withFigures(base: SimulationResult, output: number, joules: number): SimulationResult {
  return {
    ...base,
    costPerMillionTokens: { ...base.costPerMillionTokens, output, input: 0.25 },
    energyPerToken: { ...base.energyPerToken, joules, boundary: 'node' },
    throughput: { ...base.throughput, outputTokensPerSecondPerAccelerator: 1234 },
    latency: { ...base.latency, ttftSeconds: 0.2, tpotSeconds: 0.02 },
  }
}

const tile = (label: string) => screen.getByRole('group', { name: label })

describe('KpiStrip', () => {
  it('says it is computing before the first result', () => {
    render(<KpiStrip />)
    expect(screen.getByText('Computing the 2026 reference…')).toBeInTheDocument()
  })

  it('gives way to why when no first result is coming: cannot run, or the engine failed', () => {
    useAppStore.getState().runFailed('worker stalled')
    const { rerender } = render(<KpiStrip />)
    expect(screen.getByText(/No figures: the engine failed on this scenario/)).toBeInTheDocument()
    expect(screen.queryByText(/Computing/)).not.toBeInTheDocument()
    useAppStore.getState().runRejected([{ path: 'accelerators', message: 'does not fit' }])
    rerender(<KpiStrip />)
    expect(screen.getByText(/No figures: this scenario cannot run/)).toBeInTheDocument()
    expect(screen.queryByText(/Computing/)).not.toBeInTheDocument()
  })

  it('renders each figure with its unit from the given result', () => {
    useAppStore.getState().runSucceeded(withFigures(engineResult(), 1.5, 2.5), 1)
    render(<KpiStrip />)
    expect(within(tile('Cost per million output tokens')).getByText('$1.5')).toBeInTheDocument()
    expect(within(tile('Cost per million input tokens')).getByText('$0.25')).toBeInTheDocument()
    expect(within(tile('Energy per output token')).getByText('2.5 J')).toBeInTheDocument()
    expect(
      within(tile('Energy per output token')).getByText(
        /^Node boundary, chip \+ host server · ±\d+\s%$/,
      ),
    ).toBeInTheDocument()
    // The error band of the nearest measured regime sits beside cost and energy.
    const band = `±${Math.round(engineResult().accuracy.relativeError * 100)}\\s%`
    expect(
      within(tile('Cost per million output tokens')).getAllByText(new RegExp(band)).length,
    ).toBeGreaterThan(0)
    expect(within(tile('Tokens/s per accelerator')).getByText('1,234')).toBeInTheDocument()
    expect(within(tile('Tokens/s per accelerator')).getByText('tokens/s')).toBeInTheDocument()
    expect(within(tile('Time to first token')).getByText('200 ms')).toBeInTheDocument()
    expect(within(tile('Time per output token')).getByText('20 ms')).toBeInTheDocument()
    expect(screen.getByText(/energy at the node boundary/)).toBeInTheDocument()
  })

  it('explains each figure on focus through an accessible description', () => {
    useAppStore.getState().runSucceeded(engineResult(), 1)
    render(<KpiStrip />)
    expect(tile('Energy per output token')).toHaveAccessibleDescription(
      /Energy to produce one answer token/,
    )
    expect(tile('Cost vs 2026 baseline')).toHaveAccessibleDescription(
      /Measured against 2026 practice: Llama 3.3 70B.* BF16 on .*H100.* with no levers/,
    )
  })

  it('shows the x-fold change once the trajectory arrives', () => {
    const result = engineResult()
    useAppStore.getState().runSucceeded(result, 1)
    render(<KpiStrip />)
    expect(
      within(tile('Cost vs 2026 baseline')).getByText('Computing the baseline…'),
    ).toBeInTheDocument()
    act(() => {
      useAppStore.getState().analysisSucceeded(
        'trajectory',
        {
          trajectory: [
            {
              year: 2026,
              costPerMillionTokens: { output: 0.5, input: 0.1, blended: 0.2 },
              energyPerToken: { joules: 1 },
              outputTokensPerSecondPerAccelerator: 1,
              baseline: { costPerMillionOutput: 1, joules: 3 },
              costFold: 2,
              energyFold: 3,
              feasible: true,
            },
          ],
        },
        1,
      )
    })
    expect(within(tile('Cost vs 2026 baseline')).getByText('cheaper')).toBeInTheDocument()
    expect(within(tile('Cost vs 2026 baseline')).getByText('Energy: 3× less')).toBeInTheDocument()
  })

  it('says the baseline is not available, not still computing, when the trajectory came back without the year', () => {
    useAppStore.getState().runSucceeded(engineResult(), 1)
    useAppStore.getState().runRejected([{ path: 'accelerators', message: 'does not fit' }])
    act(() => {
      useAppStore.getState().analysisSucceeded(
        'trajectory',
        {
          trajectory: [
            {
              year: 2026,
              costPerMillionTokens: { output: Number.NaN, input: Number.NaN, blended: Number.NaN },
              energyPerToken: { joules: Number.NaN },
              outputTokensPerSecondPerAccelerator: 0,
              baseline: { costPerMillionOutput: Number.NaN, joules: Number.NaN },
              costFold: Number.NaN,
              energyFold: Number.NaN,
              feasible: false,
            },
          ],
        },
        1,
      )
    })
    render(<KpiStrip />)
    const fold = tile('Cost vs 2026 baseline')
    expect(
      within(fold).getByText('Not available: the scenario as set cannot run in 2026'),
    ).toBeInTheDocument()
    expect(within(fold).queryByText(/Computing/)).not.toBeInTheDocument()
  })

  it('tweens to a new value and ends on it', async () => {
    const base = engineResult()
    useAppStore.getState().runSucceeded(withFigures(base, 1.5, 2.5), 1)
    render(<KpiStrip />)
    act(() => useAppStore.getState().runSucceeded(withFigures(base, 3, 2.5), 1))
    expect(
      await within(tile('Cost per million output tokens')).findByText('$3'),
    ).toBeInTheDocument()
  })

  it('keeps the last good figures and flags them when the input is invalid', () => {
    useAppStore.getState().runSucceeded(withFigures(engineResult(), 1.5, 2.5), 1)
    useAppStore.getState().runRejected([
      {
        path: 'workload.inputTokens',
        message: 'workload.inputTokens must be at least 1 (got 0)',
      },
    ])
    render(<KpiStrip />)
    expect(screen.getByText('Last valid scenario')).toBeInTheDocument()
    expect(within(tile('Cost per million output tokens')).getByText('$1.5')).toBeInTheDocument()
  })
})
