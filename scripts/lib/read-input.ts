import { readFileSync } from 'node:fs'

/** Reads all of standard input as text (injectable so tests need no real stdin). */
export type StdinReader = () => string

export const readProcessStdin: StdinReader = () => readFileSync(0, 'utf8')

/** A file's text; a folder or a file the user may not read is said in words (a missing file: cli.ts). */
function readFile(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EISDIR')
      throw new CliError(`${path} is a folder: give a scenario or sweep JSON file`)
    if (code === 'EACCES' || code === 'EPERM')
      throw new CliError(`cannot read ${path}: permission denied`)
    throw error
  }
}

/** Read a JSON document from a path, or standard input when the path is '-'. */
export function readJson(path: string, readStdin: StdinReader = readProcessStdin): unknown {
  const text = path === '-' ? readStdin() : readFile(path)
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    const where = path === '-' ? 'standard input' : path
    throw new CliError(`${where} is not valid JSON: ${(error as Error).message}`)
  }
}

/** An error meant for the user: printed without a stack trace, exit code 1 (2 for usage). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message)
  }
}
