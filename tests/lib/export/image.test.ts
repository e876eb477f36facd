import { describe, expect, it } from 'vitest'

import {
  EXPORT_IGNORE_ATTRIBUTE,
  escapeXml,
  frameToSvgDocument,
  wrapText,
} from '@/lib/export/image'

describe('wrapText', () => {
  it('wraps words to the estimated width and keeps every word', () => {
    const text =
      'Inference Economics Lab engine: each year applies slider times availability of every lever to the 2026 reference.'
    const lines = wrapText(text, 200, 11)
    expect(lines.length).toBeGreaterThan(2)
    expect(lines.join(' ')).toBe(text)
    for (const line of lines)
      expect(line.length).toBeLessThanOrEqual(Math.floor(200 / (11 * 0.55)) + 20)
  })
})

describe('escapeXml', () => {
  it('escapes markup characters', () => {
    expect(escapeXml('<a href="x">&\'</a>')).toBe(
      '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;',
    )
  })
})

function frame(withSvg: boolean): { frame: HTMLElement; body: HTMLElement } {
  const figure = document.createElement('figure')
  figure.innerHTML = `
    <figcaption class="card-title"><div><h2>Title</h2><p>Scenario line</p></div><div ${EXPORT_IGNORE_ATTRIBUTE}><button>Export</button></div></figcaption>
    <div class="chart-body">${withSvg ? '<svg width="300" height="200"><rect width="10" height="20" fill="var(--cat-1)"/><text>Axis</text></svg>' : '<p>No chart</p>'}</div>`
  document.body.append(figure)
  return { frame: figure, body: figure.querySelector<HTMLElement>('.chart-body')! }
}

describe('frameToSvgDocument', () => {
  it('builds a standalone SVG with the title, scenario line, chart and wrapped sources, all escaped', () => {
    const { frame: figure, body } = frame(true)
    const svg = frameToSvgDocument(figure, body, {
      title: 'Cost <per> token',
      subtitle: 'Llama & H100',
      sources: 'MLPerf; engine',
    })
    expect(svg).toBeDefined()
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
    expect(doc.querySelector('parsererror')).toBeNull()
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent)
    expect(texts).toContain('Cost <per> token')
    expect(texts).toContain('Llama & H100')
    expect(texts.some((t) => t?.startsWith('Sources: MLPerf'))).toBe(true)
    expect(doc.querySelector('title')?.textContent).toBe('Cost <per> token')
    // The chart's own SVG is nested, positioned, and keeps its shapes.
    expect(doc.querySelectorAll('svg svg rect')).toHaveLength(1)
    expect(svg).not.toContain('Export')
    figure.remove()
  })

  it('draws a frame without an SVG chart (a table) as real SVG text, never HTML in foreignObject', () => {
    const { frame: figure, body } = frame(false)
    const svg = frameToSvgDocument(figure, body, { title: 'A table panel', footer: ['App 1.0'] })
    expect(svg).not.toContain('foreignObject')
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent)
    expect(texts).toContain('A table panel')
    expect(texts).toContain('App 1.0')
    figure.remove()
  })
})

describe('wrapText with a long word', () => {
  it('cuts a word longer than a line (a share link) into pieces that keep every character', () => {
    const link = `https://example.org/#s=${'A'.repeat(300)}`
    const lines = wrapText(`Reopen: ${link}`, 200, 11)
    expect(lines.length).toBeGreaterThan(2)
    expect(lines.join('').replace('Reopen:', 'Reopen: ')).toBe(`Reopen: ${link}`)
    for (const line of lines) expect(line.length * 11 * 0.55).toBeLessThanOrEqual(200)
  })
})
