import { describe, expect, it } from 'vitest'

import {
  csvPreamble,
  imageFooter,
  provenanceEntries,
  type ExportProvenance,
} from '@/lib/export/provenance'

const PROVENANCE: ExportProvenance = {
  app: 'Inference Economics Lab',
  appVersion: '9.9.9',
  exportedAt: '2026-12-05T08:00:00.000Z',
  assumptionSet: 'evidence',
  levers: { hbm: 0.5, fp4: 0 },
  model: 'Llama 3.3 70B',
  hardware: '8× NVIDIA H100 SXM',
  workload: '1000 input / 200 output tokens per request',
  year: 2027,
  accuracy: '±29 % (Same regime: median error 29 % over 18 validation cases)',
  shareLink: 'https://example.test/#s=abc',
}

describe('export provenance carries the error band (issue 14 item 6)', () => {
  it('lists accuracy among the entries every format writes', () => {
    expect(provenanceEntries(PROVENANCE)).toContainEqual([
      'accuracy',
      '±29 % (Same regime: median error 29 % over 18 validation cases)',
    ])
  })

  it('writes it as a CSV preamble line', () => {
    expect(csvPreamble(PROVENANCE)).toContain(
      '# accuracy: ±29 % (Same regime: median error 29 % over 18 validation cases)\r\n',
    )
  })

  it('writes it in the image footer', () => {
    expect(imageFooter(PROVENANCE)).toContain(
      'Accuracy: ±29 % (Same regime: median error 29 % over 18 validation cases)',
    )
  })
})
