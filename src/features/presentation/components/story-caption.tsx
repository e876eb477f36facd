import type { StoryStep } from '@/state/ui-slice'

import { DEFAULT_STEP_MESSAGE } from '../model/story-edit'
import { fillMessage, type StoryFigures } from '../model/story-template'

interface StoryCaptionProps {
  readonly step: StoryStep | undefined
  readonly storyTitle: string
  readonly figures: StoryFigures | undefined
  /** Set when no figures are coming (the scenario cannot run): the message is not filled with "…". */
  readonly unavailable?: string | undefined
}

/** The step's title and its message in plain words, the numbers filled from the live result. */
export function StoryCaption({ step, storyTitle, figures, unavailable }: StoryCaptionProps) {
  const message = (template: string): string =>
    !figures && unavailable ? unavailable : fillMessage(template, figures)
  return (
    <div className="presenter-caption" aria-live="polite" aria-atomic="true">
      {step ? (
        <div key={step.id} className="presenter-caption-inner">
          <h2>{step.title}</h2>
          <p>{message(step.message)}</p>
        </div>
      ) : (
        <div key="own" className="presenter-caption-inner">
          <h2>Your scenario</h2>
          <p>{message(DEFAULT_STEP_MESSAGE)}</p>
          <p className="presenter-hint">
            Press <kbd>→</kbd> to start the story “{storyTitle}”.
          </p>
        </div>
      )}
    </div>
  )
}
