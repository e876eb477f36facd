/**
 * Benchmark results: one JSON file (bench-results.json) and its human view (BENCHMARKS.md) at the
 * repository root, made of sections. Each benchmark script owns one section (`node` for
 * scripts/bench.ts; the browser benchmark adds its own) and merges it in by key, so running one
 * benchmark never erases another's numbers.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, platform, release, arch, totalmem } from 'node:os'

export const BENCH_JSON_PATH = 'bench-results.json'
export const BENCH_MARKDOWN_PATH = 'BENCHMARKS.md'

export interface BenchBudget {
  /** `>=`: the value must be at least the budget (rates); `<=`: at most (times). */
  readonly op: '>=' | '<='
  readonly value: number
}

export interface BenchStats {
  readonly runs: number
  readonly min: number
  readonly median: number
  readonly p95: number
  readonly max: number
}

export interface BenchMetric {
  /** Stable key, e.g. `simulate.reference.per_s`. */
  readonly id: string
  readonly label: string
  readonly value: number
  readonly unit: string
  readonly budget?: BenchBudget
  /** Whether the value meets the budget; absent when there is none (informational). */
  readonly pass?: boolean
  /** How the value was measured, in words. */
  readonly method: string
  readonly stats?: BenchStats
}

export interface BenchSection {
  /** Merge key, e.g. `node` or `browser`. */
  readonly key: string
  readonly title: string
  /** ISO date-time of the run. */
  readonly date: string
  /** Machine and runtime: CPU model, cores, memory, runtime version, platform. */
  readonly environment: Readonly<Record<string, string | number>>
  readonly command: string
  readonly notes?: readonly string[]
  readonly metrics: readonly BenchMetric[]
}

export interface BenchReport {
  readonly schemaVersion: 1
  readonly sections: Readonly<Record<string, BenchSection>>
}

// ------------------------------------------------------------------------------------------------
// Statistics
// ------------------------------------------------------------------------------------------------

/** Median (mean of the two middle values for an even count). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples')
  const s = [...samples].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/** Nearest-rank percentile (q in 0..1): the smallest sample with at least q of them at or below it. */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples')
  const s = [...samples].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil(q * s.length))
  return s[rank - 1]!
}

export function stats(samples: readonly number[]): BenchStats {
  return {
    runs: samples.length,
    min: Math.min(...samples),
    median: median(samples),
    p95: percentile(samples, 0.95),
    max: Math.max(...samples),
  }
}

export function meetsBudget(value: number, budget: BenchBudget): boolean {
  return budget.op === '>=' ? value >= budget.value : value <= budget.value
}

/** A metric with its pass/fail verdict filled in from its budget. */
export function metric(m: Omit<BenchMetric, 'pass'>): BenchMetric {
  return m.budget ? { ...m, pass: meetsBudget(m.value, m.budget) } : m
}

// ------------------------------------------------------------------------------------------------
// Environment
// ------------------------------------------------------------------------------------------------

/** The machine and Node runtime a Node benchmark ran on. */
export function nodeEnvironment(): Record<string, string | number> {
  const cpuList = cpus()
  return {
    cpu: cpuList[0]?.model.trim() ?? 'unknown',
    cores: cpuList.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    runtime: `Node ${process.version}`,
    platform: `${platform()} ${arch()} ${release()}`,
  }
}

// ------------------------------------------------------------------------------------------------
// Merge, read, write
// ------------------------------------------------------------------------------------------------

const EMPTY: BenchReport = { schemaVersion: 1, sections: {} }

/** Replace (or add) one section by its key, keeping the other sections and their order. */
export function mergeSection(report: BenchReport | undefined, section: BenchSection): BenchReport {
  const sections = { ...(report ?? EMPTY).sections, [section.key]: section }
  return { schemaVersion: 1, sections }
}

function isReport(value: unknown): value is BenchReport {
  if (typeof value !== 'object' || value === null) return false
  const r = value as { schemaVersion?: unknown; sections?: unknown }
  return r.schemaVersion === 1 && typeof r.sections === 'object' && r.sections !== null
}

/** The current report, or undefined when there is none yet. Throws on a file it cannot read. */
export function readBenchReport(path = BENCH_JSON_PATH): BenchReport | undefined {
  if (!existsSync(path)) return undefined
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown
  if (!isReport(parsed)) {
    throw new Error(
      `${path} is not a benchmark report (schemaVersion 1); move it away to start afresh`,
    )
  }
  return parsed
}

/** Merge `section` into the JSON report and rewrite the Markdown view from all sections. */
export function writeBenchSection(
  section: BenchSection,
  paths: { readonly json: string; readonly markdown: string } = {
    json: BENCH_JSON_PATH,
    markdown: BENCH_MARKDOWN_PATH,
  },
): BenchReport {
  const report = mergeSection(readBenchReport(paths.json), section)
  writeFileSync(paths.json, `${JSON.stringify(report, null, 2)}\n`)
  writeFileSync(paths.markdown, renderBenchmarksMarkdown(report))
  return report
}

// ------------------------------------------------------------------------------------------------
// Markdown
// ------------------------------------------------------------------------------------------------

/** A number with about three significant figures, thousands separated. */
export function formatValue(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US')
  const a = Math.abs(value)
  if (a >= 1000) return Math.round(value).toLocaleString('en-US')
  if (a >= 100) return value.toFixed(0)
  if (a >= 10) return value.toFixed(1)
  if (a >= 1) return value.toFixed(2)
  return value.toPrecision(3)
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

function verdict(m: BenchMetric): string {
  if (m.pass === undefined) return 'info'
  if (m.pass) return 'pass'
  const budget = m.budget!
  // How far from the budget, as a factor (> 1).
  return budget.op === '>='
    ? `**FAIL** (${(budget.value / m.value).toFixed(2)}× below budget)`
    : `**FAIL** (${(m.value / budget.value).toFixed(2)}× over budget)`
}

function sectionMarkdown(s: BenchSection): string {
  const env = Object.entries(s.environment)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ')
  const rows = s.metrics.map((m) =>
    [
      m.label,
      `${formatValue(m.value)} ${m.unit}`,
      m.budget
        ? `${m.budget.op === '>=' ? '≥' : '≤'} ${formatValue(m.budget.value)} ${m.unit}`
        : '—',
      verdict(m),
      m.method,
    ]
      .map(cell)
      .join(' | '),
  )
  return [
    `## ${s.title} (\`${s.key}\`)`,
    '',
    `Run ${s.date} with \`${s.command}\`. ${env}.`,
    '',
    '| metric | value | budget | result | method |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r} |`),
    ...(s.notes && s.notes.length > 0 ? ['', ...s.notes.map((n) => `- ${n}`)] : []),
  ].join('\n')
}

export function renderBenchmarksMarkdown(report: BenchReport): string {
  const sections = Object.values(report.sections)
  const summary = sections.map((s) => {
    const budgeted = s.metrics.filter((m) => m.pass !== undefined)
    const passed = budgeted.filter((m) => m.pass).length
    return `| ${cell(s.title)} | ${s.date.slice(0, 10)} | ${passed} of ${budgeted.length} budgets met |`
  })
  return [
    '# Benchmarks',
    '',
    'Generated from `bench-results.json` (same numbers, machine-readable); do not edit by hand. Each section is',
    'written by one benchmark script and merged in by its key, so sections can come from different runs and machines:',
    'compare numbers only within a section.',
    '',
    '| section | run | budgets |',
    '| --- | --- | --- |',
    ...summary,
    '',
    ...sections.flatMap((s) => [sectionMarkdown(s), '']),
  ].join('\n')
}
