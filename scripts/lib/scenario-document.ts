/**
 * The CLI reads the same files the app writes. Export in the app wraps a scenario as
 * `{ kind: "inference-economics-lab/scenario", schemaVersion, name, exportedAt, input, view? }` and a
 * library as `{ kind: "…/library", schemaVersion, exportedAt, scenarios: [{ name, input, … }] }`
 * (src/features/scenarios/model/scenario-file.ts). Here they become what `simulate` takes: the bare
 * scenario input (named after the file's entry), or an array of them for a library. A bare input or
 * an array of inputs passes through unchanged.
 */
import { CliError } from './read-input'

/** The `kind` values the app writes (kept in step with src/features/scenarios/model/scenario-file.ts). */
export const APP_SCENARIO_KIND = 'inference-economics-lab/scenario'
export const APP_LIBRARY_KIND = 'inference-economics-lab/library'
/** The newest file format this CLI reads. */
export const APP_FILE_VERSION = 1

type JsonObject = Record<string, unknown>

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * An entry of an app file that holds no scenario: refused in its own words (one element of an array
 * or a library, the others still run), where passing it on would run its other fields (a lone
 * `name`) as the reference scenario. The app's importer refuses the same entries
 * (src/features/scenarios/model/scenario-file.ts).
 */
export class EntryWithoutInput {
  constructor(readonly message: string) {}
}

/** One entry of an app file as a scenario input, or why it has none (`what`: the entry in words). */
function entryInput(entry: unknown, what: string): unknown {
  if (!isObject(entry)) return new EntryWithoutInput(`${what} is not an object`)
  const named = typeof entry.name === 'string' ? ` ("${entry.name}")` : ''
  if (!isObject(entry.input))
    return new EntryWithoutInput(
      `${what}${named} has no "input" object: there is no scenario to run`,
    )
  const name = typeof entry.name === 'string' ? entry.name : entry.input.name
  return name === undefined ? entry.input : { ...entry.input, name }
}

/** An element of an array: an app scenario file unwrapped, anything else as it is. */
function elementInput(item: unknown): unknown {
  return isObject(item) && item.kind === APP_SCENARIO_KIND
    ? entryInput(item, 'the scenario file')
    : item
}

/** The scenario input(s) of a document the app or a user wrote. */
export function scenarioInputsOf(doc: unknown): unknown {
  if (Array.isArray(doc)) return doc.map(elementInput)
  if (!isObject(doc) || doc.kind === undefined) return doc
  if (doc.kind !== APP_SCENARIO_KIND && doc.kind !== APP_LIBRARY_KIND) return doc
  const version = doc.schemaVersion
  if (typeof version === 'number' && version > APP_FILE_VERSION) {
    throw new CliError(
      `the file was written by a newer version of the app (format ${version}; this CLI reads up to ${APP_FILE_VERSION})`,
    )
  }
  if (doc.kind === APP_SCENARIO_KIND) return entryInput(doc, 'the scenario file')
  if (!Array.isArray(doc.scenarios)) throw new CliError('the library file has no list of scenarios')
  return doc.scenarios.map((entry, i) => entryInput(entry, `library entry ${i + 1}`))
}
