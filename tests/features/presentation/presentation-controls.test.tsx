import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { PresentationControls } from '@/features/presentation/components/presentation-controls'
import { PresentationStage } from '@/features/presentation/components/presentation-stage'
import { useAppStore } from '@/state/store'

import { evaluateInThread } from './fixtures'

const initialState = useAppStore.getState()
const VIEWS = [{ id: 'overview', label: 'Overview' }]

beforeEach(() => {
  useAppStore.setState(initialState, true)
})

afterEach(() => {
  useAppStore.setState(initialState, true)
})

function renderShell() {
  return render(
    <>
      <PresentationControls views={VIEWS} evaluateSteps={evaluateInThread} />
      <PresentationStage views={VIEWS} evaluateSteps={evaluateInThread} />
    </>,
  )
}

describe('PresentationControls', () => {
  it('starts presenting, puts focus on the story controls, and gives it back on exit', async () => {
    const user = userEvent.setup()
    renderShell()
    await user.click(screen.getByRole('button', { name: 'Present' }))
    expect(useAppStore.getState().presentation).toBe(true)
    expect(screen.getByRole('button', { name: 'Start story →' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(useAppStore.getState().storyStep).toBe(0)
    await user.click(screen.getByRole('button', { name: 'Exit' }))
    expect(useAppStore.getState().presentation).toBe(false)
    expect(screen.getByRole('button', { name: 'Present' })).toHaveFocus()
  })

  it('opens the story editor, and the handout from it', async () => {
    const user = userEvent.setup()
    renderShell()
    await user.click(screen.getByRole('button', { name: 'Story' }))
    const editor = await screen.findByRole('dialog', { name: 'Story' })
    await user.click(within(editor).getByRole('button', { name: 'Handout (print or PDF)' }))
    // The handout is a lazy chunk: its first load can take seconds on a busy machine.
    expect(
      await screen.findByRole('dialog', { name: /^Handout/ }, { timeout: 10_000 }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('dialog', { name: 'Story' })).not.toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  }, 20_000)
})
