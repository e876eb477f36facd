import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { PresentationStage } from '@/features/presentation/components/presentation-stage'
import { formatUsd } from '@/lib/format'
import { useAppStore } from '@/state/store'

import { evaluateInThread, resultOf, THREE_STEP_STORY } from './fixtures'

const initialState = useAppStore.getState()
const VIEWS = [
  { id: 'overview', label: 'Overview' },
  { id: 'trajectory', label: 'Trajectory' },
]

beforeEach(() => {
  useAppStore.setState(initialState, true)
})

afterEach(() => {
  useAppStore.setState(initialState, true)
})

function renderStage() {
  return render(<PresentationStage views={VIEWS} evaluateSteps={evaluateInThread} />)
}

describe('PresentationStage', () => {
  it('renders nothing and keeps the desk theme while not presenting', () => {
    const { container } = renderStage()
    expect(container).toBeEmptyDOMElement()
    expect(document.documentElement).not.toHaveAttribute('data-theme')
  })

  it('says the figures are frozen outside presentation mode, with a way to release them', async () => {
    const user = userEvent.setup()
    useAppStore.getState().setFrozen(true)
    renderStage()
    expect(screen.getByRole('status')).toHaveTextContent(
      'Figures frozen. Your changes apply when you release them',
    )
    await user.click(screen.getByRole('button', { name: 'Release now' }))
    expect(useAppStore.getState().frozen).toBe(false)
    expect(screen.queryByText(/Figures frozen/)).not.toBeInTheDocument()
  })

  it('switches to the projector theme while presenting and back after', () => {
    useAppStore.getState().setPresentation(true)
    renderStage()
    expect(document.documentElement).toHaveAttribute('data-theme', 'projector')
    expect(document.documentElement).toHaveAttribute('data-presenting')
    act(() => useAppStore.getState().setPresentation(false))
    expect(document.documentElement).not.toHaveAttribute('data-theme')
    expect(document.documentElement).not.toHaveAttribute('data-presenting')
  })

  it('says why there are no figures when the scenario cannot run, instead of waiting on them', () => {
    useAppStore.getState().setPresentation(true)
    useAppStore.getState().runRejected([
      {
        path: 'accelerators',
        message: 'Llama 3.1 405B does not fit on 1× NVIDIA H100 SXM5 80GB',
      },
    ])
    renderStage()
    const lead = screen.getByRole('region', { name: 'Presentation' })
    expect(lead).toHaveTextContent('No figures: this scenario cannot run')
    expect(lead).not.toHaveTextContent('Computing')
    expect(lead).not.toHaveTextContent('…')
  })

  it('a step that cannot run after one that did: no figures of the earlier step presented as its own', () => {
    useAppStore.getState().setPresentation(true)
    const earlier = resultOf({ year: 2028 })
    useAppStore.getState().runSucceeded(earlier, 1)
    useAppStore
      .getState()
      .runRejected([
        { path: 'accelerators', message: 'Llama 3.3 70B does not fit on 1× NVIDIA H100 SXM5 80GB' },
      ])
    renderStage()
    const lead = screen.getByRole('region', { name: 'Presentation' })
    expect(lead).toHaveTextContent('No figures: this scenario cannot run')
    expect(lead).not.toHaveTextContent(formatUsd(earlier.costPerMillionTokens.output))
  })

  it('shows the step’s title and its message filled with the live figures', async () => {
    const user = userEvent.setup()
    useAppStore.getState().setStory(THREE_STEP_STORY)
    useAppStore.getState().setPresentation(true)
    renderStage()
    expect(screen.getByRole('heading', { name: 'Your scenario' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Start story →' }))
    expect(useAppStore.getState().storyStep).toBe(0)
    const result = resultOf(THREE_STEP_STORY.steps[0]!.input)
    act(() => useAppStore.getState().runSucceeded(result, 1))
    const lead = screen.getByRole('region', { name: 'Presentation' })
    expect(within(lead).getByRole('heading', { name: 'Alpha' })).toBeInTheDocument()
    expect(
      within(lead).getByText(`Alpha costs ${formatUsd(result.costPerMillionTokens.output)}.`),
    ).toBeInTheDocument()
    expect(screen.getByText('Step 1 of 3')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Step 1: Alpha' })).toHaveAttribute(
      'aria-current',
      'step',
    )
  })

  it('steps with the buttons, jumps with the step dots and shows a frozen state', async () => {
    const user = userEvent.setup()
    useAppStore.getState().setStory(THREE_STEP_STORY)
    useAppStore.getState().setPresentation(true)
    renderStage()
    await user.click(screen.getByRole('button', { name: 'Step 3: Charlie' }))
    expect(useAppStore.getState().storyStep).toBe(2)
    expect(screen.getByRole('button', { name: 'Next →' })).toBeDisabled()
    await user.click(screen.getByRole('button', { name: '← Previous' }))
    expect(useAppStore.getState().storyStep).toBe(1)
    expect(useAppStore.getState().activeView).toBe('trajectory')
    const freeze = screen.getByRole('button', { name: 'Freeze' })
    await user.click(freeze)
    expect(useAppStore.getState().frozen).toBe(true)
    expect(screen.getByRole('button', { name: 'Frozen' })).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByText('Figures frozen · F releases')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Exit' }))
    expect(useAppStore.getState().presentation).toBe(false)
    expect(useAppStore.getState().frozen).toBe(false)
  })

  it('shows the shortcut reminder while presenting and the full legend on request', async () => {
    const user = userEvent.setup()
    useAppStore.getState().setPresentation(true)
    renderStage()
    const strip = screen.getByRole('complementary', { name: 'Keyboard shortcuts' })
    expect(within(strip).getByText('freeze')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Shortcuts' }))
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' })
    expect(within(dialog).getByText('Leave presentation mode')).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(useAppStore.getState().shortcutsOpen).toBe(false)
  })
})
