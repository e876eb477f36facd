import { formatPercent, formatUsd } from '@/lib/format'

import { TONE_LABEL, type HeatmapRow, type MarginCell } from '../model/use-case-rows'

function Cell({ cell }: { readonly cell: MarginCell }) {
  return (
    <td className="econ-heat-cell" data-tone={cell.tone} title={cell.description}>
      <span className="econ-heat-margin num">
        {cell.tone === 'n/a' ? '—' : formatPercent(cell.margin)}
      </span>
      <span className="econ-heat-cost num">
        {cell.tone === 'n/a' ? '' : formatUsd(cell.costUsdPerTask)}
      </span>
      <span className="visually-hidden">{TONE_LABEL[cell.tone]}</span>
    </td>
  )
}

interface MarginHeatmapProps {
  readonly rows: readonly HeatmapRow[]
  readonly years: readonly number[]
  readonly targetLabel: string
}

/** Gross margin per use case and year, coloured by loss / below target / at target. */
export function MarginHeatmap({ rows, years, targetLabel }: MarginHeatmapProps) {
  return (
    <div className="econ-table-scroll">
      <table className="econ-heatmap" aria-label="Gross margin on inference by use case and year">
        <thead>
          <tr>
            <th scope="col">Use case</th>
            <th scope="col" className="num-col">
              Price per task
            </th>
            <th scope="col" className="num-col econ-heat-baseline-head">
              2026 baseline
            </th>
            {years.map((y) => (
              <th key={y} scope="col" className="num-col">
                {y}
              </th>
            ))}
            <th scope="col">Breaks even</th>
            <th scope="col">
              Reaches <span className="econ-heat-target-figure">{targetLabel}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <span className="econ-heat-name">{row.name}</span>
                <span className="econ-heat-task">{row.task}</span>
                <span className="econ-heat-task">{row.modelName}</span>
                {row.issues.length > 0 ? (
                  <span className="econ-heat-issue">{row.issues.join(' ')}</span>
                ) : null}
              </th>
              <td className="num-col" title={row.priceBasis}>
                <span className="num">{formatUsd(row.priceUsdPerTask)}</span>
                <span className="econ-heat-task">{row.priceBasis}</span>
              </td>
              <Cell cell={row.baseline} />
              {row.cells.map((c) => (
                <Cell key={c.year} cell={c} />
              ))}
              <td className="econ-heat-when">{row.breakEven}</td>
              <td className="econ-heat-when">{row.targetYear}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
