import type { ExportTable } from '@/lib/export/table-data'

import type { Metric, TrajectoryRow } from './trajectory-rows'

/**
 * The numbers behind a trajectory chart: each year's scenario, baseline, P10/P50/P90 band over the
 * levers' effect ranges, and the engine's own error range (validation error of the nearest regime).
 * Energy names its boundary (chip, node or facility differ about twofold), as the chart's sources
 * line does.
 */
export function trajectoryExport(
  rows: readonly TrajectoryRow[],
  metric: Metric,
  energyBoundary?: string,
): ExportTable {
  const unit =
    metric === 'cost'
      ? '$/M output tokens'
      : `J/output token${energyBoundary ? `, ${energyBoundary} boundary` : ''}`
  return {
    columns: [
      { key: 'year', label: 'Year' },
      { key: 'scenario', label: 'Scenario (base effects)', unit },
      { key: 'p10', label: 'P10', unit },
      { key: 'p50', label: 'P50', unit },
      { key: 'p90', label: 'P90', unit },
      { key: 'baseline', label: '2026 baseline, no levers', unit },
      { key: 'fold', label: 'Baseline ÷ scenario', unit: '×' },
      // A year that cannot run as set (too large for its accelerators, or a target missed) prices
      // the nearest point the search names; the file says which years, as the screen does.
      ...(rows.some((r) => !r.feasible)
        ? [{ key: 'runsAsSet', label: 'Runs as set (fits and meets the targets)' }]
        : []),
      ...(rows.some((r) => r.engineError !== undefined)
        ? [
            { key: 'engineErrorLow', label: 'Engine error range, low (validation)', unit },
            { key: 'engineErrorHigh', label: 'Engine error range, high (validation)', unit },
          ]
        : []),
      ...(rows.some((r) => r.market !== undefined)
        ? [{ key: 'market', label: 'Market price trend (context, not model output)', unit }]
        : []),
    ],
    rows: rows.map((r) => ({
      year: r.year,
      scenario: r.scenario,
      p10: r.band?.[0] ?? null,
      p50: r.p50 ?? null,
      p90: r.band?.[1] ?? null,
      baseline: r.baseline,
      fold: r.fold,
      runsAsSet: r.feasible ? 'yes' : 'no: nearest point',
      engineErrorLow: r.engineError?.[0] ?? null,
      engineErrorHigh: r.engineError?.[1] ?? null,
      market: r.market ?? null,
    })),
  }
}
