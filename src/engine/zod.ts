/**
 * zod for every schema in the engine, configured once: no generated code. zod 4 compiles object
 * parsers with `new Function` when it can, and probes for that even when it cannot; under the
 * app's Content-Security-Policy (no 'unsafe-eval', index.html) the probe is reported as a policy
 * violation. The interpreted parsers cost about the same here (a scenario is a small object).
 */
import { z } from 'zod'

z.config({ jitless: true })

export { z }
