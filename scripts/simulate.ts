/**
 * CLI: npm run simulate -- <scenario.json | -> [--analysis] [--pretty]
 *      npm run simulate -- --sweep <sweep.json | -> [--csv]
 * Prints one result for one scenario, or an array of results for an array of scenarios (same order).
 * Invalid input exits 1 with messages that name the field; usage errors exit 2.
 */
import { runCli } from './lib/cli'

// `npm run simulate -- --sweep big.json --csv | head` closes the pipe early: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

const code = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
})
process.exitCode = code
