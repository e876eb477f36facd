import type { ExportTable } from '@/lib/export/table-data'

import type { Metric, TornadoRow, WaterfallRow } from './attribution-rows'

const METRIC_NAME: Record<Metric, string> = {
  cost: 'cost per million output tokens',
  energy: 'energy per output token',
}

/** The Owen values behind the waterfall: each lever's Δ ln, fold and share, then the total. */
export function attributionExport(rows: readonly WaterfallRow[], metric: Metric): ExportTable {
  return {
    columns: [
      { key: 'lever', label: 'Lever id' },
      { key: 'label', label: 'Lever' },
      { key: 'metric', label: 'Metric' },
      { key: 'deltaLn', label: 'Owen value (lever groups as unions), Δ ln(metric)' },
      { key: 'fold', label: 'Fold (metric divided by)', unit: '×' },
      { key: 'share', label: 'Share of the total log change', unit: '0–1' },
    ],
    rows: rows.map((r) => ({
      lever: r.id,
      label: r.label,
      metric: METRIC_NAME[metric],
      deltaLn: r.deltaLn,
      fold: r.fold,
      share: r.share,
    })),
  }
}

/** The tornado: the relative change of the metric with each lever at its weak and strong end. */
export function tornadoExport(rows: readonly TornadoRow[], metric: Metric): ExportTable {
  return {
    columns: [
      { key: 'lever', label: 'Lever id' },
      { key: 'label', label: 'Lever' },
      { key: 'metric', label: 'Metric' },
      { key: 'weak', label: 'Change at the weak end (low effect)', unit: 'relative, 0.4 = +40 %' },
      { key: 'strong', label: 'Change at the strong end (high effect)', unit: 'relative' },
      { key: 'swing', label: 'Swing |weak − strong|', unit: 'relative' },
    ],
    rows: rows.map((r) => ({
      lever: r.id,
      label: r.label,
      metric: METRIC_NAME[metric],
      weak: r.weak,
      strong: r.strong,
      swing: r.swing,
    })),
  }
}
