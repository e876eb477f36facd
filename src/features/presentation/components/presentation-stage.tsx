import { lazy, Suspense, useEffect, useRef, useState } from 'react'

import {
  selectFrozen,
  selectPresentation,
  selectShortcutsOpen,
  selectStory,
  selectStoryStep,
} from '@/state/selectors'
import { useAppStore } from '@/state/store'

import { useLiveFigures } from '../hooks/use-live-figures'
import { usePresentationCommands } from '../hooks/use-presentation-commands'
import type { EvaluateSteps } from '../model/handout'
import { activeStory, type ViewOption } from '../model/story-player'

import { PresenterFigures } from './presenter-figures'
import { ShortcutLegend, ShortcutStrip } from './shortcut-legend'
import { StoryCaption } from './story-caption'
import '../presentation.css'

const Handout = lazy(() => import('./handout').then((m) => ({ default: m.Handout })))

interface PresentationStageProps {
  readonly views: readonly ViewOption[]
  readonly evaluateSteps: EvaluateSteps
}

/** Puts the page in the projector theme while presenting. */
function useProjectorTheme(presenting: boolean): void {
  useEffect(() => {
    if (!presenting) return undefined
    const root = document.documentElement
    const previousTheme = root.getAttribute('data-theme')
    root.setAttribute('data-theme', 'projector')
    root.setAttribute('data-presenting', '')
    return () => {
      if (previousTheme === null) root.removeAttribute('data-theme')
      else root.setAttribute('data-theme', previousTheme)
      root.removeAttribute('data-presenting')
    }
  }, [presenting])
}

/**
 * Presentation mode (P): the story's step, its message in plain words, the headline figures and a
 * shortcut reminder above the active view; the editing chrome is hidden (presentation.css).
 */
export function PresentationStage({ views, evaluateSteps }: PresentationStageProps) {
  const presenting = useAppStore(selectPresentation)
  const legendOpen = useAppStore(selectShortcutsOpen)
  const frozen = useAppStore(selectFrozen)
  const setLegendOpen = useAppStore((s) => s.setShortcutsOpen)
  const setFrozen = useAppStore((s) => s.setFrozen)
  useProjectorTheme(presenting)
  return (
    <>
      {presenting ? <Presenter views={views} evaluateSteps={evaluateSteps} /> : null}
      {frozen && !presenting ? (
        <div className="banner banner-warning presenter-frozen-banner" role="status">
          <span>
            <strong>Figures frozen.</strong> Your changes apply when you release them (press{' '}
            <kbd>F</kbd>).
          </span>
          <button type="button" className="button" onClick={() => setFrozen(false)}>
            Release now
          </button>
        </div>
      ) : null}
      {legendOpen ? <ShortcutLegend onClose={() => setLegendOpen(false)} /> : null}
    </>
  )
}

function Presenter({ views, evaluateSteps }: PresentationStageProps) {
  const story = activeStory(useAppStore(selectStory))
  const stepIndex = useAppStore(selectStoryStep)
  const frozen = useAppStore(selectFrozen)
  const liveFigures = useLiveFigures()
  // No result and none coming: say why instead of waiting on "Computing…" for good.
  const unavailable = useAppStore((s) =>
    s.run.issues.length > 0
      ? 'No figures: this scenario cannot run (the message above says why).'
      : s.run.failure === undefined
        ? undefined
        : 'No figures: the engine failed on this scenario.',
  )
  // The page keeps the last result that ran, flagged as such; a story step that cannot run must
  // not present those numbers as its own (a 2026 step read the 2028 step's $1.16 before it).
  const figures = unavailable ? undefined : liveFigures
  const commands = usePresentationCommands(views)
  const [handoutOpen, setHandoutOpen] = useState(false)
  const nextRef = useRef<HTMLButtonElement>(null)
  const step = stepIndex === null ? undefined : story.steps[stepIndex]

  useEffect(() => {
    // The button that started presenting is hidden now: give the keyboard a place to start.
    const active = document.activeElement
    if (
      !(active instanceof HTMLElement) ||
      active === document.body ||
      active.offsetParent === null
    )
      nextRef.current?.focus()
  }, [])
  const count = story.steps.length
  const atEnd = stepIndex !== null && stepIndex >= count - 1

  return (
    <>
      <div className="presenter-bar" role="group" aria-label="Presentation controls">
        <div className="presenter-titles">
          <p className="presenter-story-title">{story.title}</p>
          <p className="presenter-count">
            {stepIndex === null
              ? `Not started · ${count} steps`
              : `Step ${stepIndex + 1} of ${count}`}
          </p>
          <p className="presenter-frozen-slot" role="status">
            {frozen ? <span className="presenter-frozen">Figures frozen · F releases</span> : null}
          </p>
        </div>
        <nav aria-label="Story steps" className="presenter-steps">
          <ol>
            {story.steps.map((s, i) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="presenter-dot"
                  aria-label={`Step ${i + 1}: ${s.title}`}
                  aria-current={i === stepIndex ? 'step' : undefined}
                  title={s.title}
                  onClick={() => commands.showStep(i)}
                />
              </li>
            ))}
          </ol>
        </nav>
        <div className="presenter-actions">
          <button
            type="button"
            className="button"
            onClick={commands.previous}
            disabled={stepIndex === null || stepIndex === 0}
            aria-keyshortcuts="ArrowLeft"
          >
            ← Previous
          </button>
          <button
            ref={nextRef}
            type="button"
            className="button button-primary"
            onClick={commands.next}
            disabled={atEnd}
            aria-keyshortcuts="ArrowRight"
          >
            {stepIndex === null ? 'Start story →' : 'Next →'}
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={frozen}
            onClick={commands.toggleFreeze}
            aria-keyshortcuts="F"
          >
            {frozen ? 'Frozen' : 'Freeze'}
          </button>
          <button type="button" className="button" onClick={() => setHandoutOpen(true)}>
            Handout
          </button>
          <button
            type="button"
            className="button"
            onClick={commands.toggleLegend}
            aria-keyshortcuts="?"
          >
            Shortcuts
          </button>
          <button
            type="button"
            className="button"
            onClick={commands.leave}
            aria-keyshortcuts="Escape"
          >
            Exit
          </button>
        </div>
      </div>
      <section className="presenter-lead" aria-label="Presentation">
        <StoryCaption
          step={step}
          storyTitle={story.title}
          figures={figures}
          unavailable={unavailable}
        />
        <PresenterFigures figures={figures} unavailable={unavailable} />
      </section>
      <ShortcutStrip />
      <Suspense fallback={null}>
        {handoutOpen ? (
          <Handout
            story={story}
            evaluateSteps={evaluateSteps}
            onClose={() => setHandoutOpen(false)}
          />
        ) : null}
      </Suspense>
    </>
  )
}
