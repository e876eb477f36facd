/**
 * Scenario files: what Export writes and Import reads. A file holds one scenario
 * (`kind: "inference-economics-lab/scenario"`) or a whole library (`…/library`); a bare scenario
 * input (the CLI's format, e.g. tests/fixtures/scenarios/reference.json) is accepted too. Import
 * checks everything before it changes anything, and names each problem: the file's shape here, each
 * scenario by the engine in the worker, through the app's port (components/ui/scenario-check).
 */
import type { ScenarioCheck } from '@/components/ui/scenario-check'
import type { EconomicsInputs, ScenarioInput } from '@/engine/index'
import { cleanName, type SavedScenario, type SavedView } from '@/state/library-slice'

import { isPlainObject, parseUntrustedJson } from './untrusted-json'

export const SCENARIO_FILE_KIND = 'inference-economics-lab/scenario'
export const LIBRARY_FILE_KIND = 'inference-economics-lab/library'
export const SCENARIO_FILE_VERSION = 1
export const MAX_FILE_SCENARIOS = 500
const MAX_LISTED_PROBLEMS = 8

export interface ImportedScenario {
  readonly name: string
  readonly input: ScenarioInput
  readonly view?: SavedView
  /**
   * The economics inputs saved with it (null: the defaults); absent in files written before
   * 2026-12-08 and in bare inputs, which do not carry them.
   */
  readonly economics?: EconomicsInputs | null
}

export type ImportOutcome =
  | { readonly ok: true; readonly scenarios: readonly ImportedScenario[] }
  | { readonly ok: false; readonly message: string; readonly problems: readonly string[] }

export function serializeScenarioFile(scenario: ImportedScenario, exportedAt: string): string {
  return `${JSON.stringify(
    {
      kind: SCENARIO_FILE_KIND,
      schemaVersion: SCENARIO_FILE_VERSION,
      name: scenario.name,
      exportedAt,
      input: scenario.input,
      ...(scenario.view ? { view: scenario.view } : {}),
      ...(scenario.economics !== undefined ? { economics: scenario.economics } : {}),
    },
    null,
    2,
  )}\n`
}

export function serializeLibraryFile(
  scenarios: readonly SavedScenario[],
  exportedAt: string,
): string {
  return `${JSON.stringify(
    {
      kind: LIBRARY_FILE_KIND,
      schemaVersion: SCENARIO_FILE_VERSION,
      exportedAt,
      scenarios: scenarios.map((s) => ({
        name: s.name,
        createdAt: s.createdAt,
        updatedAt: s.updatedAt,
        input: s.input,
        ...(s.view ? { view: s.view } : {}),
        ...(s.economics !== undefined ? { economics: s.economics } : {}),
      })),
    },
    null,
    2,
  )}\n`
}

function viewOf(value: unknown): SavedView | undefined {
  return isPlainObject(value) && typeof value.tab === 'string' && value.tab.length <= 40
    ? { tab: value.tab }
    : undefined
}

function baseName(fileName: string | undefined): string {
  return (fileName ?? '').replace(/\.[^.]*$/, '')
}

/** A scenario entry whose shape is right, before the engine has checked its input. */
interface Candidate {
  readonly scenario: ImportedScenario
  /** Prefix of its problems: `“Name”: ` in a library, empty for a single scenario. */
  readonly prefix: string
}

/** Read one scenario entry's shape: the entry, or what is wrong with it (prefixed with `label`). */
function readEntry(
  entry: unknown,
  fallbackName: string,
  label: string | undefined,
): Candidate | string {
  const prefix = label ? `${label}: ` : ''
  if (!isPlainObject(entry)) return `${prefix}a scenario must be a JSON object`
  if (!isPlainObject(entry.input)) return `${prefix}"input" is missing or is not an object`
  if (entry.economics !== undefined && entry.economics !== null && !isPlainObject(entry.economics))
    return `${prefix}"economics" must be an object of economics inputs, or null for the defaults`
  const view = viewOf(entry.view)
  const name =
    typeof entry.name === 'string'
      ? entry.name
      : typeof entry.input.name === 'string'
        ? entry.input.name
        : fallbackName
  // An input (and economics inputs) in type only: imported only once the engine has accepted them
  // (checkEntries).
  const economics =
    entry.economics === undefined
      ? {}
      : { economics: entry.economics as unknown as EconomicsInputs | null }
  return {
    scenario: {
      name: cleanName(name),
      input: entry.input,
      ...(view ? { view } : {}),
      ...economics,
    },
    prefix,
  }
}

type Checked =
  | { readonly scenarios: readonly ImportedScenario[]; readonly problems: readonly string[] }
  | undefined

/**
 * The engine's verdict on each entry, one after the other through the app's port: the entries it
 * accepts, and every problem in the file's order (a shape problem, or each of the engine's issues
 * with the entry's prefix). Undefined when the engine gave no answer (it failed or was restarted):
 * the caller then imports nothing and says so.
 */
async function checkEntries(
  entries: readonly (Candidate | string)[],
  check: ScenarioCheck,
): Promise<Checked> {
  const scenarios: ImportedScenario[] = []
  const problems: string[] = []
  for (const entry of entries) {
    if (typeof entry === 'string') {
      problems.push(entry)
      continue
    }
    const issues = await check(entry.scenario.input, entry.scenario.economics ?? undefined)
    if (issues === undefined) return undefined
    if (issues.length === 0) scenarios.push(entry.scenario)
    for (const issue of issues) problems.push(`${entry.prefix}${issue.message}`)
  }
  return { scenarios, problems }
}

const NOT_CHECKED =
  'The scenarios in the file could not be checked: the engine did not answer (it may have been restarted). Nothing was imported; try the import again.'

function refusal(message: string, problems: readonly string[] = []): ImportOutcome {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS)
  if (problems.length > listed.length) listed.push(`… and ${problems.length - listed.length} more`)
  return { ok: false, message, problems: listed }
}

/**
 * Read an imported file's text and check every scenario in it with the engine (through `check`,
 * the app's port). Nothing is applied unless every scenario in it is valid.
 */
export async function parseScenarioFile(
  text: string,
  check: ScenarioCheck,
  fileName?: string,
): Promise<ImportOutcome> {
  const parsed = parseUntrustedJson(text, 'The file')
  if (!parsed.ok) return refusal(parsed.message)
  const doc = parsed.value
  if (!isPlainObject(doc)) return refusal('The file is not a scenario: it must hold a JSON object.')
  const fallback = baseName(fileName) || 'Imported scenario'
  const single = async (entry: Candidate | string): Promise<ImportOutcome> => {
    const checked = await checkEntries([entry], check)
    if (checked === undefined) return refusal(NOT_CHECKED)
    return checked.problems.length === 0
      ? { ok: true, scenarios: checked.scenarios }
      : refusal('The scenario in the file cannot be used:', checked.problems)
  }
  if (doc.kind === undefined) {
    // A bare scenario input, as the command-line tool reads.
    return single(readEntry({ input: doc }, fallback, undefined))
  }
  if (doc.kind !== SCENARIO_FILE_KIND && doc.kind !== LIBRARY_FILE_KIND) {
    const kind = typeof doc.kind === 'string' ? JSON.stringify(doc.kind.slice(0, 60)) : 'not text'
    return refusal(`The file is not a scenario file of this app (its "kind" is ${kind}).`)
  }
  const version = doc.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refusal(
      'The file has no valid "schemaVersion"; it may have been edited by hand or cut short.',
    )
  }
  if (version > SCENARIO_FILE_VERSION) {
    return refusal(
      `The file was made by a newer version of the app (format ${version}; this one reads up to ${SCENARIO_FILE_VERSION}). Reload the page to update, then import again.`,
    )
  }
  if (doc.kind === SCENARIO_FILE_KIND) return single(readEntry(doc, fallback, undefined))
  if (!Array.isArray(doc.scenarios)) return refusal('The library file has no list of scenarios.')
  if (doc.scenarios.length === 0) return refusal('The library file holds no scenarios.')
  if (doc.scenarios.length > MAX_FILE_SCENARIOS) {
    return refusal(
      `The library file holds ${doc.scenarios.length} scenarios; at most ${MAX_FILE_SCENARIOS} can be imported at once.`,
    )
  }
  const entries = doc.scenarios.map((entry: unknown, i) => {
    const name =
      isPlainObject(entry) && typeof entry.name === 'string'
        ? cleanName(entry.name)
        : `scenario ${i + 1}`
    return readEntry(entry, `${fallback} ${i + 1}`, `“${name}”`)
  })
  const checked = await checkEntries(entries, check)
  if (checked === undefined) return refusal(NOT_CHECKED)
  const { problems } = checked
  if (problems.length > 0)
    return refusal(
      `${problems.length === 1 ? 'One problem' : `${problems.length} problems`} in the library file; nothing was imported:`,
      problems,
    )
  return { ok: true, scenarios: checked.scenarios }
}
