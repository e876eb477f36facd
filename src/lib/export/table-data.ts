/** Tabular data as every exporter takes it: named columns (with units) and flat rows. */

export type ExportCell = string | number | boolean | null | undefined

export type ExportRow = Readonly<Record<string, ExportCell>>

export interface ExportColumn {
  /** Key of the value in each row. */
  readonly key: string
  /** Header in words. */
  readonly label: string
  /** Unit, appended to the header: "Cost ($/M output tokens)". */
  readonly unit?: string
}

export interface ExportTable {
  readonly columns: readonly ExportColumn[]
  readonly rows: readonly ExportRow[]
}

/** Either a full table, or bare rows whose keys become the headers. */
export type ExportData = ExportTable | readonly ExportRow[]

export function isExportTable(data: ExportData): data is ExportTable {
  return !Array.isArray(data)
}

/** A table with columns, inferring them (in first-seen order) from bare rows. */
export function normalizeTable(data: ExportData): ExportTable {
  if (isExportTable(data)) return data
  const keys: string[] = []
  const seen = new Set<string>()
  for (const row of data) {
    for (const key of Object.keys(row)) {
      if (!seen.has(key)) {
        seen.add(key)
        keys.push(key)
      }
    }
  }
  return { columns: keys.map((key) => ({ key, label: key })), rows: data }
}

export function columnHeader(column: ExportColumn): string {
  return column.unit ? `${column.label} (${column.unit})` : column.label
}
