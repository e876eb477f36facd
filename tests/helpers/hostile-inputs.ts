/**
 * Random and malformed inputs for the fuzz tests of every entry point (engine, CLI, share links,
 * imported files): scenario-shaped objects with one to four fields set to hostile values (every
 * field of the format is reachable: the paths are read from the schema), plus arbitrary values.
 * Seeded: a failure names its seed and path, and replays.
 */
import fc from 'fast-check'

import { LEVER_IDS, PRESETS, scenarioInputSchema } from '@/engine/index'

interface SchemaNode {
  readonly _zod: {
    readonly def: {
      readonly type: string
      readonly innerType?: SchemaNode
      readonly options?: readonly SchemaNode[]
    }
  }
  readonly shape?: Readonly<Record<string, SchemaNode>>
}

/** Every field path of a zod object schema, objects inside optionals and unions included. */
function fieldPaths(schema: SchemaNode, prefix: readonly string[] = [], depth = 0): string[][] {
  const def = schema._zod.def
  if (
    (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') &&
    def.innerType
  )
    return fieldPaths(def.innerType, prefix, depth)
  if (def.type === 'union') return (def.options ?? []).flatMap((o) => fieldPaths(o, prefix, depth))
  if (def.type !== 'object' || !schema.shape || depth > 4) return []
  return Object.entries(schema.shape).flatMap(([key, child]) => [
    [...prefix, key],
    ...fieldPaths(child, [...prefix, key], depth + 1),
  ])
}

/** Every field path of the scenario format, e.g. ['hardware', 'memoryGB'], plus each lever's slider. */
export const SCENARIO_FIELD_PATHS: readonly (readonly string[])[] = [
  ...new Map(
    fieldPaths(scenarioInputSchema as unknown as SchemaNode).map((p) => [p.join('.'), p]),
  ).values(),
  ...LEVER_IDS.map((id) => ['levers', id]),
  ['levers', 'warpDrive'],
  ['leverOverrides', 'hbm', 'effects'],
  ['__proto__', 'polluted'],
  ['constructor', 'prototype'],
]

/** Values a JSON document can hold, chosen to sit on and past every kind of limit. */
export const hostileJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    -1,
    1,
    0.5,
    1e-300,
    1e300,
    -1e300,
    Number.MAX_SAFE_INTEGER,
    2025,
    2026,
    2030,
    2031,
    1e6,
    4096,
    0.999999,
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(
    '',
    'auto',
    'max',
    'fp8',
    'int4',
    'h100-sxm',
    'b200',
    'llama-3.3-70b',
    'deepseek-v3',
    'chat',
    'evidence',
    'tco',
    '__proto__',
    '<script>alert(1)</script>',
    'x'.repeat(5000),
  ),
  fc.string({ maxLength: 40 }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
)

/** The same, plus what only JavaScript callers can pass (NaN, infinities, undefined, functions). */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileJsonValue,
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    undefined,
    () => 1,
    Symbol('s'),
    10n,
  ),
)

/** Scenarios to start from: the defaults, every preset, and a few fuller ones. */
const BASES: readonly Record<string, unknown>[] = [
  {},
  ...PRESETS.map((p) => p.input as Record<string, unknown>),
  {
    model: 'deepseek-v3',
    hardware: 'b200',
    precision: { weights: 'fp8', activations: 'fp8', kvCache: 'fp8' },
    workload: 'reasoning',
    year: 2028,
  },
  {
    model: { base: 'llama-3.3-70b', layers: 40 },
    hardware: { base: 'h100-sxm', memoryGB: 120 },
    accelerators: 8,
    workload: { preset: 'rag', inputTokens: 8000, batchSize: 32 },
  },
]

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node: Record<string, unknown> = target
  for (const key of path.slice(0, -1)) {
    const next = Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined
    if (typeof next === 'object' && next !== null && !Array.isArray(next))
      node = next as Record<string, unknown>
    else {
      const created: Record<string, unknown> =
        typeof next === 'string' ? { base: next, preset: next } : {}
      Object.defineProperty(node, key, {
        value: created,
        enumerable: true,
        writable: true,
        configurable: true,
      })
      node = created
    }
  }
  Object.defineProperty(node, path[path.length - 1]!, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  })
}

/** A known scenario with one to four fields set to hostile values. */
function scenarioLikeFrom(values: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record({
      base: fc.constantFrom(...BASES),
      mutations: fc.array(fc.tuple(fc.constantFrom(...SCENARIO_FIELD_PATHS), values), {
        minLength: 1,
        maxLength: 4,
      }),
    })
    .map(({ base, mutations }) => {
      const input = structuredClone(base)
      for (const [path, value] of mutations) setPath(input, path, value)
      return input
    })
}

export const scenarioLike = scenarioLikeFrom(hostileValue)
export const jsonScenarioLike = scenarioLikeFrom(hostileJsonValue)

/** Any input at all: scenario-shaped (mostly) or arbitrary values. */
export const anyScenarioInput: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: scenarioLike },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 3 }) },
  { weight: 1, arbitrary: hostileValue },
)

/** The same, as JSON documents can carry it. */
export const anyJsonScenarioInput: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: jsonScenarioLike },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: hostileJsonValue },
)

/** Text that is almost, or not at all, JSON: valid documents cut short or corrupted, and noise. */
export function damagedText(documents: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  return fc.oneof(
    documents.map((d) => JSON.stringify(d) ?? 'undefined'),
    fc
      .tuple(documents, fc.nat(), fc.string({ minLength: 1, maxLength: 3 }))
      .map(([d, at, junk]) => {
        const text = JSON.stringify(d) ?? ''
        const i = text.length === 0 ? 0 : at % text.length
        return `${text.slice(0, i)}${junk}${text.slice(i + 1)}`
      }),
    fc.tuple(documents, fc.nat()).map(([d, at]) => {
      const text = JSON.stringify(d) ?? ''
      return text.slice(0, text.length === 0 ? 0 : at % text.length)
    }),
    fc.string({ maxLength: 200 }),
    fc.constantFrom(
      '',
      '{',
      '[',
      'null',
      '"',
      '{"a":',
      `${'['.repeat(5000)}${']'.repeat(5000)}`,
      `{"a":${'{"a":'.repeat(100)}1${'}'.repeat(101)}`,
      '\u0000\uFFFF',
      '{"__proto__":{"x":1}}',
    ),
  )
}
