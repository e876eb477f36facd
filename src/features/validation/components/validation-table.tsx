import { formatNumber } from '@/lib/format'

import { signedPct as signed } from '../model/error-format'
import type { ParityPoint } from '../model/parity'
import type { AccuracySummary } from '../model/statement'

interface ValidationTableProps {
  readonly caption: string
  readonly points: readonly ParityPoint[]
  readonly unit: string
  readonly band: readonly [number, number]
  readonly summary: AccuracySummary
}

/** Every case: what was measured, what the engine says, the ratio and the error; the median last. */
export function ValidationTable({ caption, points, unit, band, summary }: ValidationTableProps) {
  return (
    <div className="validation-table-wrap">
      <table className="validation-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Case</th>
            <th scope="col" className="num-col">
              Measured <small>{unit}</small>
            </th>
            <th scope="col" className="num-col">
              Engine <small>{unit}</small>
            </th>
            <th scope="col" className="num-col">
              Engine ÷ measured
            </th>
            <th scope="col" className="num-col">
              Error
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => {
            const inBand = p.ratio >= band[0] && p.ratio <= band[1]
            return (
              <tr key={p.id}>
                <th scope="row">
                  <span className="validation-case">{p.label}</span>
                  <small title={p.source}>{p.group}</small>
                </th>
                <td className="num-col">{formatNumber(p.measured)}</td>
                <td className="num-col">{formatNumber(p.predicted)}</td>
                <td className={`num-col ${inBand ? '' : 'out-of-band'}`}>
                  {formatNumber(p.ratio, 3)}×
                  {inBand ? null : <span className="visually-hidden"> (outside the band)</span>}
                </td>
                <td className="num-col">{signed(p.errorPct)}</td>
              </tr>
            )
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">
              Median of {summary.count} cases{' '}
              <small>
                {summary.withinBand} of {summary.count} within {band[0]}–{band[1]}×
              </small>
            </th>
            <td className="num-col" />
            <td className="num-col" />
            <td className="num-col">{formatNumber(summary.medianRatio, 3)}×</td>
            <td className="num-col">{formatNumber(summary.medianAbsErrorPct, 2)} % (absolute)</td>
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
