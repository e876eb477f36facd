import { foldCeilingCaveat } from '@/engine/index'
import { formatCount, formatErrorBand, formatJoules, formatUsd } from '@/lib/format'

import { foldLabel, formatFoldMagnitude } from '../model/fold-label'
import type { StoryFigures } from '../model/story-template'

import { TweenedFigure } from './tweened-figure'

interface PresenterFiguresProps {
  readonly figures: StoryFigures | undefined
  /**
   * Why there are no figures and none are coming (the scenario cannot run, the engine failed), in
   * words; undefined while they are on their way. It replaces the waiting placeholders.
   */
  readonly unavailable?: string | undefined
}

/** The headline numbers, big enough for the back of the room. */
export function PresenterFigures({ figures, unavailable }: PresenterFiguresProps) {
  const caveat = figures?.costFold === undefined ? undefined : foldCeilingCaveat(figures.costFold)
  if (!figures && unavailable)
    return (
      <p className="presenter-context" role="status">
        {unavailable}
      </p>
    )
  return (
    <>
      <p className="presenter-context">
        {figures
          ? `${figures.modelName} on ${figures.hardwareName} · ${figures.year}`
          : 'Computing…'}
      </p>
      <dl className="presenter-figures" aria-label="Key figures">
        <TweenedFigure
          label="Cost per million output tokens"
          value={figures?.costPerMillionOutput}
          format={formatUsd}
          testId="figure-cost"
          band={formatErrorBand(figures?.costRelativeError)}
        />
        <TweenedFigure
          label="Energy per output token"
          value={figures?.joulesPerToken}
          format={formatJoules}
          testId="figure-energy"
          band={formatErrorBand(figures?.energyRelativeError)}
        />
        <TweenedFigure
          label={foldLabel(figures?.costFold, 'the 2026 baseline')}
          value={figures?.costFold}
          format={formatFoldMagnitude}
          testId="figure-fold"
        />
        <TweenedFigure
          label="Output tokens per second per chip"
          value={figures?.tokensPerSecondPerAccelerator}
          format={formatCount}
          testId="figure-throughput"
        />
      </dl>
      {caveat ? (
        <p className="presenter-context presenter-caveat" data-testid="figure-caveat">
          {caveat}
        </p>
      ) : null}
    </>
  )
}
