/**
 * Checking an edit as it is typed: the engine's own checks, in the worker, through the port the app
 * provides (components/ui/scenario-check), only the problems the edit introduces, worded for the
 * fields on screen ("Memory bandwidth must be above 0 TB/s", not `hardware.memoryBandwidthTBps`).
 */
import type { ScenarioCheck } from '@/components/ui/scenario-check'
import type { ScenarioInput } from '@/engine/index'
import { wordedIssue } from '@/lib/field-message'

import { assumptionFieldWords } from './fields'

export type EditCheck =
  { readonly ok: true } | { readonly ok: false; readonly messages: readonly string[] }

/**
 * Whether `candidate` may replace `current`: refused only for issues `current` does not already
 * have (an edit is never blocked by a problem elsewhere). Undefined when no answer came (the engine
 * failed): the caller does nothing.
 */
export async function checkEdit(
  current: ScenarioInput,
  candidate: ScenarioInput,
  check: ScenarioCheck,
): Promise<EditCheck | undefined> {
  const after = await check(candidate)
  if (after === undefined) return undefined
  if (after.length === 0) return { ok: true }
  // Only when the edit has issues: which of them the scenario had already.
  const before = await check(current)
  if (before === undefined) return undefined
  const known = new Set(before.map((i) => i.message))
  const introduced = after
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
