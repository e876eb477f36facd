import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import {
  median,
  meetsBudget,
  mergeSection,
  metric,
  percentile,
  readBenchReport,
  renderBenchmarksMarkdown,
  writeBenchSection,
  type BenchReport,
  type BenchSection,
} from '../../scripts/lib/bench-report'

const dir = mkdtempSync(join(tmpdir(), 'iel-bench-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function section(key: string, value: number, title = `Section ${key}`): BenchSection {
  return {
    key,
    title,
    date: '2026-11-27T12:00:00.000Z',
    environment: { cpu: 'Test CPU', cores: 2 },
    command: 'npm run bench',
    metrics: [
      metric({
        id: `${key}.rate`,
        label: 'evaluations',
        value,
        unit: '/s',
        budget: { op: '>=', value: 100_000 },
        method: 'a loop',
      }),
      metric({
        id: `${key}.info`,
        label: 'informational',
        value: 3.14159,
        unit: 'ms',
        method: 'timed',
      }),
    ],
  }
}

describe('statistics', () => {
  it('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(() => median([])).toThrow()
  })

  it('nearest-rank percentile', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => 20 - i) // 20 … 1, unsorted on purpose
    expect(percentile(twenty, 0.95)).toBe(19)
    expect(percentile(twenty, 1)).toBe(20)
    expect(percentile(twenty, 0)).toBe(1)
    expect(percentile([...twenty, 21], 0.95)).toBe(20)
  })

  it('budgets: at least for rates, at most for times', () => {
    expect(meetsBudget(120_000, { op: '>=', value: 100_000 })).toBe(true)
    expect(meetsBudget(90_000, { op: '>=', value: 100_000 })).toBe(false)
    expect(meetsBudget(120, { op: '<=', value: 100 })).toBe(false)
    expect(meetsBudget(100, { op: '<=', value: 100 })).toBe(true)
    expect(section('x', 90_000).metrics[0]!.pass).toBe(false)
    expect(section('x', 90_000).metrics[1]!.pass).toBeUndefined()
  })
})

describe('merging sections by key', () => {
  it('replaces a section with the same key and keeps the others in order', () => {
    let report: BenchReport | undefined
    report = mergeSection(report, section('node', 1))
    report = mergeSection(report, section('browser', 2))
    report = mergeSection(report, section('node', 3))
    expect(Object.keys(report.sections)).toEqual(['node', 'browser'])
    expect(report.sections.node!.metrics[0]!.value).toBe(3)
    expect(report.sections.browser!.metrics[0]!.value).toBe(2)
  })

  it('writes the JSON and re-renders the Markdown from every section', () => {
    const paths = { json: join(dir, 'bench-results.json'), markdown: join(dir, 'BENCHMARKS.md') }
    writeBenchSection(section('node', 150_000, 'Engine in Node'), paths)
    writeBenchSection(section('browser', 80_000, 'Engine in the browser'), paths)
    writeBenchSection(section('node', 160_000, 'Engine in Node'), paths)
    const json = JSON.parse(readFileSync(paths.json, 'utf8')) as BenchReport
    expect(Object.keys(json.sections)).toEqual(['node', 'browser'])
    expect(json.sections.node!.metrics[0]!.value).toBe(160_000)
    expect(readBenchReport(paths.json)).toEqual(json)
    const md = readFileSync(paths.markdown, 'utf8')
    expect(md).toBe(renderBenchmarksMarkdown(json))
    expect(md).toContain('## Engine in Node (`node`)')
    expect(md).toContain('## Engine in the browser (`browser`)')
    expect(md).toContain('| evaluations | 160,000 /s | ≥ 100,000 /s | pass |')
    // 80,000/s against a 100,000/s floor is 1.25× short.
    expect(md).toContain('**FAIL** (1.25× below budget)')
    expect(md).toContain('| informational | 3.14 ms | — | info |')
    const slow = metric({
      id: 'slow',
      label: 'recompute',
      value: 120,
      unit: 'ms',
      budget: { op: '<=', value: 100 },
      method: 'timed',
    })
    const timed = writeBenchSection({ ...section('timing', 1), metrics: [slow] }, paths)
    expect(Object.keys(timed.sections)).toEqual(['node', 'browser', 'timing'])
    expect(readFileSync(paths.markdown, 'utf8')).toContain(
      '| recompute | 120 ms | ≤ 100 ms | **FAIL** (1.20× over budget) |',
    )
  })

  it('refuses to overwrite a file that is not a benchmark report', () => {
    const path = join(dir, 'other.json')
    writeFileSync(path, JSON.stringify({ hello: 'world' }))
    expect(() => readBenchReport(path)).toThrow(/not a benchmark report/)
    expect(readBenchReport(join(dir, 'missing.json'))).toBeUndefined()
  })
})
