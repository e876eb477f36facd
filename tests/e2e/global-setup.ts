// Vitest globalSetup for the e2e project: build dist/ (only when missing or E2E_REBUILD=1), serve it
// with `vite preview`, wait until it answers, and stop it after the run.
import { spawn, spawnSync } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

import { BASE_URL, DIST_DIR, PREVIEW_PORT } from './helpers/browser'

const ROOT = path.resolve(import.meta.dirname, '../..')
const VITE_BIN = path.join(ROOT, 'node_modules/vite/bin/vite.js')
const STARTUP_TIMEOUT_MS = 30_000
const SHUTDOWN_TIMEOUT_MS = 5_000

/** Newest modification time among the inputs of `vite build`. */
function newestSourceMtimeMs(): number {
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

function buildIfNeeded(): void {
  const builtIndex = path.resolve(ROOT, DIST_DIR, 'index.html')
  const hasBuild = existsSync(builtIndex)
  if (hasBuild && process.env.E2E_REBUILD !== '1') {
    if (newestSourceMtimeMs() > statSync(builtIndex).mtimeMs) {
      console.warn(
        '[e2e] WARNING: dist/ is older than src/; testing a stale build; set E2E_REBUILD=1 to rebuild',
      )
    }
    return
  }
  console.log(`[e2e] vite build (${hasBuild ? 'E2E_REBUILD=1' : 'dist/ missing'})`)
  const build = spawnSync(
    process.execPath,
    [VITE_BIN, 'build', '--outDir', DIST_DIR, '--emptyOutDir'],
    { cwd: ROOT, stdio: 'inherit' },
  )
  if (build.status !== 0) throw new Error(`[e2e] vite build failed (exit ${build.status})`)
}

async function waitUntilAnswering(server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`[e2e] vite preview exited with ${server.exitCode}:\n${output()}`)
    }
    try {
      const response = await fetch(BASE_URL)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(
    `[e2e] vite preview did not answer on ${BASE_URL} within ${STARTUP_TIMEOUT_MS} ms:\n${output()}`,
  )
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()))
  server.kill('SIGTERM')
  const timer = setTimeout(() => server.kill('SIGKILL'), SHUTDOWN_TIMEOUT_MS)
  await exited
  clearTimeout(timer)
}

export default async function setup(): Promise<() => Promise<void>> {
  buildIfNeeded()

  const server = spawn(
    process.execPath,
    [
      VITE_BIN,
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(PREVIEW_PORT),
      '--strictPort',
      '--outDir',
      DIST_DIR,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let log = ''
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))

  try {
    await waitUntilAnswering(server, () => log)
  } catch (error) {
    await stop(server)
    throw error
  }
  console.log(`[e2e] vite preview serving ${BASE_URL}`)

  return () => stop(server)
}
