import { afterEach, describe, expect, it, vi } from 'vitest'

import { downloadText, fileName } from '@/lib/export/download'

describe('fileName', () => {
  it('turns a title into a safe file name', () => {
    expect(fileName('Cost per million output tokens, 2026–2030', 'png')).toBe(
      'cost-per-million-output-tokens-2026-2030.png',
    )
    expect(fileName('Énergie / token: "éco"', 'csv')).toBe('energie-token-eco.csv')
    expect(fileName('***', 'json')).toBe('export.json')
    expect(fileName('x'.repeat(200), 'svg')).toHaveLength(84)
  })
})

describe('downloadText', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('clicks a temporary download link with the name and a blob URL', () => {
    const created = vi.fn(() => 'blob:test')
    Object.defineProperty(URL, 'createObjectURL', { value: created, configurable: true })
    Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true })
    const clicks: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this)
    })
    downloadText('a,b', 'data.csv', 'text/csv')
    expect(created).toHaveBeenCalledTimes(1)
    expect(clicks).toHaveLength(1)
    expect(clicks[0]?.download).toBe('data.csv')
    expect(clicks[0]?.href).toBe('blob:test')
    expect(document.querySelector('a[download]')).toBeNull()
  })
})
