/** JSON exports: the rows with their column names, units and provenance, for scripts and notebooks. */
import type { ExportProvenance } from './provenance'
import { normalizeTable, type ExportData } from './table-data'

export interface ExportMeta {
  readonly title: string
  readonly subtitle?: string
  readonly sources?: string
  /** ISO time of the export (passed in, so exports are reproducible in tests). */
  readonly exportedAt?: string
  /** Where the data comes from (app version, scenario, levers, share link): the file's header. */
  readonly provenance?: ExportProvenance
}

export const EXPORT_JSON_VERSION = 1

export function toJsonDocument(data: ExportData, meta: ExportMeta): string {
  const table = normalizeTable(data)
  const rows = table.rows.map((row) => {
    const out: Record<string, unknown> = {}
    for (const c of table.columns) {
      const value = row[c.key]
      out[c.key] = typeof value === 'number' && !Number.isFinite(value) ? null : (value ?? null)
    }
    return out
  })
  return `${JSON.stringify(
    {
      schemaVersion: EXPORT_JSON_VERSION,
      ...(meta.provenance ? { provenance: meta.provenance } : {}),
      title: meta.title,
      ...(meta.subtitle ? { subtitle: meta.subtitle } : {}),
      ...(meta.sources ? { sources: meta.sources } : {}),
      ...(meta.exportedAt ? { exportedAt: meta.exportedAt } : {}),
      columns: table.columns.map((c) => ({
        key: c.key,
        label: c.label,
        ...(c.unit ? { unit: c.unit } : {}),
      })),
      rows,
    },
    null,
    2,
  )}\n`
}
