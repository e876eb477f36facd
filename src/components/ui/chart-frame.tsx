import type { ReactNode } from 'react'

interface ChartFrameProps {
  /** Chart title, in plain words. */
  readonly title: string
  /** One line under the title: what is shown and the scenario it is for. */
  readonly subtitle?: string
  /** Sources and assumptions behind the numbers, shown under the chart (and in exports). */
  readonly sources?: string
  /** Extra controls for the top-right corner (toggles, export). */
  readonly actions?: ReactNode
  readonly children: ReactNode
  readonly className?: string
}

/**
 * The frame every chart sits in: title, one-line subtitle, the chart, and a sources footer.
 * Exports capture this whole frame, so a slide carries its own title and sources.
 */
export function ChartFrame({ title, subtitle, sources, actions, children, className }: ChartFrameProps) {
  return (
    <figure className={`card chart-frame ${className ?? ''}`} aria-label={title}>
      <figcaption className="card-title">
        <div>
          <h2>{title}</h2>
          {subtitle ? <p>{subtitle}</p> : null}
        </div>
        {actions ? <div className="chart-actions">{actions}</div> : null}
      </figcaption>
      <div className="chart-body">{children}</div>
      {sources ? <p className="chart-sources">Sources: {sources}</p> : null}
    </figure>
  )
}
