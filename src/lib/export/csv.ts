/** CSV (RFC 4180) and TSV text from an ExportTable, safe to open in a spreadsheet. */
import { columnHeader, normalizeTable, type ExportCell, type ExportData } from './table-data'

/** Text that a spreadsheet would run as a formula (CSV injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/

/** One cell as text: numbers at full precision (no rounding, no thousands separators). */
export function cellText(value: ExportCell): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  return FORMULA_START.test(value) ? `'${value}` : value
}

function quoteCsv(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** CSV with a header row of labels and units, CRLF line ends (RFC 4180). */
export function toCsv(data: ExportData): string {
  const table = normalizeTable(data)
  const lines = [table.columns.map((c) => quoteCsv(cellText(columnHeader(c)))).join(',')]
  for (const row of table.rows)
    lines.push(table.columns.map((c) => quoteCsv(cellText(row[c.key]))).join(','))
  return `${lines.join('\r\n')}\r\n`
}

/** Tab-separated text for the clipboard: pastes into cells of a spreadsheet or a slide table. */
export function toTsv(data: ExportData): string {
  const table = normalizeTable(data)
  const clean = (value: ExportCell): string => cellText(value).replace(/[\t\r\n]+/g, ' ')
  const lines = [table.columns.map((c) => clean(columnHeader(c))).join('\t')]
  for (const row of table.rows) lines.push(table.columns.map((c) => clean(row[c.key])).join('\t'))
  return lines.join('\n')
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** An HTML table (escaped) for rich clipboard targets such as slides and documents. */
export function toHtmlTable(data: ExportData, caption?: string): string {
  const table = normalizeTable(data)
  const head = table.columns.map((c) => `<th>${escapeHtml(columnHeader(c))}</th>`).join('')
  const body = table.rows
    .map(
      (row) =>
        `<tr>${table.columns.map((c) => `<td>${escapeHtml(cellText(row[c.key]))}</td>`).join('')}</tr>`,
    )
    .join('')
  return `<table>${caption ? `<caption>${escapeHtml(caption)}</caption>` : ''}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`
}
