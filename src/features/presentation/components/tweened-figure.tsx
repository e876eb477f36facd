import { useRef } from 'react'

import { useTweenedText } from '../hooks/use-tweened-text'

interface TweenedFigureProps {
  readonly label: string
  readonly value: number | undefined
  readonly format: (value: number) => string
  readonly testId?: string
  /** The figure's error band, "±8 %", shown beside its label; '' for none. */
  readonly band?: string
}

/** One big figure: plain label, the number gliding to its new value. */
export function TweenedFigure({ label, value, format, testId, band }: TweenedFigureProps) {
  const ref = useRef<HTMLElement>(null)
  useTweenedText(ref, value, format)
  return (
    <div className="presenter-figure">
      <dt>
        {label}
        {band ? (
          <span
            className="presenter-figure-band"
            title="Validation error of the nearest measured regime"
          >
            {' '}
            {band}
          </span>
        ) : null}
      </dt>
      <dd ref={ref} className="num" data-testid={testId} data-value={value ?? ''} />
    </div>
  )
}
