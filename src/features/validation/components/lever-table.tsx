import type { ValidationSummary } from '@/engine/index'

import { errorPct as pct, signedPct as signed } from '../model/error-format'

type LeverSummary = ValidationSummary['measured']['levers'][number]

interface LeverTableProps {
  readonly caption: string
  readonly levers: readonly LeverSummary[]
}

/**
 * What a change does on real silicon: pairs of measurements that differ in one thing, the engine's ratio
 * against the measured one, per lever and per origin of the pairs.
 */
export function LeverTable({ caption, levers }: LeverTableProps) {
  return (
    <div className="validation-table-wrap">
      <table className="validation-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Change</th>
            <th scope="col">Pairs from</th>
            <th scope="col" className="num-col">
              Pairs
            </th>
            <th scope="col" className="num-col">
              Median error
            </th>
            <th scope="col" className="num-col">
              P90 error
            </th>
            <th scope="col" className="num-col">
              Signed bias
            </th>
          </tr>
        </thead>
        <tbody>
          {levers.map((l) => (
            <tr key={`${l.lever}|${l.origin}`}>
              <th scope="row">{l.lever}</th>
              <td>{l.count === 0 ? 'no measured pair yet' : l.origin}</td>
              <td className="num-col">{l.count}</td>
              <td className="num-col">{pct(l.medianAbsErrorPct)}</td>
              <td className="num-col">{pct(l.p90AbsErrorPct)}</td>
              <td className="num-col">{signed(l.signedBiasPct)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
