import { useId, useRef, useState, type ChangeEvent } from 'react'

import { Dialog } from '@/components/ui/dialog'
import { useScenarioCheck } from '@/components/ui/scenario-check'
import { selectActiveView, selectScenario, selectStory } from '@/state/selectors'
import { useAppStore } from '@/state/store'
import type { Story } from '@/state/ui-slice'

import { usePresentationCommands } from '../hooks/use-presentation-commands'
import { describeScenarioInput } from '../model/scenario-summary'
import { decodeStoryFile, encodeStoryFile, encodeStoryHash } from '../model/story-codec'
import {
  appendStep,
  copyStory,
  moveStep,
  removeStep,
  stepFromScenario,
  updateStep,
} from '../model/story-edit'
import { activeStory, type ViewOption } from '../model/story-player'
import { TEMPLATE_FIELDS, unknownPlaceholders } from '../model/story-template'

interface StoryEditorProps {
  readonly views: readonly ViewOption[]
  readonly onClose: () => void
  readonly onHandout: () => void
}

type Feedback = { readonly tone: 'ok' | 'error'; readonly message: string } | undefined

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'story'
  )
}

/** Build, reorder and share a story: steps from the current or saved scenarios, each with a message. */
export function StoryEditor({ views, onClose, onHandout }: StoryEditorProps) {
  const ownStory = useAppStore(selectStory)
  const setStory = useAppStore((s) => s.setStory)
  const scenario = useAppStore(selectScenario)
  const activeView = useAppStore(selectActiveView)
  const saved = useAppStore((s) => s.library.scenarios)
  const commands = usePresentationCommands(views)
  // A story file's scenarios are checked by the engine in the worker, through the app's port.
  const check = useScenarioCheck()
  const story = activeStory(ownStory)
  const editable = ownStory !== null
  const [feedback, setFeedback] = useState<Feedback>()
  const [link, setLink] = useState<string>()
  const [savedChoice, setSavedChoice] = useState('')
  const fileRef = useRef<HTMLInputElement>(null)
  const stepsRef = useRef<HTMLOListElement>(null)
  const descriptionId = useId()

  const edit = (next: Story | null): void => {
    setStory(next)
    setLink(undefined)
  }
  const editableStory = (): Story => ownStory ?? copyStory(story, 'My story')

  const focusStepButton = (index: number, action: string): void => {
    requestAnimationFrame(() => {
      const item = stepsRef.current?.children[index]
      const enabled = (name: string) =>
        item?.querySelector<HTMLElement>(`[data-action="${name}"]:not([disabled])`)
      const other = action === 'up' ? 'down' : action === 'down' ? 'up' : 'play'
      ;(
        enabled(action) ??
        enabled(other) ??
        item?.querySelector<HTMLElement>('input, button')
      )?.focus()
    })
  }

  const move = (index: number, offset: -1 | 1): void => {
    const next = moveStep(editableStory(), index, offset)
    edit(next)
    const target = index + offset
    const title = next.steps[target]?.title ?? ''
    setFeedback({
      tone: 'ok',
      message: `Moved “${title}” to position ${target + 1} of ${next.steps.length}.`,
    })
    focusStepButton(target, offset === -1 ? 'up' : 'down')
  }

  const addCurrent = (): void => {
    const next = appendStep(editableStory(), stepFromScenario(scenario, activeView))
    edit(next)
    setFeedback({ tone: 'ok', message: `Added the current scenario as step ${next.steps.length}.` })
    focusStepButton(next.steps.length - 1, 'title')
  }

  const addSaved = (): void => {
    const entry = saved.find((s) => s.id === savedChoice)
    if (!entry) return
    const next = appendStep(
      editableStory(),
      stepFromScenario(entry.input, entry.view?.tab ?? activeView, entry.name),
    )
    edit(next)
    setFeedback({ tone: 'ok', message: `Added “${entry.name}” as step ${next.steps.length}.` })
  }

  const share = (): void => {
    const url = `${window.location.origin}${window.location.pathname}#${encodeStoryHash(story)}`
    setLink(url)
    if (navigator.clipboard?.writeText) {
      navigator.clipboard.writeText(url).then(
        () =>
          setFeedback({ tone: 'ok', message: 'Link copied. Anyone who opens it gets this story.' }),
        () => setFeedback({ tone: 'ok', message: 'Copy the link below to share this story.' }),
      )
    } else {
      setFeedback({ tone: 'ok', message: 'Copy the link below to share this story.' })
    }
  }

  const download = (): void => {
    const blob = new Blob([encodeStoryFile(story)], { type: 'application/json' })
    const url = URL.createObjectURL(blob)
    const a = document.createElement('a')
    a.href = url
    a.download = `${slug(story.title)}.story.json`
    document.body.append(a)
    a.click()
    a.remove()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
    setFeedback({ tone: 'ok', message: `Saved ${a.download}.` })
  }

  const importFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    if (!check) {
      // Only outside the app (a test without the port): nothing is opened unchecked.
      setFeedback({
        tone: 'error',
        message: `${file.name} could not be opened: there is no engine to check its scenarios.`,
      })
      return
    }
    let text: string
    try {
      text = await file.text()
    } catch {
      setFeedback({ tone: 'error', message: `${file.name} could not be read.` })
      return
    }
    const outcome = await decodeStoryFile(text, check)
    if (outcome.ok) {
      edit(outcome.story)
      setFeedback({
        tone: 'ok',
        message: `Opened “${outcome.story.title}” (${outcome.story.steps.length} steps) from ${file.name}.`,
      })
    } else {
      setFeedback({
        tone: 'error',
        message: `${file.name} could not be opened: ${outcome.message}.`,
      })
    }
  }

  const play = (index: number): void => {
    onClose()
    commands.enter()
    commands.showStep(index)
  }

  return (
    <Dialog
      title="Story"
      onClose={onClose}
      className="story-editor"
      wide
      describedBy={descriptionId}
      actions={
        <button
          type="button"
          className="button button-primary"
          onClick={() => play(0)}
          data-autofocus
        >
          Present from step 1
        </button>
      }
    >
      <p id={descriptionId} className="story-editor-intro">
        A story is a list of steps. Each step shows a scenario on a view with one message in plain
        words; → and ← step through it while presenting (press P).
      </p>

      {editable ? (
        <div className="field story-title-field">
          <label htmlFor="story-title">Story title</label>
          <input
            id="story-title"
            className="input"
            value={story.title}
            maxLength={200}
            onChange={(e) => edit({ ...story, title: e.target.value })}
          />
        </div>
      ) : (
        <div className="banner banner-info story-default-note">
          <p>
            This is the default story: the 2026 baseline, each lever group of the article, all
            levers by 2030, then the use cases. Make your own copy to reorder, edit or add steps.
          </p>
          <button
            type="button"
            className="button"
            onClick={() => edit(copyStory(story, 'My story'))}
          >
            Make my own copy
          </button>
        </div>
      )}

      <ol className="story-steps" ref={stepsRef} aria-label={`Steps of “${story.title}”`}>
        {story.steps.map((step, index) => {
          const unknown = unknownPlaceholders(step.message)
          const viewKnown = views.some((v) => v.id === step.view)
          const n = index + 1
          return (
            <li key={step.id} className="story-step">
              <div className="story-step-head">
                <span className="story-step-number" aria-hidden="true">
                  {n}
                </span>
                {editable ? (
                  <div className="field story-step-title">
                    <label htmlFor={`${step.id}-title`}>Step {n} title</label>
                    <input
                      id={`${step.id}-title`}
                      data-action="title"
                      className="input"
                      value={step.title}
                      maxLength={120}
                      onChange={(e) => edit(updateStep(story, index, { title: e.target.value }))}
                    />
                  </div>
                ) : (
                  <h3 className="story-step-title-text">{step.title}</h3>
                )}
                <div className="story-step-actions">
                  <button
                    type="button"
                    className="button"
                    data-action="play"
                    onClick={() => play(index)}
                    aria-label={`Present from step ${n}: ${step.title}`}
                  >
                    Present
                  </button>
                  {editable ? (
                    <>
                      <button
                        type="button"
                        className="button"
                        data-action="up"
                        disabled={index === 0}
                        onClick={() => move(index, -1)}
                        aria-label={`Move step ${n} (${step.title}) up`}
                      >
                        ↑ Up
                      </button>
                      <button
                        type="button"
                        className="button"
                        data-action="down"
                        disabled={index === story.steps.length - 1}
                        onClick={() => move(index, 1)}
                        aria-label={`Move step ${n} (${step.title}) down`}
                      >
                        ↓ Down
                      </button>
                      <button
                        type="button"
                        className="button"
                        data-action="remove"
                        disabled={story.steps.length === 1}
                        onClick={() => {
                          edit(removeStep(story, index))
                          setFeedback({ tone: 'ok', message: `Removed step ${n} (${step.title}).` })
                          focusStepButton(Math.min(index, story.steps.length - 2), 'up')
                        }}
                        aria-label={`Remove step ${n} (${step.title})`}
                      >
                        Remove
                      </button>
                    </>
                  ) : null}
                </div>
              </div>
              {editable ? (
                <div className="story-step-fields">
                  <div className="field">
                    <label htmlFor={`${step.id}-message`}>Message</label>
                    <textarea
                      id={`${step.id}-message`}
                      className="input"
                      rows={2}
                      maxLength={600}
                      value={step.message}
                      aria-describedby={unknown.length ? `${step.id}-unknown` : undefined}
                      onChange={(e) => edit(updateStep(story, index, { message: e.target.value }))}
                    />
                    {unknown.length ? (
                      <p id={`${step.id}-unknown`} className="story-warning">
                        Not a known number: {unknown.map((k) => `{${k}}`).join(', ')}. It will show
                        as typed.
                      </p>
                    ) : null}
                  </div>
                  <div className="field">
                    <label htmlFor={`${step.id}-view`}>View</label>
                    <select
                      id={`${step.id}-view`}
                      className="select"
                      value={step.view}
                      onChange={(e) => edit(updateStep(story, index, { view: e.target.value }))}
                    >
                      {viewKnown ? null : (
                        <option value={step.view}>
                          {step.view} (not available here: shows the overview)
                        </option>
                      )}
                      {views.map((v) => (
                        <option key={v.id} value={v.id}>
                          {v.label}
                        </option>
                      ))}
                    </select>
                  </div>
                </div>
              ) : (
                <p className="story-step-message">{step.message}</p>
              )}
              <p className="story-step-scenario">Scenario: {describeScenarioInput(step.input)}</p>
            </li>
          )
        })}
      </ol>

      <div className="story-add">
        <button type="button" className="button" onClick={addCurrent}>
          + Add the current scenario as a step
        </button>
        {saved.length > 0 ? (
          <div className="story-add-saved">
            <label htmlFor="story-saved">Add a saved scenario</label>
            <select
              id="story-saved"
              className="select"
              value={savedChoice}
              onChange={(e) => setSavedChoice(e.target.value)}
            >
              <option value="">Choose…</option>
              {saved.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            <button type="button" className="button" onClick={addSaved} disabled={!savedChoice}>
              Add as a step
            </button>
          </div>
        ) : null}
      </div>

      <details className="story-placeholders">
        <summary>Numbers you can put in a message</summary>
        <p>
          Write a placeholder in braces; it is replaced with the live number of the step’s scenario.
        </p>
        <dl>
          {TEMPLATE_FIELDS.map((f) => (
            <div key={f.key}>
              <dt>
                <code>{`{${f.key}}`}</code>
              </dt>
              <dd>{f.description}</dd>
            </div>
          ))}
        </dl>
      </details>

      <div className="story-share">
        <button type="button" className="button" onClick={onHandout}>
          Handout (print or PDF)
        </button>
        <button type="button" className="button" onClick={share}>
          Share as a link
        </button>
        <button type="button" className="button" onClick={download}>
          Download story file
        </button>
        <button type="button" className="button" onClick={() => fileRef.current?.click()}>
          Open story file…
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Story file to open"
          onChange={(event) => void importFile(event)}
        />
        {editable ? (
          <button
            type="button"
            className="button button-ghost"
            onClick={() => {
              edit(null)
              setFeedback({
                tone: 'ok',
                message: 'Back to the default story. Your own story was removed.',
              })
            }}
          >
            Use the default story
          </button>
        ) : null}
      </div>
      {link ? (
        <div className="field story-link">
          <label htmlFor="story-link">Link to this story</label>
          <input
            id="story-link"
            className="input"
            readOnly
            value={link}
            onFocus={(e) => e.target.select()}
          />
        </div>
      ) : null}
      <p className="story-feedback" role="status">
        {feedback?.tone === 'ok' ? feedback.message : ''}
      </p>
      {feedback?.tone === 'error' ? (
        <p className="story-feedback story-feedback-error" role="alert">
          {feedback.message}
        </p>
      ) : null}
    </Dialog>
  )
}
