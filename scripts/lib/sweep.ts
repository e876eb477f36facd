/**
 * Parameter sweeps for the CLI: `{ "base": <scenario>, "grid": { "<dotted.field.path>": [values…] } }`
 * evaluates the Cartesian product of the grid's lists on top of the base scenario, one row per point.
 * The last grid field varies fastest. A point that is invalid or does not fit becomes a row with an
 * error message; a sweep file whose base or grid is itself invalid is rejected (exit 1) naming the
 * field.
 */
import { resolveScenario, simulate, type SimulationResult } from '../../src/engine/index'

import { csvRow } from './csv'
import { CliError } from './read-input'
import { baseKeyOf, isScenarioField, scenarioJsonSchema } from './scenario-json-schema'

/** The most points one sweep may evaluate (~50 µs each: about five seconds). */
export const MAX_SWEEP_POINTS = 100_000

/** Metric columns after the grid fields; units are in the names. */
export const SWEEP_METRIC_COLUMNS = [
  'cost_usd_per_m_output',
  'cost_usd_per_m_input',
  'cost_usd_per_m_blended',
  'energy_j_per_output_token',
  'output_tokens_per_s_per_accelerator',
  'ttft_s',
  'tpot_s',
  'batch_size',
  'prefill_bound',
  'decode_bound',
  'feasible',
  'warnings',
  'error',
  // Added 2026-12-07, after the columns a reader may take by position.
  'energy_boundary',
  'accuracy_relative_error',
  'energy_accuracy_relative_error',
] as const

export type SweepMetricColumn = (typeof SWEEP_METRIC_COLUMNS)[number]
export type SweepMetrics = Readonly<Record<SweepMetricColumn, number | string | boolean | null>>

export interface SweepField {
  readonly path: string
  readonly values: readonly unknown[]
}

export interface SweepSpec {
  readonly base: Readonly<Record<string, unknown>>
  /** In the order of the grid object's keys (the column order). */
  readonly fields: readonly SweepField[]
  readonly points: number
}

export interface SweepRow {
  /** Grid path → the value at this point. */
  readonly point: Readonly<Record<string, unknown>>
  readonly metrics: SweepMetrics
}

type JsonObject = Record<string, unknown>

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const describeCount = (n: number): string => n.toLocaleString('en-US')

/** Check a parsed sweep file; throws CliError (exit 1) naming the offending field. */
export function parseSweep(doc: unknown): SweepSpec {
  if (!isPlainObject(doc)) {
    throw new CliError(
      'a sweep file must be a JSON object: { "base": {…}, "grid": { "<field>": [values…] } }',
    )
  }
  const unknown = Object.keys(doc).filter((key) => key !== 'base' && key !== 'grid')
  if (unknown.length > 0) {
    throw new CliError(
      `${unknown.map((k) => `"${k}"`).join(', ')} is not a sweep field: a sweep file has "base" and "grid"`,
    )
  }
  const base = doc.base ?? {}
  if (!isPlainObject(base)) throw new CliError('base must be a scenario object')
  const resolved = resolveScenario(base)
  if (!resolved.ok) {
    throw new CliError(resolved.issues.map((i) => `base.${i.path}: ${i.message}`).join('\n'))
  }
  const grid = doc.grid
  if (grid === undefined) {
    throw new CliError(
      'grid is missing: give { "<field>": [values…] }, e.g. { "hardware": ["h100-sxm", "b200"] }',
    )
  }
  if (!isPlainObject(grid)) throw new CliError('grid must be an object of { "<field>": [values…] }')
  const schema = scenarioJsonSchema()
  const fields: SweepField[] = []
  for (const [path, values] of Object.entries(grid)) {
    if (!isScenarioField(schema, path)) {
      throw new CliError(
        `grid.${path}: "${path}" is not a scenario field (see docs/scenario.schema.json)`,
      )
    }
    if (!Array.isArray(values) || values.length === 0) {
      throw new CliError(`grid.${path} must be a non-empty list of values`)
    }
    fields.push({ path, values: values as unknown[] })
  }
  const points = fields.reduce((product, f) => product * f.values.length, 1)
  if (points > MAX_SWEEP_POINTS) {
    throw new CliError(
      `the grid has ${describeCount(points)} points (${fields.map((f) => f.values.length).join(' × ')}); ` +
        `the limit is ${describeCount(MAX_SWEEP_POINTS)}: shorten some lists or split the sweep`,
    )
  }
  return { base, fields, points }
}

/** Write `value` at a dotted path, turning a catalogue id on the way into `{ base: id }`. */
function setPath(target: JsonObject, path: string, value: unknown): void {
  const keys = path.split('.')
  let node = target
  keys.slice(0, -1).forEach((key, depth) => {
    const child = node[key]
    if (isPlainObject(child)) {
      node = child
      return
    }
    const baseKey = depth === 0 ? baseKeyOf(key) : undefined
    const next: JsonObject = typeof child === 'string' && baseKey ? { [baseKey]: child } : {}
    node[key] = next
    node = next
  })
  node[keys[keys.length - 1]!] = structuredClone(value)
}

/** The scenario input of point `index` (mixed radix over the grid; the last field varies fastest). */
export function pointInput(
  spec: SweepSpec,
  index: number,
): { input: JsonObject; point: JsonObject } {
  const point: JsonObject = {}
  let rest = index
  for (let f = spec.fields.length - 1; f >= 0; f--) {
    const field = spec.fields[f]!
    point[field.path] = field.values[rest % field.values.length]
    rest = Math.floor(rest / field.values.length)
  }
  const input = structuredClone(spec.base) as JsonObject
  // Shallow paths first, so `hardware` then `hardware.memoryGB` refines the chosen hardware.
  const byDepth = [...spec.fields].sort(
    (a, b) => a.path.split('.').length - b.path.split('.').length,
  )
  for (const field of byDepth) setPath(input, field.path, point[field.path])
  const ordered: JsonObject = {}
  for (const field of spec.fields) ordered[field.path] = point[field.path]
  return { input, point: ordered }
}

const EMPTY_METRICS: Omit<SweepMetrics, 'feasible' | 'warnings' | 'error'> = {
  cost_usd_per_m_output: null,
  cost_usd_per_m_input: null,
  cost_usd_per_m_blended: null,
  energy_j_per_output_token: null,
  energy_boundary: null,
  output_tokens_per_s_per_accelerator: null,
  ttft_s: null,
  tpot_s: null,
  batch_size: null,
  prefill_bound: null,
  decode_bound: null,
  accuracy_relative_error: null,
  energy_accuracy_relative_error: null,
}

/** The warnings column: every row has one, "none" when the point raised none. */
function warningsText(warnings: readonly string[]): string {
  return warnings.length > 0 ? warnings.join('; ') : 'none'
}

function metricsOf(r: SimulationResult): SweepMetrics {
  return {
    cost_usd_per_m_output: r.costPerMillionTokens.output,
    cost_usd_per_m_input: r.costPerMillionTokens.input,
    cost_usd_per_m_blended: r.costPerMillionTokens.blended,
    energy_j_per_output_token: r.energyPerToken.joules,
    energy_boundary: r.energyPerToken.boundary,
    output_tokens_per_s_per_accelerator: r.throughput.outputTokensPerSecondPerAccelerator,
    ttft_s: r.latency.ttftSeconds,
    tpot_s: r.latency.tpotSeconds,
    batch_size: r.batchSize,
    prefill_bound: r.prefill.bound,
    decode_bound: r.decode.bound,
    // How far to trust the row (issue 14 item 6): the validation median error of the nearest
    // measured regime, as every result carries it.
    accuracy_relative_error: r.accuracy.relativeError,
    energy_accuracy_relative_error: r.accuracy.energyRelativeError,
    feasible: true,
    warnings: warningsText(r.warnings),
    error: null,
  }
}

/**
 * Issue paths of a result that ran but misses a target: it still names the nearest feasible point
 * (any other issue means it could not run).
 */
export const TARGET_PATHS = new Set([
  'workload.minOutputTokensPerSecondPerUser',
  'workload.maxTtftSeconds',
])

/**
 * Evaluate one point: metrics; an error row where it is invalid or does not fit (feasible false, no
 * figures); the nearest point's figures with feasible false where it misses a target.
 */
export function evaluatePoint(input: unknown): SweepMetrics {
  const resolved = resolveScenario(input)
  if (!resolved.ok) {
    const error = resolved.issues.map((i) => `${i.path}: ${i.message}`).join('; ')
    return { ...EMPTY_METRICS, feasible: false, warnings: 'none', error }
  }
  const result = simulate(resolved.scenario, resolved.warnings)
  if (!result.feasible) {
    const error = result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')
    // A point that runs but misses a speed or first-token target keeps the figures of the nearest
    // point the issue names, as a single scenario's result does (cli.ts); one that cannot run has none.
    if (result.issues.length > 0 && result.issues.every((i) => TARGET_PATHS.has(i.path)))
      return { ...metricsOf(result), feasible: false, error }
    return { ...EMPTY_METRICS, feasible: false, warnings: warningsText(result.warnings), error }
  }
  return metricsOf(result)
}

/** Every point of the sweep, in order. */
export function* sweepRows(spec: SweepSpec): Generator<SweepRow> {
  for (let i = 0; i < spec.points; i++) {
    const { input, point } = pointInput(spec, i)
    yield { point, metrics: evaluatePoint(input) }
  }
}

/** The CSV header: the grid fields, then the metric columns. */
export function sweepCsvHeader(spec: SweepSpec): string {
  return csvRow([...spec.fields.map((f) => f.path), ...SWEEP_METRIC_COLUMNS])
}

export function sweepCsvLine(spec: SweepSpec, row: SweepRow): string {
  return csvRow([
    ...spec.fields.map((f) => row.point[f.path]),
    ...SWEEP_METRIC_COLUMNS.map((c) => row.metrics[c]),
  ])
}

/** A JSON row: the grid fields and the metric columns as one flat object. */
export function sweepJsonRow(row: SweepRow): Record<string, unknown> {
  return { ...row.point, ...row.metrics }
}
