import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { ScenarioCheckContext } from '@/components/ui/scenario-check'
import { StoryEditor } from '@/features/presentation/components/story-editor'
import { DEFAULT_STORY } from '@/features/presentation/model/default-story'
import {
  decodeStoryParam,
  encodeStoryFile,
  storyPayload,
} from '@/features/presentation/model/story-codec'
import { storyParamFromHash } from '@/features/presentation/model/story-hash'
import { useAppStore } from '@/state/store'

import { checkInThread } from '../../helpers/scenario-check'

import { THREE_STEP_STORY } from './fixtures'

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

/** The editor as the app renders it: with the engine's check (here answered in this thread). */
function renderEditor({ checked = true }: { readonly checked?: boolean } = {}) {
  const onClose = vi.fn()
  const onHandout = vi.fn()
  const editor = <StoryEditor views={VIEWS} onClose={onClose} onHandout={onHandout} />
  render(
    checked ? <ScenarioCheckContext value={checkInThread}>{editor}</ScenarioCheckContext> : editor,
  )
  return { onClose, onHandout, dialog: screen.getByRole('dialog', { name: 'Story' }) }
}

const stepTitles = () => useAppStore.getState().story?.steps.map((s) => s.title)

describe('StoryEditor', () => {
  it('shows the default story read-only until the user makes a copy', async () => {
    const user = userEvent.setup()
    const { dialog } = renderEditor()
    for (const step of DEFAULT_STORY.steps)
      expect(within(dialog).getByRole('heading', { name: step.title })).toBeInTheDocument()
    expect(within(dialog).queryByRole('button', { name: /^Move step/ })).not.toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Make my own copy' }))
    expect(stepTitles()).toEqual(DEFAULT_STORY.steps.map((s) => s.title))
    expect(within(dialog).getByLabelText('Story title')).toHaveValue('My story')
  })

  it('reorders steps with the keyboard and keeps focus on the moved step', async () => {
    const user = userEvent.setup()
    useAppStore.getState().setStory(THREE_STEP_STORY)
    const { dialog } = renderEditor()
    const up = within(dialog).getByRole('button', { name: 'Move step 2 (Bravo) up' })
    up.focus()
    await user.keyboard('{Enter}')
    expect(stepTitles()).toEqual(['Bravo', 'Alpha', 'Charlie'])
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Moved “Bravo” to position 1 of 3.',
    )
    await vi.waitFor(() =>
      expect(
        within(dialog).getByRole('button', { name: 'Move step 1 (Bravo) down' }),
      ).toHaveFocus(),
    )
    await user.keyboard('{Enter}')
    expect(stepTitles()).toEqual(['Alpha', 'Bravo', 'Charlie'])
    expect(within(dialog).getByRole('button', { name: 'Move step 1 (Alpha) up' })).toBeDisabled()
  })

  it('edits a step’s title, message and view, and warns about unknown numbers', async () => {
    const user = userEvent.setup()
    useAppStore.getState().setStory(THREE_STEP_STORY)
    const { dialog } = renderEditor()
    const title = within(dialog).getByLabelText('Step 3 title')
    await user.clear(title)
    await user.type(title, 'Delta')
    const message = within(dialog).getAllByLabelText('Message')[2]!
    await user.clear(message)
    await user.type(message, 'Costs {{price}')
    expect(within(dialog).getByText(/Not a known number: \{price\}/)).toBeInTheDocument()
    const views = within(dialog).getAllByLabelText('View')
    expect(views[2]).toHaveDisplayValue('nowhere (not available here: shows the overview)')
    await user.selectOptions(views[2]!, 'trajectory')
    expect(useAppStore.getState().story?.steps[2]).toMatchObject({
      title: 'Delta',
      message: 'Costs {price}',
      view: 'trajectory',
    })
  })

  it('adds the current scenario as a step and removes a step', async () => {
    const user = userEvent.setup()
    useAppStore.getState().setStory(THREE_STEP_STORY)
    useAppStore.getState().setScenario({ name: 'Rubin plan', year: 2029 })
    const { dialog } = renderEditor()
    await user.click(
      within(dialog).getByRole('button', { name: '+ Add the current scenario as a step' }),
    )
    expect(stepTitles()).toEqual(['Alpha', 'Bravo', 'Charlie', 'Rubin plan'])
    expect(useAppStore.getState().story?.steps[3]?.input).toEqual({
      name: 'Rubin plan',
      year: 2029,
    })
    await user.click(within(dialog).getByRole('button', { name: 'Remove step 1 (Alpha)' }))
    expect(stepTitles()).toEqual(['Bravo', 'Charlie', 'Rubin plan'])
  })

  it('adds a saved scenario from the library as a step', async () => {
    const user = userEvent.setup()
    const id = useAppStore
      .getState()
      .addSavedScenarios([
        { name: 'Saved B200', input: { year: 2027 }, view: { tab: 'trajectory' } },
      ])[0]!
    const { dialog } = renderEditor()
    await user.selectOptions(within(dialog).getByLabelText('Add a saved scenario'), id)
    await user.click(within(dialog).getByRole('button', { name: 'Add as a step' }))
    const steps = useAppStore.getState().story?.steps ?? []
    expect(steps.at(-1)).toMatchObject({
      title: 'Saved B200',
      input: { year: 2027 },
      view: 'trajectory',
    })
    expect(steps).toHaveLength(DEFAULT_STORY.steps.length + 1)
  })

  it('shares the story as a link that opens the same story', async () => {
    const user = userEvent.setup()
    useAppStore.getState().setStory(THREE_STEP_STORY)
    const { dialog } = renderEditor()
    await user.click(within(dialog).getByRole('button', { name: 'Share as a link' }))
    const link = within(dialog).getByLabelText('Link to this story')
    const param = storyParamFromHash(new URL((link as HTMLInputElement).value).hash)
    const outcome = await decodeStoryParam(param ?? '', checkInThread)
    expect(outcome.ok && outcome.story.steps.map((s) => s.title)).toEqual([
      'Alpha',
      'Bravo',
      'Charlie',
    ])
  })

  it('opens a story file, and says why a bad one cannot be opened', async () => {
    const user = userEvent.setup()
    const { dialog } = renderEditor()
    const input = within(dialog).getByLabelText('Story file to open')
    await user.upload(
      input,
      new File(['{"format":"nope"}'], 'bad.json', { type: 'application/json' }),
    )
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'bad.json could not be opened: it is not an Inference Economics Lab story',
    )
    expect(useAppStore.getState().story).toBeNull()
  })

  it('opens a story file whose every step the engine accepts', async () => {
    const user = userEvent.setup()
    const { dialog } = renderEditor()
    await user.upload(
      within(dialog).getByLabelText('Story file to open'),
      new File([encodeStoryFile(THREE_STEP_STORY)], 'three.story.json', {
        type: 'application/json',
      }),
    )
    expect(
      await within(dialog).findByText('Opened “Three steps” (3 steps) from three.story.json.'),
    ).toBeInTheDocument()
    expect(stepTitles()).toEqual(['Alpha', 'Bravo', 'Charlie'])
  })

  it('names the step whose scenario the engine refuses, and keeps the story as it was', async () => {
    const user = userEvent.setup()
    const payload = storyPayload(THREE_STEP_STORY)
    const steps = payload.story.steps.map((step, i) =>
      i === 2 ? { ...step, input: { workload: { inputTokens: -5 } } } : step,
    )
    const { dialog } = renderEditor()
    await user.upload(
      within(dialog).getByLabelText('Story file to open'),
      new File([JSON.stringify({ ...payload, story: { ...payload.story, steps } })], 'bad.json', {
        type: 'application/json',
      }),
    )
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'bad.json could not be opened: step 3 (“Charlie”) has a scenario that cannot run: workload.inputTokens must be at least 1 (got -5).',
    )
    expect(useAppStore.getState().story).toBeNull()
  })

  it('opens nothing unchecked outside the app (no engine port)', async () => {
    const user = userEvent.setup()
    const { dialog } = renderEditor({ checked: false })
    await user.upload(
      within(dialog).getByLabelText('Story file to open'),
      new File([encodeStoryFile(THREE_STEP_STORY)], 'three.story.json', {
        type: 'application/json',
      }),
    )
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'three.story.json could not be opened: there is no engine to check its scenarios.',
    )
    expect(useAppStore.getState().story).toBeNull()
  })
})
