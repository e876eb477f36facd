import {
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  tableFeatures,
  useTable,
  type SortingState,
} from '@tanstack/react-table'
import { useMemo, useState } from 'react'

import { deltaTone, formatDelta, METRICS } from '../model/metrics'
import type { CompareRow } from '../model/rows'

const features = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
})

const helper = createColumnHelper<typeof features, CompareRow>()

const columns = helper.columns([
  helper.accessor('name', {
    id: 'name',
    header: 'Scenario',
    sortFn: 'alphanumeric',
    enableHiding: false,
  }),
  ...METRICS.map((metric) =>
    helper.accessor((row) => row.values[metric.id], {
      id: metric.id,
      header: `${metric.label} (${metric.unit})`,
      sortUndefined: 'last',
      // The first click puts the best scenario on top.
      sortDescFirst: metric.better === 'higher',
      sortFn: (a, b, id) =>
        (a.getValue<number | undefined>(id) ?? 0) - (b.getValue<number | undefined>(id) ?? 0),
    }),
  ),
])

interface CompareTableProps {
  readonly rows: readonly CompareRow[]
  readonly visibleMetrics: readonly string[]
  readonly referenceName: string
}

/** Scenarios × figures: sortable by any column, each figure with its change against the reference. */
export function CompareTable({ rows, visibleMetrics, referenceName }: CompareTableProps) {
  const [sorting, setSorting] = useState<SortingState>([])
  const columnVisibility = useMemo(
    () => Object.fromEntries(METRICS.map((m) => [m.id, visibleMetrics.includes(m.id)])),
    [visibleMetrics],
  )
  const data = useMemo(() => [...rows], [rows])
  const table = useTable({
    features,
    columns,
    data,
    getRowId: (row) => row.id,
    state: { sorting, columnVisibility },
    onSortingChange: setSorting,
  })

  return (
    <div className="compare-table-wrap">
      <table className="compare-table">
        <caption className="visually-hidden">
          Compared scenarios; each figure shows its change against {referenceName}. Column headers
          sort the table.
        </caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted()
                const metric = METRICS.find((m) => m.id === header.column.id)
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={
                      sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
                    }
                    className={header.column.id === 'name' ? 'compare-name-col' : 'compare-num-col'}
                  >
                    <button
                      type="button"
                      className="compare-sort"
                      title={
                        metric ? `${metric.label} (${metric.unit}): ${metric.help}` : undefined
                      }
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      {metric ? (
                        <span className="compare-head">
                          <span>{metric.short}</span>
                          <small>{metric.unit}</small>
                        </span>
                      ) : (
                        'Scenario'
                      )}
                      <span aria-hidden="true" className="compare-sort-icon">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                      </span>
                    </button>
                  </th>
                )
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => {
            const data = row.original
            return (
              <tr key={row.id} className={data.isReference ? 'is-reference' : undefined}>
                {row.getVisibleCells().map((cell) => {
                  if (cell.column.id === 'name') {
                    return (
                      <th key={cell.id} scope="row" className="compare-name-col">
                        <span
                          className={`compare-swatch compare-swatch-${data.colorIndex}`}
                          aria-hidden="true"
                        />
                        <span className="compare-row-name">
                          <span className="compare-row-title">
                            {data.name}
                            {data.isReference ? (
                              <span className="compare-ref-tag">reference</span>
                            ) : null}
                          </span>
                          <small>
                            {data.issues.length > 0
                              ? `Cannot run: ${data.issues.join('; ')}`
                              : data.detail}
                          </small>
                        </span>
                      </th>
                    )
                  }
                  const metric = METRICS.find((m) => m.id === cell.column.id)
                  const value = data.values[cell.column.id]
                  const ratio = data.ratios[cell.column.id]
                  if (!metric) return <td key={cell.id} />
                  return (
                    <td key={cell.id} className="compare-num-col">
                      <span className="compare-value">
                        {value === undefined ? '—' : metric.format(value)}
                      </span>
                      {data.isReference || ratio === undefined ? null : (
                        <span className={`compare-delta delta-${deltaTone(ratio, metric.better)}`}>
                          {formatDelta(ratio)}
                        </span>
                      )}
                    </td>
                  )
                })}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
