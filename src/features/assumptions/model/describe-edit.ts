/** An edited assumption in words, for the "edited" list above the key figures. */
import { leverById, type LeverId } from '@/engine/index'
import { formatNumber } from '@/lib/format'
import type { AssumptionEdit } from '@/state/assumption-edits'

import { fieldByKey } from './fields'
import { paramLabel } from './param-labels'

export interface EditDescription {
  readonly label: string
  readonly value: string
}

export function formatValue(value: unknown, unit?: string): string {
  if (typeof value === 'number') {
    if (unit === 'year') return String(value)
    if (unit?.startsWith('$')) {
      const per = unit.slice(1).replace(/^\//, '')
      return `$${formatNumber(value, 4)}${per ? ` per ${per}` : ''}`
    }
    // Below a thousandth the shared formatter's six decimals would round away the figure (2.9 µs
    // read "0.000003"): write it out to its own four significant digits, as the input shows it.
    const text =
      value !== 0 && Math.abs(value) < 1e-3
        ? String(Number(value.toPrecision(4)))
        : formatNumber(value, 4)
    return `${text}${unit && !/[–≥≤]/.test(unit) ? ` ${unit}` : ''}`
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (Array.isArray(value))
    return value.map((v) => (typeof v === 'number' ? formatNumber(v, 4) : String(v))).join(' / ')
  if (typeof value === 'string') return value
  return '—'
}

/** An effect range in words: "2.5× (1.5–3.5×)" for a multiplier, "+0.2 (0.1 to 0.3)" for an addition. */
export function formatRange(value: unknown, op: 'mul' | 'add' | undefined): string {
  if (!Array.isArray(value) || value.length !== 3 || !value.every((v) => typeof v === 'number'))
    return formatValue(value)
  const [low, base, high] = value.map((v) => formatNumber(v, 3))
  return op === 'add' ? `+${base} (${low} to ${high})` : `${base}× (${low}–${high}×)`
}

export function describeEdit(edit: AssumptionEdit): EditDescription {
  const [head, lever, param] = edit.path.split('.')
  if (head === 'leverOverrides' && lever && param) {
    const spec = leverById(lever as LeverId)
    const op = spec?.effects.find((e) => e.param === param)?.op
    return {
      label: `${spec?.name ?? lever}: ${paramLabel(param)}`,
      value: formatRange(edit.value, op),
    }
  }
  const field = fieldByKey(edit.path)
  const section = head === 'hardware' ? 'Accelerator' : head === 'model' ? 'Model' : undefined
  const name = field?.label ?? edit.path
  return {
    label: section ? `${section}: ${name.charAt(0).toLowerCase()}${name.slice(1)}` : name,
    value: formatValue(edit.value, field?.unit),
  }
}
