import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

import { ChartFrame } from '@/components/ui/chart-frame'
import { VALUE_CHAIN_SOURCES, type ValueChain } from '@/engine/index'
import { formatChange, formatCountWords, formatPercent, formatUsd } from '@/lib/format'

import {
  SEGMENT_COLORS,
  segmentsShown,
  valueChainSentence,
  valueChainStack,
} from '../model/value-chain-rows'

import { LEGEND_PROPS } from './legend-text'

export function ValueChainPanel({
  chain,
  line,
}: {
  readonly chain: ValueChain
  readonly line: string
}) {
  const stack = valueChainStack(chain)
  const segments = segmentsShown(chain)
  const sources = `${VALUE_CHAIN_SOURCES.componentShares?.source ?? ''}; lever effects on each component: src/engine/levers/catalog.ts; revenue pools at the fleet demand of the Fleet & power view`
  return (
    <>
      <p className="econ-headline econ-headline-sm">{valueChainSentence(chain)}</p>
      <ChartFrame
        title="Where each dollar of cost per token goes"
        subtitle={`${line} · share of the all-in cost per output token, 2026 baseline vs the scenario in ${chain.year}`}
        sources={sources}
        exportName="value-chain"
        data={{
          columns: [
            { key: 'segment', label: 'Segment' },
            { key: 'who', label: 'Who earns it' },
            { key: 'baseline', label: 'Baseline 2026', unit: '$/M output tokens' },
            { key: 'scenario', label: `Scenario ${chain.year}`, unit: '$/M output tokens' },
            { key: 'baselineShare', label: 'Share, baseline', unit: 'share' },
            { key: 'scenarioShare', label: 'Share, scenario', unit: 'share' },
            { key: 'pool', label: `Revenue pool ${chain.year}, scenario`, unit: 'USD/year' },
          ],
          rows: chain.rows.map((r) => ({
            segment: r.name,
            who: r.who,
            baseline: r.baselineUsdPerMillion,
            scenario: r.scenarioUsdPerMillion,
            baselineShare: r.baselineShare,
            scenarioShare: r.scenarioShare,
            pool: r.scenarioPoolUsdPerYear,
          })),
        }}
      >
        <ResponsiveContainer width="100%" height={200}>
          <BarChart
            data={stack}
            layout="vertical"
            margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
          >
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" horizontal={false} />
            <XAxis
              type="number"
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 100]}
              tickFormatter={(v: number) => `${v} %`}
              tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
            />
            <YAxis
              type="category"
              dataKey="label"
              width={200}
              tick={{ fill: 'var(--text)', fontSize: 13 }}
            />
            <Tooltip
              formatter={(v) => `${Number(v).toFixed(1)} %`}
              cursor={{ fill: 'var(--surface-2)' }}
            />
            <Legend {...LEGEND_PROPS} wrapperStyle={{ fontSize: 13 }} />
            {segments.map((s) => (
              <Bar
                key={s.id}
                dataKey={s.id}
                name={s.name}
                stackId="dollar"
                fill={SEGMENT_COLORS[s.id]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
        <div className="econ-table-scroll">
          <table className="econ-table" aria-label="Where value accrues as the levers move">
            <thead>
              <tr>
                <th scope="col">Segment</th>
                <th scope="col">Who earns it</th>
                <th scope="col" className="num-col">
                  $/M, 2026 baseline
                </th>
                <th scope="col" className="num-col">
                  $/M, scenario {chain.year}
                </th>
                <th scope="col" className="num-col">
                  Change
                </th>
                <th scope="col" className="num-col">
                  Share of each $
                </th>
                <th scope="col" className="num-col">
                  Revenue pool {chain.year} ({formatCountWords(chain.outputTokensPerYear)} output
                  tokens a year)
                </th>
              </tr>
            </thead>
            <tbody>
              {chain.rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <span
                      className="econ-swatch"
                      style={{ background: SEGMENT_COLORS[r.id] }}
                      aria-hidden="true"
                    />{' '}
                    {r.name}
                  </th>
                  <td>{r.who}</td>
                  <td className="num-col num">{formatUsd(r.baselineUsdPerMillion)}</td>
                  <td className="num-col num">{formatUsd(r.scenarioUsdPerMillion)}</td>
                  <td className="num-col num">{formatChange(r.change)}</td>
                  <td className="num-col num">
                    {formatPercent(r.baselineShare)} → {formatPercent(r.scenarioShare)}
                  </td>
                  <td className="num-col num">{formatUsd(r.scenarioPoolUsdPerYear)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ChartFrame>
    </>
  )
}
