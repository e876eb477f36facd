import { describe, expect, it } from 'vitest'

import { cellText, toCsv, toHtmlTable, toTsv } from '@/lib/export/csv'
import type { ExportTable } from '@/lib/export/table-data'

const TABLE: ExportTable = {
  columns: [
    { key: 'name', label: 'Scenario' },
    { key: 'cost', label: 'Cost', unit: '$/M tokens' },
  ],
  rows: [
    { name: 'Plain', cost: 0.98 },
    { name: 'Comma, "quoted"\nand a new line', cost: 1 / 3 },
    { name: '=HYPERLINK("http://evil")', cost: Number.NaN },
    { name: '<script>alert(1)</script>', cost: undefined },
  ],
}

describe('toCsv', () => {
  it('writes a header with units and RFC 4180 quoting, CRLF line ends', () => {
    const lines = toCsv(TABLE).split('\r\n')
    expect(lines[0]).toBe('Scenario,Cost ($/M tokens)')
    expect(lines[1]).toBe('Plain,0.98')
    expect(lines[2]).toBe(`"Comma, ""quoted""\nand a new line",${String(1 / 3)}`)
    expect(lines.at(-1)).toBe('')
  })

  it('defuses spreadsheet formulas and leaves non-finite numbers empty', () => {
    const lines = toCsv(TABLE).split('\r\n')
    expect(lines[3]).toBe(`"'=HYPERLINK(""http://evil"")",`)
    expect(cellText(-5)).toBe('-5')
    expect(cellText('-5')).toBe("'-5")
    expect(cellText(Infinity)).toBe('')
    expect(cellText(true)).toBe('true')
  })

  it('infers columns from bare rows in first-seen order', () => {
    expect(
      toCsv([
        { year: 2026, a: 1 },
        { year: 2027, b: 2 },
      ]),
    ).toBe('year,a,b\r\n2026,1,\r\n2027,,2\r\n')
  })
})

describe('toTsv and toHtmlTable', () => {
  it('makes clipboard text with one line per row and no stray tabs', () => {
    const lines = toTsv(TABLE).split('\n')
    expect(lines).toHaveLength(5)
    expect(lines[2]).toBe(`Comma, "quoted" and a new line\t${String(1 / 3)}`)
  })

  it('escapes HTML so a name cannot inject markup', () => {
    const html = toHtmlTable(TABLE, 'A <b>caption</b>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toContain('<script>')
    expect(html).toContain('<caption>A &lt;b&gt;caption&lt;/b&gt;</caption>')
  })
})
