/**
 * The deployment plan in the sidebar (issue 13 item 1): the searched plan in words, its runner-ups
 * with their cost, and a pin that fixes the plan in the scenario until it is unpinned.
 */
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'

import { runScenario } from '@/engine/index'
import { DeploymentPlan } from '@/features/scenario/components/deployment-plan'
import { useAppStore } from '@/state/store'

import { engineResult } from './fixtures'

const initialState = useAppStore.getState()

beforeEach(() => {
  useAppStore.setState(initialState, true)
})

describe('DeploymentPlan', () => {
  it('says the searched plan in words and lists the runner-ups with their cost', () => {
    const result = engineResult()
    useAppStore.getState().runSucceeded(result, 1)
    render(<DeploymentPlan />)
    expect(screen.getByText(result.deployment.why)).toBeInTheDocument()
    expect(screen.getByText(`searched · ${result.deployment.label}`)).toBeInTheDocument()
    const runnerUps = screen.getByRole('list', { name: 'Runner-up plans' })
    expect(within(runnerUps).getAllByRole('listitem')).toHaveLength(
      result.deployment.alternatives.length,
    )
    expect(result.deployment.alternatives.length).toBeGreaterThan(0)
    expect(within(runnerUps).getAllByText(/^\$[\d.]+\/M \(/).length).toBeGreaterThan(0)
  })

  it('marks a runner-up that misses a target at the batch the user set', () => {
    const fixedBatch = runScenario({ accelerators: 8, workload: { batchSize: 64 } })
    if (!fixedBatch.ok) throw new Error('the fixed-batch scenario did not run')
    useAppStore.getState().runSucceeded(fixedBatch.result, 1)
    render(<DeploymentPlan />)
    const runnerUps = screen.getByRole('list', { name: 'Runner-up plans' })
    const first = within(runnerUps).getAllByRole('listitem')[0]!
    expect(first).toHaveTextContent('TP2')
    expect(first).toHaveTextContent(/−\d+ %\) · misses a target/)
  })

  it('every price at zero: runner-ups read the same cost, never NaN %', () => {
    const free = runScenario({
      economics: {
        mode: 'tco',
        acceleratorPriceUsd: 0,
        systemUsdPerAccelerator: 0,
        networkUsdPerAccelerator: 0,
        usdPerKwh: 0,
        facilityUsdPerKwMonth: 0,
        operationsFraction: 0,
      },
    })
    if (!free.ok) throw new Error('the zero-price scenario did not run')
    expect(free.result.costPerMillionTokens.output).toBe(0)
    useAppStore.getState().runSucceeded(free.result, 1)
    render(<DeploymentPlan />)
    const runnerUps = screen.getByRole('list', { name: 'Runner-up plans' })
    expect(runnerUps).not.toHaveTextContent('NaN')
    expect(within(runnerUps).getAllByText(/\$0\/M \(same cost\)/).length).toBeGreaterThan(0)
  })

  it('pins the searched plan into the scenario, and unpinning searches again', async () => {
    const user = userEvent.setup()
    const searched = engineResult()
    useAppStore.getState().runSucceeded(searched, 1)
    const { rerender } = render(<DeploymentPlan />)

    await user.click(screen.getByRole('button', { name: 'Pin this plan' }))
    expect(useAppStore.getState().scenario.deployment).toEqual({
      tensorParallel: searched.deployment.tensorParallel,
      pipelineParallel: searched.deployment.pipelineParallel,
    })

    // The engine answers the pinned scenario: the plan is the same, now not searched.
    const pinned = engineResult(useAppStore.getState().scenario)
    expect(pinned.deployment.searched).toBe(false)
    useAppStore.getState().runSucceeded(pinned, 2)
    rerender(<DeploymentPlan />)
    expect(screen.getByText(`pinned · ${searched.deployment.label}`)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Pin this plan' })).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Unpin (search again)' }))
    expect(useAppStore.getState().scenario.deployment).toBeUndefined()
    expect(useAppStore.getState().scenario).not.toHaveProperty('deployment')
  })

  it('pins a runner-up plan', async () => {
    const user = userEvent.setup()
    const result = engineResult()
    useAppStore.getState().runSucceeded(result, 1)
    render(<DeploymentPlan />)
    const alt = result.deployment.alternatives.find((a) => a.costPerMillionOutputTokens !== null)
    if (!alt) throw new Error('the reference scenario has no runner-up that serves')
    await user.click(screen.getAllByRole('button', { name: `Pin ${alt.label}` })[0]!)
    expect(useAppStore.getState().scenario.deployment).toEqual({
      tensorParallel: alt.tensorParallel,
      pipelineParallel: alt.pipelineParallel,
    })
  })

  it('pins a mixture of experts with the placement its plan ran: split experts stay split', async () => {
    const user = userEvent.setup()
    const input = { model: 'deepseek-v3', hardware: 'h200-sxm' }
    useAppStore.getState().setScenario(input)
    const result = engineResult(input)
    useAppStore.getState().runSucceeded(result, 1)
    render(<DeploymentPlan />)
    // At the chat target the search splits DeepSeek-V3's experts over eight H200s.
    expect(result.deployment.label).toBe('TP8 (MoE TP8)')
    await user.click(screen.getByRole('button', { name: 'Pin this plan' }))
    expect(useAppStore.getState().scenario.deployment).toEqual({
      tensorParallel: 8,
      pipelineParallel: 1,
      expertParallel: 1,
    })
  })

  it('keeps the way back when a pinned plan no longer runs', async () => {
    const user = userEvent.setup()
    useAppStore.getState().setScenario({ deployment: { tensorParallel: 1 } })
    render(<DeploymentPlan />)
    expect(screen.getByText('pinned · TP1')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Unpin (search again)' }))
    expect(useAppStore.getState().scenario.deployment).toBeUndefined()
  })

  it('places the experts of a pinned mixture-of-experts group, and the plan says how', async () => {
    const user = userEvent.setup()
    const input = {
      model: 'mixtral-8x7b',
      hardware: 'h100-sxm',
      deployment: { tensorParallel: 8, pipelineParallel: 1 },
    }
    useAppStore.getState().setScenario(input)
    useAppStore.getState().runSucceeded(engineResult(input), 1)
    const { rerender } = render(<DeploymentPlan />)
    expect(screen.getByText('pinned · TP8/EP8')).toBeInTheDocument()
    // Pinned without a placement: the engine chose (spread, at this batch) and the field says so.
    const placement = screen.getByRole('combobox', { name: 'Experts' })
    expect(placement).toHaveValue('auto')

    await user.selectOptions(placement, 'split')
    const split = useAppStore.getState().scenario
    expect(split.deployment).toEqual({ tensorParallel: 8, pipelineParallel: 1, expertParallel: 1 })
    useAppStore.getState().runSucceeded(engineResult(split), 2)
    rerender(<DeploymentPlan />)
    expect(screen.getByText('pinned · TP8 (MoE TP8)')).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Experts' })).toHaveValue('split')

    await user.selectOptions(screen.getByRole('combobox', { name: 'Experts' }), 'spread')
    expect(useAppStore.getState().scenario.deployment).toEqual({
      tensorParallel: 8,
      pipelineParallel: 1,
      expertParallel: 8,
    })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Experts' }), 'auto')
    expect(useAppStore.getState().scenario.deployment).toEqual({
      tensorParallel: 8,
      pipelineParallel: 1,
    })
  })

  it('offers no expert placement for a dense model', () => {
    const input = { deployment: { tensorParallel: 4, pipelineParallel: 1 } }
    useAppStore.getState().setScenario(input)
    useAppStore.getState().runSucceeded(engineResult(input), 1)
    render(<DeploymentPlan />)
    expect(screen.getByText(/^pinned · TP4/)).toBeInTheDocument()
    expect(screen.queryByRole('combobox', { name: 'Experts' })).not.toBeInTheDocument()
  })
})
