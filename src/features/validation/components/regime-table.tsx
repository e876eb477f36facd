import type { RegimeStats } from '@/engine/index'
import { formatNumber } from '@/lib/format'

interface RegimeTableProps {
  readonly caption: string
  readonly regimes: readonly RegimeStats[]
}

const pct = (x: number): string => (Number.isFinite(x) ? `${formatNumber(x, 2)} %` : '—')
const signed = (x: number): string =>
  Number.isFinite(x) ? `${x > 0 ? '+' : x < 0 ? '−' : ''}${formatNumber(Math.abs(x), 2)} %` : '—'

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
