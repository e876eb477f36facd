import type { ReactNode } from 'react'

interface StatProps {
  readonly label: string
  readonly value: ReactNode
  /** One line under the figure: the comparison that gives it meaning. */
  readonly detail?: ReactNode
  readonly tone?: 'good' | 'bad' | 'neutral'
}

/** A big figure with its label, for the five-second read. */
export function Stat({ label, value, detail, tone = 'neutral' }: StatProps) {
  return (
    <div className="econ-stat" data-tone={tone}>
      <span className="econ-stat-label">{label}</span>
      <span className="econ-stat-value num">{value}</span>
      {detail ? <span className="econ-stat-detail">{detail}</span> : null}
    </div>
  )
}
