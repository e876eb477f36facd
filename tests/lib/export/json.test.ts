import { describe, expect, it } from 'vitest'

import { EXPORT_JSON_VERSION, toJsonDocument } from '@/lib/export/json'

describe('toJsonDocument', () => {
  it('carries title, scenario line, sources, units and rows; non-finite numbers become null', () => {
    const doc = JSON.parse(
      toJsonDocument(
        {
          columns: [
            { key: 'year', label: 'Year' },
            { key: 'cost', label: 'Cost', unit: '$/M tokens' },
          ],
          rows: [
            { year: 2026, cost: 1.5 },
            { year: 2027, cost: Infinity },
          ],
        },
        {
          title: 'Cost',
          subtitle: 'Llama 3.3 70B on H100',
          sources: 'engine',
          exportedAt: '2026-03-02T09:30:00.000Z',
        },
      ),
    ) as Record<string, unknown>
    expect(doc).toEqual({
      schemaVersion: EXPORT_JSON_VERSION,
      title: 'Cost',
      subtitle: 'Llama 3.3 70B on H100',
      sources: 'engine',
      exportedAt: '2026-03-02T09:30:00.000Z',
      columns: [
        { key: 'year', label: 'Year' },
        { key: 'cost', label: 'Cost', unit: '$/M tokens' },
      ],
      rows: [
        { year: 2026, cost: 1.5 },
        { year: 2027, cost: null },
      ],
    })
  })
})
