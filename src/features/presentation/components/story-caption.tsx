import type { StoryStep } from '@/state/ui-slice'

import { DEFAULT_STEP_MESSAGE } from '../model/story-edit'
import { fillMessage, type StoryFigures } from '../model/story-template'

interface StoryCaptionProps {
  readonly step: StoryStep | undefined
  readonly storyTitle: string
  readonly figures: StoryFigures | undefined
}

/** The step's title and its message in plain words, the numbers filled from the live result. */
export function StoryCaption({ step, storyTitle, figures }: StoryCaptionProps) {
  return (
    <div className="presenter-caption" aria-live="polite" aria-atomic="true">
      {step ? (
        <div key={step.id} className="presenter-caption-inner">
          <h2>{step.title}</h2>
          <p>{fillMessage(step.message, figures)}</p>
        </div>
      ) : (
        <div key="own" className="presenter-caption-inner">
          <h2>Your scenario</h2>
          <p>{fillMessage(DEFAULT_STEP_MESSAGE, figures)}</p>
          <p className="presenter-hint">
            Press <kbd>→</kbd> to start the story “{storyTitle}”.
          </p>
        </div>
      )}
    </div>
  )
}
