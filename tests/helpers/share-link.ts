/**
 * Decoding a share link and checking its scenario with the engine here and now, in one step: what
 * the app does in two (app/url-sync.ts decodes, then asks the worker's check), for tests and tools.
 */
import { resolveScenario } from '@/engine/index'
import {
  decodeShareLink,
  invalidShareMessage,
  type DecodeOutcome,
} from '@/features/scenarios/model/share-link'

export function decodeShareState(encoded: string): DecodeOutcome {
  const decoded = decodeShareLink(encoded)
  if (!decoded.ok) return decoded
  const resolved = resolveScenario(decoded.state.input)
  return resolved.ok
    ? decoded
    : { ok: false, reason: 'invalid', message: invalidShareMessage(resolved.issues) }
}
