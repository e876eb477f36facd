import {
  frontier,
  resolveScenario,
  simulate,
  type FrontierPoint,
  type SimulationResult,
  scenarioClaims,
  type AttributionMethod,
  type ClaimSummary,
} from '../../src/engine/index'

import { analysisFields, type AnalysisFields } from './analysis-fields'
import { catalogueJson } from './catalogue'
import { CliError, readJson, type StdinReader } from './read-input'
import { EntryWithoutInput, scenarioInputsOf } from './scenario-document'
import {
  parseSweep,
  sweepCsvHeader,
  sweepCsvLine,
  sweepJsonRow,
  sweepRows,
  TARGET_PATHS,
} from './sweep'

export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** Standard input for the `-` path; defaults to the process's. */
  readonly stdin?: StdinReader
}

const USAGE = `usage:
  npm run -s simulate -- <scenario.json | ->            one scenario, an array, or a file the app exported
  npm run -s simulate -- <scenario.json> --analysis      add the 2026–2030 trajectory, lever attribution and claim verdicts
                     ... --analysis --exact-shapley   the attribution as the exact Shapley value (2^levers evaluations: seconds)
  npm run -s simulate -- <scenario.json> --frontier      add the throughput–interactivity frontier (tokens/s per accelerator against tokens/s per user)
  npm run -s simulate -- --sweep <sweep.json | -> [--csv] evaluate a grid of scenarios (JSON rows, or CSV)
  npm run -s simulate -- --catalogue                     print the hardware and model catalogues with sources
options: --pretty (indent JSON), --help`

interface Options {
  readonly file?: string
  readonly analysis: boolean
  readonly exactShapley: boolean
  readonly frontier: boolean
  readonly pretty: boolean
  readonly sweep?: string
  readonly csv: boolean
  readonly help: boolean
  readonly catalogue?: boolean
}

function parseArgs(argv: readonly string[]): Options {
  let file: string | undefined
  let sweep: string | undefined
  let analysis = false
  let exactShapley = false
  let withFrontier = false
  let pretty = false
  let csv = false
  let help = false
  let catalogue = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--analysis') analysis = true
    else if (arg === '--exact-shapley') exactShapley = true
    else if (arg === '--frontier') withFrontier = true
    else if (arg === '--pretty') pretty = true
    else if (arg === '--csv') csv = true
    else if (arg === '--help' || arg === '-h') help = true
    else if (arg === '--catalogue') catalogue = true
    else if (arg === '--sweep') {
      sweep = argv[++i]
      // "--sweep --csv" forgot the file: the next option is not one (standard input is "-").
      if (!sweep || (sweep.startsWith('--') && sweep.length > 2))
        throw new CliError(`--sweep needs a file: --sweep sweep.json\n${USAGE}`, 2)
    } else if (arg.startsWith('--')) throw new CliError(`unknown option ${arg}\n${USAGE}`, 2)
    else if (file === undefined) file = arg
    else throw new CliError(`expected one scenario file, got "${file}" and "${arg}"\n${USAGE}`, 2)
  }
  if (!help) {
    if (sweep !== undefined && file !== undefined) {
      throw new CliError(`give a scenario file or --sweep, not both\n${USAGE}`, 2)
    }
    if (sweep !== undefined && analysis) {
      throw new CliError(`--analysis applies to scenario files, not to --sweep\n${USAGE}`, 2)
    }
    if (sweep !== undefined && withFrontier) {
      throw new CliError(`--frontier applies to scenario files, not to --sweep\n${USAGE}`, 2)
    }
    if (csv && sweep === undefined) throw new CliError(`--csv applies only to --sweep\n${USAGE}`, 2)
    if (exactShapley && !analysis)
      throw new CliError(`--exact-shapley applies only with --analysis\n${USAGE}`, 2)
  }
  if (catalogue && (file !== undefined || sweep !== undefined)) {
    throw new CliError(`--catalogue takes no scenario or sweep file\n${USAGE}`, 2)
  }
  if (catalogue && (analysis || withFrontier || csv || exactShapley)) {
    throw new CliError(
      `--catalogue prints the catalogues alone: --analysis, --frontier, --csv and --exact-shapley apply to scenarios\n${USAGE}`,
      2,
    )
  }
  return {
    file,
    sweep,
    analysis,
    exactShapley,
    frontier: withFrontier,
    pretty,
    csv,
    help,
    catalogue,
  }
}

/** The attribution's value: the Owen value over the lever groups unless --exact-shapley. */
function methodOf(options: Options): AttributionMethod {
  return options.exactShapley ? 'shapley' : 'owen'
}

/** What `--frontier` adds: the Pareto curve of the scenario's model, workload and chip. */
interface FrontierFields {
  readonly frontier: readonly FrontierPoint[]
}

type Evaluation =
  | {
      readonly ok: true
      readonly value:
        | SimulationResult
        | (SimulationResult & Partial<FrontierFields>)
        | (SimulationResult &
            Partial<FrontierFields> &
            AnalysisFields & { readonly claims: readonly ClaimSummary[] })
      /** Why the result is `feasible: false` (a target no deployment meets); empty when feasible. */
      readonly unmet: readonly string[]
    }
  | { readonly ok: false; readonly messages: readonly string[] }

/** Exit code when every scenario ran but a target is unmet: the results are printed (feasible: false). */
export const EXIT_TARGET_UNMET = 3

/** resolveScenario + simulate (as runScenario), plus the analyses and the frontier when asked. */
function evaluateOne(
  input: unknown,
  label: string,
  analysis: boolean,
  withFrontier: boolean,
  attributionMethod: AttributionMethod = 'owen',
): Evaluation {
  if (input instanceof EntryWithoutInput)
    return { ok: false, messages: [`${label}${input.message}`] }
  const resolved = resolveScenario(input)
  if (!resolved.ok)
    return { ok: false, messages: resolved.issues.map((i) => `${label}${i.message}`) }
  const result = simulate(resolved.scenario, resolved.warnings)
  // A scenario that cannot run (the model does not fit, a power limit below static power) is an
  // error; one that runs but misses a target is a result: feasible false, its numbers those of the
  // nearest point, which the issue names (engine-model.md §7).
  const targetOnly =
    result.issues.length > 0 && result.issues.every((i) => TARGET_PATHS.has(i.path))
  if (!result.feasible && !targetOnly)
    return { ok: false, messages: result.issues.map((i) => `${label}${i.message}`) }
  const unmet = result.feasible ? [] : result.issues.map((i) => `${label}${i.message}`)
  // The frontier does not depend on the targets (it shows what each speed costs), so an unmet
  // target still gets its curve: it is where the nearest feasible point is read from.
  const curve = withFrontier ? { frontier: frontier(resolved.scenario) } : {}
  if (!analysis) return { ok: true, value: { ...result, ...curve }, unmet }
  // The analyses price the scenario across years and lever sets at its targets; with a target no
  // deployment meets there is nothing to price, so the result comes alone, and says so.
  if (!result.feasible)
    return {
      ok: true,
      value: { ...result, ...curve },
      unmet: [...unmet, `${label}--analysis skipped: the scenario is infeasible`],
    }
  // The article's claims on this scenario's conditions, in its assumption set (analysis/claims.ts).
  // No input (null) is the reference, as resolveScenario reads it.
  const claims = scenarioClaims(input ?? {})
  return {
    ok: true,
    value: { ...result, ...curve, ...analysisFields(resolved.scenario, attributionMethod), claims },
    unmet,
  }
}

function runScenarios(options: Options, file: string, io: CliIo): number {
  const input = scenarioInputsOf(readJson(file, io.stdin))
  const indent = options.pretty ? 2 : undefined
  if (Array.isArray(input)) {
    // Each element gets its own result or its own { "error" } in place (engine-model.md §7).
    const outcomes = input.map((item) =>
      evaluateOne(item, '', options.analysis, options.frontier, methodOf(options)),
    )
    const failures = outcomes.flatMap((o, i) => (o.ok ? [] : o.messages.map((m) => `[${i}] ${m}`)))
    const unmet = outcomes.flatMap((o, i) => (o.ok ? o.unmet.map((m) => `[${i}] ${m}`) : []))
    const values = outcomes.map((o) => (o.ok ? o.value : { error: o.messages.join('; ') }))
    io.stdout(`${JSON.stringify(values, null, indent)}\n`)
    if (failures.length > 0) io.stderr(`error: ${failures.join('\n')}\n`)
    if (unmet.length > 0) io.stderr(`infeasible: ${unmet.join('\n')}\n`)
    return failures.length > 0 ? 1 : unmet.length > 0 ? EXIT_TARGET_UNMET : 0
  }
  const outcome = evaluateOne(input, '', options.analysis, options.frontier, methodOf(options))
  if (!outcome.ok) throw new CliError(outcome.messages.join('\n'))
  io.stdout(`${JSON.stringify(outcome.value, null, indent)}\n`)
  if (outcome.unmet.length === 0) return 0
  io.stderr(`infeasible: ${outcome.unmet.join('\n')}\n`)
  return EXIT_TARGET_UNMET
}

/** Rows are written in chunks so a 100,000-point sweep never builds one giant string. */
const ROWS_PER_WRITE = 1000

function runSweep(options: Options, file: string, io: CliIo): number {
  const spec = parseSweep(readJson(file, io.stdin))
  let chunk: string[] = []
  const flush = (): void => {
    if (chunk.length > 0) io.stdout(chunk.join(''))
    chunk = []
  }
  if (options.csv) {
    chunk.push(sweepCsvHeader(spec))
    for (const row of sweepRows(spec)) {
      chunk.push(sweepCsvLine(spec, row))
      if (chunk.length >= ROWS_PER_WRITE) flush()
    }
    flush()
    return 0
  }
  const indent = options.pretty ? 2 : undefined
  const separator = indent === undefined ? ',' : ',\n'
  let first = true
  chunk.push(indent === undefined ? '[' : '[\n')
  for (const row of sweepRows(spec)) {
    const json = JSON.stringify(sweepJsonRow(row), null, indent)
    const text = indent === undefined ? json : json.replace(/^/gm, ' '.repeat(indent))
    chunk.push(first ? text : `${separator}${text}`)
    first = false
    if (chunk.length >= ROWS_PER_WRITE) flush()
  }
  chunk.push(indent === undefined ? ']\n' : '\n]\n')
  flush()
  return 0
}

/**
 * Run the CLI; returns the exit code: 0 ok; 1 invalid input or a scenario that cannot run; 2 usage;
 * 3 every scenario ran but a target is unmet (the JSON is printed, with `feasible: false`).
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    const options = parseArgs(argv)
    if (options.help) {
      io.stdout(`${USAGE}\n`)
      return 0
    }
    if (options.catalogue) {
      io.stdout(`${JSON.stringify(catalogueJson(), null, options.pretty ? 2 : undefined)}\n`)
      return 0
    }
    if (options.sweep !== undefined) return runSweep(options, options.sweep, io)
    if (!options.file) throw new CliError(`missing scenario file\n${USAGE}`, 2)
    return runScenarios(options, options.file, io)
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`error: ${error.message}\n`)
      return error.exitCode
    }
    const e = error as NodeJS.ErrnoException
    if (e.code === 'ENOENT') {
      io.stderr(`error: file not found: ${e.path ?? ''}\n`)
      return 1
    }
    throw error
  }
}
