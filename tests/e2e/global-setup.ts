// Vitest globalSetup for the e2e project: build dist/ (only when missing or E2E_REBUILD=1), serve it
// with `vite preview`, wait until it answers, and stop it after the run. The build is a production
// build (NODE_ENV=production, although Vitest sets NODE_ENV=test): what users get is what is tested.
import { existsSync } from 'node:fs'
import path from 'node:path'

import { buildIsFresh, buildProduction, ROOT, startPreview } from '../../scripts/lib/preview-server'

import { BASE_URL, DIST_DIR, PREVIEW_PORT } from './helpers/browser'

function buildIfNeeded(): void {
  const hasBuild = existsSync(path.resolve(ROOT, DIST_DIR, 'index.html'))
  if (hasBuild && process.env.E2E_REBUILD !== '1') {
    if (!buildIsFresh(DIST_DIR)) {
      console.warn(
        '[e2e] WARNING: dist/ is older than src/; testing a stale build; set E2E_REBUILD=1 to rebuild',
      )
    }
    return
  }
  console.log(`[e2e] vite build (${hasBuild ? 'E2E_REBUILD=1' : 'dist/ missing'})`)
  buildProduction(DIST_DIR)
}

export default async function setup(): Promise<() => Promise<void>> {
  buildIfNeeded()
  const server = await startPreview({ port: PREVIEW_PORT, outDir: DIST_DIR })
  console.log(`[e2e] vite preview serving ${BASE_URL}`)
  return () => server.stop()
}
