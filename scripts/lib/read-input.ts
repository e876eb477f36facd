import { readFileSync } from 'node:fs'

/** Reads all of standard input as text (injectable so tests need no real stdin). */
export type StdinReader = () => string

export const readProcessStdin: StdinReader = () => readFileSync(0, 'utf8')

/** Read a JSON document from a path, or standard input when the path is '-'. */
export function readJson(path: string, readStdin: StdinReader = readProcessStdin): unknown {
  const text = path === '-' ? readStdin() : readFileSync(path, 'utf8')
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
