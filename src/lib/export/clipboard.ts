/** Copying to the clipboard, with the fallbacks browsers still need (no permission, no HTTPS). */
import { toHtmlTable, toTsv } from './csv'
import type { ExportData } from './table-data'

function copyWithSelection(text: string): boolean {
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.append(area)
  area.select()
  let copied: boolean
  try {
    // The deprecated command is the only synchronous path left where the async API is refused.
    copied = document.execCommand('copy')
  } catch {
    copied = false
  }
  area.remove()
  return copied
}

/** Copy plain text; resolves false when the browser refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // fall through to the selection fallback
  }
  return copyWithSelection(text)
}

/** Copy a table: tab-separated text (spreadsheets) and an HTML table (slides, documents). */
export async function copyTable(data: ExportData, caption?: string): Promise<boolean> {
  const tsv = toTsv(data)
  try {
    if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([tsv], { type: 'text/plain' }),
          'text/html': new Blob([toHtmlTable(data, caption)], { type: 'text/html' }),
        }),
      ])
      return true
    }
  } catch {
    // fall back to plain text
  }
  return copyText(tsv)
}
