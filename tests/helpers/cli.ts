/** Runs the CLI as `npm run simulate -- -` does, with `input` on standard input, in memory. */
import { runCli } from '../../scripts/lib/cli'

export interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

export function cliWithInput(input: unknown): CliRun {
  let stdout = ''
  let stderr = ''
  const code = runCli(['-'], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdin: () => JSON.stringify(input),
  })
  return { code, stdout, stderr }
}
