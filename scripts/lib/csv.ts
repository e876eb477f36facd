/**
 * CSV writing per RFC 4180: fields that contain a comma, a double quote, a line break or leading or
 * trailing spaces are quoted, and quotes inside them are doubled. Rows end with '\n'.
 */

/** One CSV field. Numbers keep full precision; objects and arrays are written as JSON. */
export function csvField(value: unknown): string {
  let text: string
  if (value === undefined || value === null) text = ''
  else if (typeof value === 'string') text = value
  else if (typeof value === 'number' || typeof value === 'boolean') text = String(value)
  else text = JSON.stringify(value)
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One CSV row, with its line ending. */
export function csvRow(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}\n`
}
