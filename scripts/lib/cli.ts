import { runScenario } from '../../src/engine/index'

import { CliError, readJson } from './read-input'

export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
}

const USAGE = `usage:
  npm run simulate -- <scenario.json | ->          one scenario, or an array of scenarios
  npm run simulate -- <scenario.json> --analysis    add the 2026–2030 trajectory and lever attribution
  npm run simulate -- --sweep <sweep.json> [--csv]  evaluate a grid of scenarios
options: --pretty (indent JSON), --help`

interface Options {
  readonly file?: string
  readonly analysis: boolean
  readonly pretty: boolean
  readonly sweep?: string
  readonly csv: boolean
  readonly help: boolean
}

function parseArgs(argv: readonly string[]): Options {
  let file: string | undefined
  let sweep: string | undefined
  let analysis = false
  let pretty = false
  let csv = false
  let help = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--analysis') analysis = true
    else if (arg === '--pretty') pretty = true
    else if (arg === '--csv') csv = true
    else if (arg === '--help' || arg === '-h') help = true
    else if (arg === '--sweep') {
      sweep = argv[++i]
      if (!sweep) throw new CliError('--sweep needs a file: --sweep sweep.json', 2)
    } else if (arg.startsWith('--')) throw new CliError(`unknown option ${arg}\n${USAGE}`, 2)
    else if (file === undefined) file = arg
    else throw new CliError(`expected one scenario file, got "${file}" and "${arg}"\n${USAGE}`, 2)
  }
  return { file, sweep, analysis, pretty, csv, help }
}

function evaluateOne(input: unknown, label: string): { ok: true; value: unknown } | { ok: false; messages: string[] } {
  const outcome = runScenario(input)
  if (!outcome.ok) return { ok: false, messages: outcome.issues.map((i) => `${label}${i.message}`) }
  return { ok: true, value: outcome.result }
}

/** Run the CLI; returns the exit code. */
export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    const options = parseArgs(argv)
    if (options.help) {
      io.stdout(`${USAGE}\n`)
      return 0
    }
    if (options.sweep) throw new CliError('--sweep is not available in this version', 2)
    if (!options.file) throw new CliError(`missing scenario file\n${USAGE}`, 2)
    const input = readJson(options.file)
    const indent = options.pretty ? 2 : undefined
    if (Array.isArray(input)) {
      const outcomes = input.map((item, index) => evaluateOne(item, `[${index}] `))
      const failures = outcomes.flatMap((o) => (o.ok ? [] : o.messages))
      if (failures.length > 0) throw new CliError(failures.join('\n'))
      io.stdout(`${JSON.stringify(outcomes.map((o) => (o.ok ? o.value : null)), null, indent)}\n`)
      return 0
    }
    const outcome = evaluateOne(input, '')
    if (!outcome.ok) throw new CliError(outcome.messages.join('\n'))
    io.stdout(`${JSON.stringify(outcome.value, null, indent)}\n`)
    return 0
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
