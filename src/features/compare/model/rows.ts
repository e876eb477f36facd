/** Compare rows: one per selected scenario, its figures and its ratio to the reference row. */
import { LEVERS, presetById } from '@/engine/index'
import type { ExportColumn, ExportRow } from '@/lib/export/table-data'
import {
  CURRENT_SCENARIO_ID,
  REFERENCE_SCENARIO_ID,
  type CompareOutcome,
} from '@/state/compare-slice'
import type { SavedScenario } from '@/state/library-slice'

import { metricById, type MetricSpec } from './metrics'

export const PRESET_PREFIX = 'preset:'

export interface CompareRow {
  readonly id: string
  readonly name: string
  /** The scenario in one line (model, hardware, year…), or why it could not run. */
  readonly detail: string
  readonly isReference: boolean
  /** Metric id → value; missing when the scenario could not run. */
  readonly values: Readonly<Record<string, number | undefined>>
  /** Metric id → value ÷ the reference row's value. */
  readonly ratios: Readonly<Record<string, number | undefined>>
  readonly issues: readonly string[]
  /** Colour slot (1–8) for the trajectory overlay. */
  readonly colorIndex: number
}

export interface NameContext {
  readonly saved: readonly SavedScenario[]
  readonly activeName: string | undefined
}

export function compareName(id: string, ctx: NameContext): string {
  if (id === CURRENT_SCENARIO_ID)
    return ctx.activeName ? `Current: ${ctx.activeName}` : 'Current scenario'
  if (id === REFERENCE_SCENARIO_ID) return '2026 reference (no levers)'
  if (id.startsWith(PRESET_PREFIX)) {
    const preset = presetById(id.slice(PRESET_PREFIX.length))
    return preset ? `Current + ${preset.name}` : id
  }
  return ctx.saved.find((s) => s.id === id)?.name ?? 'Deleted scenario'
}

/**
 * The levers a compared scenario has on, by name with their adoption: two rows on the same model
 * and hardware differ by these, and the row had not said so.
 */
export function leverWords(levers: Readonly<Record<string, number>>): string {
  const on = LEVERS.filter((l) => (levers[l.id] ?? 0) > 0)
  if (on.length === 0) return 'no levers'
  if (on.length === LEVERS.length && on.every((l) => levers[l.id] === 1))
    return 'every lever at 100 %'
  return on.map((l) => `${l.name} ${Math.round((levers[l.id] ?? 0) * 100)} %`).join(', ')
}

function detailOf(outcome: CompareOutcome | undefined): string {
  if (!outcome) return 'computing…'
  if (!outcome.ok) return 'cannot run'
  const s = outcome.result.scenario
  return `${s.modelName} on ${s.accelerators}× ${s.hardwareName} · ${s.inputTokens.toLocaleString('en-US')} in / ${s.outputTokens.toLocaleString('en-US')} out · ${s.year} · ${s.assumptions === 'evidence' ? 'Evidence' : 'Article'} effects · energy at the ${outcome.result.energyPerToken.boundary} boundary · ${leverWords(outcome.levers)}`
}

export function compareRows(
  selection: readonly string[],
  referenceId: string,
  outcomes: Readonly<Record<string, CompareOutcome>>,
  metrics: readonly MetricSpec[],
  ctx: NameContext,
): CompareRow[] {
  const valuesOf = (id: string): Record<string, number | undefined> => {
    const outcome = outcomes[id]
    const values: Record<string, number | undefined> = {}
    for (const m of metrics) values[m.id] = outcome?.ok ? m.value(outcome) : undefined
    return values
  }
  const reference = valuesOf(referenceId)
  return selection.map((id, i) => {
    const values = valuesOf(id)
    const ratios: Record<string, number | undefined> = {}
    for (const m of metrics) {
      const v = values[m.id]
      const r = reference[m.id]
      ratios[m.id] = v !== undefined && r !== undefined && r !== 0 ? v / r : undefined
    }
    const outcome = outcomes[id]
    return {
      id,
      name: compareName(id, ctx),
      detail: detailOf(outcome),
      isReference: id === referenceId,
      values,
      ratios,
      issues: outcome && !outcome.ok ? outcome.issues.map((x) => x.message) : [],
      colorIndex: (i % 8) + 1,
    }
  })
}

/** The table as export data: names, every shown figure with its unit, and its ratio to the reference. */
export function compareExport(
  rows: readonly CompareRow[],
  metricIds: readonly string[],
  referenceName: string,
): { columns: ExportColumn[]; rows: ExportRow[] } {
  const metrics = metricIds.map(metricById).filter((m): m is MetricSpec => m !== undefined)
  const columns: ExportColumn[] = [
    { key: 'scenario', label: 'Scenario' },
    { key: 'detail', label: 'Details' },
    ...metrics.flatMap((m) => [
      // Energy is counted at each scenario's own boundary (chip, node or facility: about twofold
      // apart); the file says so beside the unit, the screen in each row's details.
      {
        key: m.id,
        label: m.label,
        unit: m.unit.startsWith('J ') ? `${m.unit}, at the boundary in Details` : m.unit,
      },
      { key: `${m.id}_ratio`, label: `${m.label} ÷ ${referenceName}`, unit: '×' },
    ]),
  ]
  return {
    columns,
    rows: rows.map((row) => {
      const out: Record<string, string | number | undefined> = {
        scenario: row.name,
        detail: row.issues.length ? `cannot run: ${row.issues.join('; ')}` : row.detail,
      }
      for (const m of metrics) {
        out[m.id] = row.values[m.id]
        out[`${m.id}_ratio`] = row.ratios[m.id]
      }
      return out
    }),
  }
}
