/**
 * What an analyst edits in the economics views, as one serialisable JSON object (saved with a
 * scenario), its defaults (built from the sourced catalogues) and its validation. Problems come back as
 * issues that name the field and the value, never as exceptions.
 */

import { acceleratorById } from '../catalog/accelerators'
import { modelById } from '../catalog/models'
import { FIRST_YEAR, LAST_YEAR } from '../constants'
import { numberFormatSchema } from '../scenario-schema'
import { z } from '../zod'

import {
  FLEET_DEFAULTS,
  HORIZON_DEFAULTS,
  MATURE_NODE_DEFAULTS,
  SERVING_DEFAULTS,
  SITE_DEFAULTS,
} from './defaults'
import { LEADING_HARDWARE_IDS, MATURE_HARDWARE_IDS } from './mature-hardware'
import { DEFAULT_TARGET_GROSS_MARGIN, USE_CASES, inputOfUseCase } from './use-cases'

export const ECONOMICS_SCHEMA_VERSION = 1

const year = z.number().int().min(FIRST_YEAR).max(LAST_YEAR)

const useCaseSchema = z.strictObject({
  id: z.string().min(1).max(40),
  name: z.string().min(1).max(80),
  task: z.string().max(120),
  model: z
    .string()
    .refine((id) => modelById(id) !== undefined, { message: 'is not a model in the catalogue' }),
  inputTokensPerCall: z.number().int().min(1).max(2_000_000),
  outputTokensPerCall: z.number().int().min(1).max(500_000),
  reasoningTokensPerCall: z.number().int().min(0).max(500_000),
  callsPerTask: z.number().positive().max(1000),
  prefixCacheHitRate: z.number().min(0).max(0.99),
  minOutputTokensPerSecondPerUser: z.number().min(0).max(10_000),
  tasksPerUserPerMonth: z.number().min(0).max(1_000_000),
  priceUsdPerTask: z.number().positive().max(1_000_000),
  priceBasis: z.string().max(80),
})

const poolSchema = z.strictObject({
  hardware: z.union([
    z.literal('scenario'),
    z.string().refine((id) => acceleratorById(id) !== undefined, {
      message: 'is not an accelerator in the catalogue',
    }),
  ]),
  accelerators: z.union([z.literal('auto'), z.number().int().min(1).max(100_000)]),
  precision: z.union([z.literal('scenario'), numberFormatSchema]),
})

export const economicsInputsSchema = z.strictObject({
  schemaVersion: z.literal(ECONOMICS_SCHEMA_VERSION),
  useCases: z.array(useCaseSchema).min(1).max(20),
  /** 'typical': each use case on its own model; 'scenario': every use case on the scenario's model. */
  useCaseModel: z.enum(['typical', 'scenario']),
  targetGrossMargin: z.number().min(0).max(0.95),
  fleet: z.strictObject({
    tokensPerDay2026: z.number().positive().max(1e19),
    growthPerYear: z.number().min(0.1).max(20),
  }),
  site: z.strictObject({
    megawatts: z.number().positive().max(100_000),
    year,
    /** Output token price, USD per million. */
    tokenPriceUsdPerMillion: z.number().min(0).max(10_000),
    /** Input (prompt) token price, USD per million; absent in files saved before it existed = the output price. */
    inputTokenPriceUsdPerMillion: z.number().min(0).max(10_000).optional(),
  }),
  serving: z.strictObject({ prefill: poolSchema, decode: poolSchema }),
  matureNode: z.strictObject({
    mature: z.enum(MATURE_HARDWARE_IDS),
    leading: z.enum(LEADING_HARDWARE_IDS),
    year,
  }),
  horizon: z.strictObject({
    showSpeculative: z.boolean(),
    cmosRateRetained: z.number().min(0).max(1),
  }),
})

export type EconomicsInputs = z.infer<typeof economicsInputsSchema>
export type ServingPoolInput = EconomicsInputs['serving']['prefill']

export interface EconomicsIssue {
  /** Dotted path of the field, e.g. `useCases.0.priceUsdPerTask`. */
  readonly path: string
  readonly message: string
}

/** The defaults: every use case from the catalogue, every setting from defaults.ts. */
export function defaultEconomicsInputs(): EconomicsInputs {
  return {
    schemaVersion: ECONOMICS_SCHEMA_VERSION,
    useCases: USE_CASES.map(inputOfUseCase),
    useCaseModel: 'typical',
    targetGrossMargin: DEFAULT_TARGET_GROSS_MARGIN,
    fleet: { ...FLEET_DEFAULTS },
    site: { ...SITE_DEFAULTS },
    serving: { prefill: { ...SERVING_DEFAULTS.prefill }, decode: { ...SERVING_DEFAULTS.decode } },
    matureNode: { ...MATURE_NODE_DEFAULTS },
    horizon: { ...HORIZON_DEFAULTS },
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value)
  return Array.isArray(value) ? 'a list' : 'an object'
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = input
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<PropertyKey, unknown>)[key]
  }
  return node
}

/** A field's label for messages: the use case's name instead of its index where there is one. */
function fieldLabel(input: unknown, path: readonly PropertyKey[]): string {
  if (path[0] === 'useCases' && typeof path[1] === 'number') {
    const name = valueAt(input, ['useCases', path[1], 'name'])
    const rest = path.slice(2).map(String).join('.')
    return `${typeof name === 'string' && name ? name : `use case ${path[1] + 1}`}: ${rest || 'entry'}`
  }
  return path.map(String).join('.') || '(economics inputs)'
}

interface IssueLike {
  readonly code: string
  readonly path: readonly PropertyKey[]
  readonly message: string
  readonly minimum?: unknown
  readonly maximum?: unknown
  readonly inclusive?: boolean
  readonly values?: readonly unknown[]
  readonly keys?: readonly string[]
}

function issueText(issue: IssueLike, input: unknown): string {
  const label = fieldLabel(input, issue.path)
  const got = describeValue(valueAt(input, issue.path))
  switch (issue.code) {
    case 'too_small':
      return `${label} must be ${issue.inclusive === false ? 'greater than' : 'at least'} ${String(issue.minimum)} (got ${got})`
    case 'too_big':
      return `${label} must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)} (got ${got})`
    case 'invalid_value':
      return `${label} must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')} (got ${got})`
    case 'invalid_type':
      return `${label} must be ${got === 'nothing' ? 'given' : 'a valid value'} (got ${got})`
    case 'unrecognized_keys':
      return `${label}: ${(issue.keys ?? []).join(', ')} is not an economics field`
    default:
      return `${label} ${issue.message} (got ${got})`
  }
}

export type EconomicsInputsOutcome =
  | { readonly ok: true; readonly inputs: EconomicsInputs }
  | { readonly ok: false; readonly issues: readonly EconomicsIssue[] }

/** Validate economics inputs. Never throws on bad input. */
export function validateEconomicsInputs(raw: unknown): EconomicsInputsOutcome {
  const parsed = economicsInputsSchema.safeParse(raw)
  if (parsed.success) {
    const duplicate = parsed.data.useCases.find(
      (u, i, all) => all.findIndex((v) => v.id === u.id) !== i,
    )
    if (duplicate)
      return {
        ok: false,
        issues: [{ path: 'useCases', message: `use case id "${duplicate.id}" appears twice` }],
      }
    return { ok: true, inputs: parsed.data }
  }
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => {
      const issue = i as unknown as IssueLike
      return { path: issue.path.map(String).join('.'), message: issueText(issue, raw) }
    }),
  }
}
