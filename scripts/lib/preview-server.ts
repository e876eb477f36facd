/**
 * The production build and `vite preview` serving it, for the e2e tests (tests/e2e/global-setup.ts)
 * and the browser benchmark (scripts/bench-browser.ts).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

export const ROOT = path.resolve(import.meta.dirname, '../..')
const VITE_BIN = path.join(ROOT, 'node_modules/vite/bin/vite.js')
const STARTUP_TIMEOUT_MS = 30_000
const SHUTDOWN_TIMEOUT_MS = 5_000

/** Newest modification time among the inputs of `vite build`. */
export function newestSourceMtimeMs(): number {
  const files = ['index.html', 'vite.config.ts', 'package-lock.json']
  for (const dir of ['src', 'public']) {
    if (!existsSync(path.join(ROOT, dir))) continue
    for (const entry of readdirSync(path.join(ROOT, dir), { recursive: true })) {
      files.push(path.join(dir, String(entry)))
    }
  }
  return Math.max(
    ...files
      .map((file) => path.join(ROOT, file))
      .filter(existsSync)
      .map((f) => statSync(f).mtimeMs),
  )
}

/** True when `outDir` holds a build at least as new as every source file. */
export function buildIsFresh(outDir: string): boolean {
  const builtIndex = path.resolve(ROOT, outDir, 'index.html')
  return existsSync(builtIndex) && statSync(builtIndex).mtimeMs >= newestSourceMtimeMs()
}

/**
 * `vite build` into `outDir` as production: NODE_ENV=production even when the caller runs under
 * Vitest (which sets NODE_ENV=test and would otherwise ship React's development build).
 */
export function buildProduction(outDir: string, log: 'inherit' | 'ignore' = 'inherit'): void {
  const build = spawnSync(
    process.execPath,
    [VITE_BIN, 'build', '--outDir', outDir, '--emptyOutDir'],
    {
      cwd: ROOT,
      stdio: log,
      env: { ...process.env, NODE_ENV: 'production' },
    },
  )
  if (build.status !== 0) throw new Error(`vite build failed (exit ${build.status})`)
}

export interface PreviewServer {
  readonly url: string
  readonly stop: () => Promise<void>
}

async function stopProcess(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()))
  server.kill('SIGTERM')
  const timer = setTimeout(() => server.kill('SIGKILL'), SHUTDOWN_TIMEOUT_MS)
  await exited
  clearTimeout(timer)
}

/** `vite preview` of `outDir` on 127.0.0.1:`port`, resolved once it answers. */
export async function startPreview(options: {
  readonly port: number
  readonly outDir: string
}): Promise<PreviewServer> {
  const url = `http://127.0.0.1:${options.port}`
  // Something else answering there would be tested in our place: refuse rather than measure it.
  const answered = await fetch(url).then(
    () => true,
    () => false,
  )
  if (answered)
    throw new Error(
      `port ${options.port} is already in use; stop that server or choose another port`,
    )
  const server = spawn(
    process.execPath,
    [
      VITE_BIN,
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(options.port),
      '--strictPort',
      '--outDir',
      options.outDir,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let log = ''
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const stop = (): Promise<void> => stopProcess(server)

  const deadline = Date.now() + STARTUP_TIMEOUT_MS
  for (;;) {
    if (server.exitCode !== null) {
      throw new Error(`vite preview exited with ${server.exitCode}:\n${log}`)
    }
    try {
      const response = await fetch(url)
      if (response.ok) return { url, stop }
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(
        `vite preview did not answer on ${url} within ${STARTUP_TIMEOUT_MS} ms:\n${log}`,
      )
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
