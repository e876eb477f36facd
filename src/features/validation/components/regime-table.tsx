import type { RegimeStats } from '@/engine/index'
import { formatNumber } from '@/lib/format'

import { errorPct as pct, signedPct as signed } from '../model/error-format'

interface RegimeTableProps {
  readonly caption: string
  readonly regimes: readonly RegimeStats[]
}

/** Error per regime (family × format × parallelism × dense/MoE): median, P90, share within 1.5×, signed bias. */
export function RegimeTable({ caption, regimes }: RegimeTableProps) {
  return (
    <div className="validation-table-wrap">
      <table className="validation-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Regime</th>
            <th scope="col" className="num-col">
              Cases
            </th>
            <th scope="col" className="num-col">
              Median error
            </th>
            <th scope="col" className="num-col">
              P90 error
            </th>
            <th scope="col" className="num-col">
              Within 1.5×
            </th>
            <th scope="col" className="num-col">
              Signed bias
            </th>
          </tr>
        </thead>
        <tbody>
          {regimes.map((r) => (
            <tr key={r.regime}>
              <th scope="row">{r.regime.split('/').join(' · ')}</th>
              <td className="num-col">{r.count}</td>
              <td className="num-col">{pct(r.medianAbsErrorPct)}</td>
              <td className="num-col">{pct(r.p90AbsErrorPct)}</td>
              <td className="num-col">
                {Number.isFinite(r.withinFactorShare)
                  ? `${formatNumber(r.withinFactorShare * 100, 2)} %`
                  : '—'}
              </td>
              <td className="num-col">{signed(r.signedBiasPct)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
