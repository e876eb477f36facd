/** Library actions that cross the page boundary: reading an imported file, the share address. */
import type { ScenarioCheck } from '@/components/ui/scenario-check'

import { parseScenarioFile, type ImportOutcome } from './scenario-file'
import { MAX_IMPORT_BYTES } from './untrusted-json'

/**
 * Read and check an imported file (its scenarios by the engine, through the app's port `check`);
 * huge files are refused before they are read.
 */
export async function readScenarioFile(
  file: Pick<File, 'name' | 'size' | 'text'>,
  check: ScenarioCheck,
): Promise<ImportOutcome> {
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      message: `“${file.name}” is too large (${(file.size / 1e6).toFixed(1)} MB; a scenario file is at most ${MAX_IMPORT_BYTES / 1e6} MB). Nothing was imported.`,
      problems: [],
    }
  }
  let text: string
  try {
    text = await file.text()
  } catch {
    return {
      ok: false,
      message: `“${file.name}” could not be read. Nothing was imported.`,
      problems: [],
    }
  }
  return parseScenarioFile(text, check, file.name)
}

/** The share link for a scenario and view on the current page (lives in share-link.ts, with no engine). */
export { shareLinkFor } from './share-link'
