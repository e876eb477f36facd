import { readFileSync } from 'node:fs'

/** Read a JSON document from a path, or standard input when the path is '-'. */
export function readJson(path: string): unknown {
  const text = path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8')
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
