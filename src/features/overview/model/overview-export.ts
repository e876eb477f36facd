import type { ExportTable } from '@/lib/export/table-data'

import type { Breakdown } from './phase-breakdown'
import type { RooflineModel } from './roofline'

/** The request breakdown: one row per chart, phase and component, with its unit. */
export function breakdownExport(breakdowns: readonly Breakdown[]): ExportTable {
  return {
    columns: [
      { key: 'chart', label: 'Chart' },
      { key: 'phase', label: 'Phase' },
      { key: 'component', label: 'Component' },
      { key: 'value', label: 'Value' },
      { key: 'unit', label: 'Unit' },
    ],
    rows: breakdowns.flatMap((b) =>
      b.rows.flatMap((row) => [
        ...b.series.map((s) => ({
          chart: b.title,
          phase: row.label,
          component: s.label,
          value: row.values[s.key] ?? 0,
          unit: b.unit,
        })),
        { chart: b.title, phase: row.label, component: 'Total', value: row.total, unit: b.unit },
      ]),
    ),
  }
}

/** The roofline: the roofs (peak and achievable) and each phase's operating point. */
export function rooflineExport(m: RooflineModel): ExportTable {
  const roofs = [
    { item: 'Datasheet peak roof', ...m.peak },
    ...(m.effective ? [{ item: 'Achievable roof', ...m.effective }] : []),
  ]
  return {
    columns: [
      { key: 'item', label: 'Item' },
      {
        key: 'intensity',
        label: 'Arithmetic intensity (a roof: its ridge point)',
        unit: 'FLOP/byte',
      },
      { key: 'tflops', label: 'Compute', unit: 'TFLOP/s per accelerator' },
      { key: 'bandwidthTBps', label: 'Memory bandwidth', unit: 'TB/s' },
    ],
    rows: [
      ...roofs.map((r) => ({
        item: r.item,
        intensity: r.ridge,
        tflops: r.computeTflops,
        bandwidthTBps: r.bandwidthTBps,
      })),
      ...m.points.map((p) => ({
        item: `${p.label} operating point`,
        intensity: p.x,
        tflops: p.y,
        bandwidthTBps: null,
      })),
    ],
  }
}
