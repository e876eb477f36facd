import { lazy, Suspense, useEffect, useRef, useState } from 'react'

import { selectPresentation, selectStory } from '@/state/selectors'
import { useAppStore } from '@/state/store'

import { usePresentationCommands } from '../hooks/use-presentation-commands'
import type { EvaluateSteps } from '../model/handout'
import { activeStory, type ViewOption } from '../model/story-player'

import '../presentation.css'

const StoryEditor = lazy(() => import('./story-editor').then((m) => ({ default: m.StoryEditor })))
const Handout = lazy(() => import('./handout').then((m) => ({ default: m.Handout })))

interface PresentationControlsProps {
  readonly views: readonly ViewOption[]
  readonly evaluateSteps: EvaluateSteps
}

/** Header buttons: start presenting (P) and open the story editor. */
export function PresentationControls({ views, evaluateSteps }: PresentationControlsProps) {
  const commands = usePresentationCommands(views)
  const story = activeStory(useAppStore(selectStory))
  const [panel, setPanel] = useState<'none' | 'editor' | 'handout'>('none')
  const presenting = useAppStore(selectPresentation)
  const presentRef = useRef<HTMLButtonElement>(null)
  const wasPresenting = useRef(presenting)

  useEffect(() => {
    // Back from presenting, the control that had focus is gone: return it to the Present button.
    if (
      wasPresenting.current &&
      !presenting &&
      (document.activeElement === document.body || document.activeElement === null)
    )
      presentRef.current?.focus()
    wasPresenting.current = presenting
  }, [presenting])
  return (
    <div className="presentation-controls">
      <button
        type="button"
        className="button"
        onClick={() => setPanel('editor')}
        aria-haspopup="dialog"
      >
        Story
      </button>
      <button
        ref={presentRef}
        type="button"
        className="button button-primary"
        onClick={commands.enter}
        aria-keyshortcuts="P"
        title="Present full screen (P)"
      >
        Present
      </button>
      <Suspense fallback={null}>
        {panel === 'editor' ? (
          <StoryEditor
            views={views}
            onClose={() => setPanel('none')}
            onHandout={() => setPanel('handout')}
          />
        ) : null}
        {panel === 'handout' ? (
          <Handout story={story} evaluateSteps={evaluateSteps} onClose={() => setPanel('none')} />
        ) : null}
      </Suspense>
    </div>
  )
}
