import { describe, expect, it } from 'vitest'

import { ACCELERATORS, MODELS, WORKLOADS } from '@/engine/index'
import { modelGeometry } from '@/engine/physics/model-size'

/** Every numeric leaf of an entry, as dotted paths (sources excluded). */
function numericPaths(entry: object, prefix = ''): string[] {
  return Object.entries(entry).flatMap(([key, value]) => {
    if (key === 'sources') return []
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'number') return [path]
    if (value && typeof value === 'object') return numericPaths(value as object, path)
    return []
  })
}

describe('catalogue provenance', () => {
  const entries = [...ACCELERATORS, ...MODELS, ...WORKLOADS]
  it.each(entries.map((e) => [e.id, e] as const))(
    '%s cites a source and grade for every number',
    (_id, entry) => {
      for (const path of numericPaths(entry)) {
        const citation = entry.sources[path]
        expect(citation, `${entry.id}.${path} has no source`).toBeDefined()
        expect(citation?.source.length, `${entry.id}.${path} has an empty source`).toBeGreaterThan(
          5,
        )
        expect(['H', 'M', 'L']).toContain(citation?.grade)
      }
    },
  )

  it('marks Rubin as projected', () => {
    expect(ACCELERATORS.find((a) => a.id === 'rubin')?.projected).toBe(true)
  })

  it('has unique ids', () => {
    const ids = entries.map((e) => `${e.id}`)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('derived parameter counts match the published totals', () => {
  it.each(MODELS.map((m) => [m.id, m] as const))('%s', (_id, model) => {
    const g = modelGeometry(model)
    const total = g.totalParams / 1e9
    expect(
      Math.abs(total - model.publishedTotalParamsB) / model.publishedTotalParamsB,
    ).toBeLessThan(0.03)
    // Active counts differ by convention for embeddings (gpt-oss excludes them), so allow 12 %.
    const active = g.activeParams / 1e9
    expect(
      Math.abs(active - model.publishedActiveParamsB) / model.publishedActiveParamsB,
    ).toBeLessThan(0.12)
  })
})
