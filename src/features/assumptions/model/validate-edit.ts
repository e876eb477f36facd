/**
 * Checking an edit as it is typed: the engine's own checks, only the problems the edit introduces,
 * worded for the fields on screen ("Memory bandwidth must be above 0 TB/s", not the engine's
 * `hardware.memoryBandwidthTBps`).
 */
import { resolveScenario, type ScenarioInput } from '@/engine/index'
import { wordedIssue } from '@/lib/field-message'

import { assumptionFieldWords } from './fields'

export type EditCheck =
  { readonly ok: true } | { readonly ok: false; readonly messages: readonly string[] }

export function checkEdit(current: ScenarioInput, candidate: ScenarioInput): EditCheck {
  const after = resolveScenario(candidate)
  if (after.ok) return { ok: true }
  const before = resolveScenario(current)
  const known = new Set(before.ok ? [] : before.issues.map((i) => i.message))
  const introduced = after.issues
    .filter((i) => !known.has(i.message))
    .map((i) => wordedIssue(i, assumptionFieldWords).message)
  return introduced.length === 0 ? { ok: true } : { ok: false, messages: introduced }
}

/** A typed number, or why it is not one. Empty text means "back to the default". */
export function parseNumber(
  text: string,
  integer: boolean,
): { value: number | undefined } | { error: string } {
  const trimmed = text.trim().replace(/,/g, '')
  if (trimmed === '') return { value: undefined }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed))
    return { error: `“${text.trim()}” is not a number` }
  const value = Number(trimmed)
  if (!Number.isFinite(value)) return { error: `“${text.trim()}” is not a finite number` }
  if (integer && !Number.isInteger(value)) return { error: `must be a whole number (got ${value})` }
  return { value }
}
