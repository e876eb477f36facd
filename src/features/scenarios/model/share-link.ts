/**
 * Shareable links: the whole scenario and the active view in the URL hash, as
 * `#s=` + lz-string(JSON `{ v: 1, s: scenarioInput, view: { tab } }`). Versioned so a future format
 * can still read (or clearly refuse) today's links; validated with the engine before anything is
 * applied, so a damaged or hostile link changes nothing (the page validates in the engine worker,
 * app/url-sync.ts, so the schema stays off the main thread).
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string'

import type { EconomicsInputs, ScenarioInput, ScenarioIssue } from '@/engine/index'
import type { SavedView } from '@/state/library-slice'

import { isPlainObject, parseUntrustedJson } from './untrusted-json'

export const SHARE_VERSION = 1
export const SHARE_PARAM = 's'
/** Longest encoded state accepted (a full custom scenario encodes to ~2 kB). */
export const MAX_SHARE_CHARS = 64_000

export interface SharedState {
  readonly input: ScenarioInput
  readonly view?: SavedView
  /**
   * What the analyst edited in the economics views (target margin, prices, demand…), which is not
   * part of the scenario; absent at the sourced defaults. Checked by the engine (in the worker)
   * before the link is applied: a link whose inputs it refuses is refused whole, with its reasons.
   */
  readonly economics?: EconomicsInputs
}

export type ShareFailure = 'malformed' | 'outdated' | 'newer' | 'invalid'

export type DecodeOutcome =
  | { readonly ok: true; readonly state: SharedState }
  | { readonly ok: false; readonly reason: ShareFailure; readonly message: string }

const FALLBACK = 'The default scenario is shown instead; your saved scenarios are untouched.'

export function encodeShareState(state: SharedState): string {
  return compressToEncodedURIComponent(
    JSON.stringify({
      v: SHARE_VERSION,
      s: state.input,
      ...(state.view ? { view: state.view } : {}),
      ...(state.economics ? { e: state.economics } : {}),
    }),
  )
}

/** The link for `state` on the page at `base` (origin + path + query, no hash). */
export function shareUrl(base: string, state: SharedState): string {
  return `${base}#${SHARE_PARAM}=${encodeShareState(state)}`
}

/** The share link for a scenario and view on the current page. */
export function shareLinkFor(
  location: Pick<Location, 'origin' | 'pathname' | 'search'>,
  input: ScenarioInput,
  view: SavedView,
  economics?: EconomicsInputs | null,
): string {
  const params = new URLSearchParams(location.search)
  params.delete(SHARE_PARAM)
  const query = params.toString()
  return shareUrl(`${location.origin}${location.pathname}${query ? `?${query}` : ''}`, {
    input,
    view,
    ...(economics ? { economics } : {}),
  })
}

/** The encoded state in a location's hash (`#s=…`) or query (`?s=…`), if any. */
export function readShareParam(hash: string, search: string): string | undefined {
  const fromHash = new URLSearchParams(hash.replace(/^#/, '')).get(SHARE_PARAM)
  if (fromHash !== null) return fromHash
  return new URLSearchParams(search).get(SHARE_PARAM) ?? undefined
}

function failure(reason: ShareFailure, why: string): DecodeOutcome {
  return { ok: false, reason, message: `${why} ${FALLBACK}` }
}

/**
 * The state in an encoded link, checked for shape and format version only: the scenario in it is
 * not yet known to be valid. The page checks it with the engine in the worker
 * (`invalidShareMessage` words the refusal); `decodeShareState` does both at once.
 */
export function decodeShareLink(encoded: string): DecodeOutcome {
  const damaged =
    'This link is damaged or incomplete (it may have been cut off when it was copied).'
  if (encoded.length === 0 || encoded.length > MAX_SHARE_CHARS) return failure('malformed', damaged)
  let text: string | null
  try {
    // URLSearchParams turns '+' into ' '; the encoding never contains spaces, so undo that.
    text = decompressFromEncodedURIComponent(encoded.replace(/ /g, '+'))
  } catch {
    // lz-string throws on some damaged input (found by the link fuzz tests): damaged, like the rest.
    text = null
  }
  if (!text) return failure('malformed', damaged)
  const parsed = parseUntrustedJson(text, 'The link')
  if (!parsed.ok) return failure('malformed', damaged)
  const doc = parsed.value
  if (!isPlainObject(doc) || !('s' in doc)) return failure('malformed', damaged)
  if (typeof doc.v !== 'number' || !Number.isInteger(doc.v) || doc.v < SHARE_VERSION) {
    return failure(
      'outdated',
      'This link uses an early link format that this version of the app no longer reads.',
    )
  }
  if (doc.v > SHARE_VERSION) {
    return failure(
      'newer',
      `This link was made by a newer version of the app (link format ${doc.v}); reload the page to update it.`,
    )
  }
  if (!isPlainObject(doc.s)) return failure('invalid', 'This link holds no scenario.')
  const view =
    isPlainObject(doc.view) && typeof doc.view.tab === 'string' && doc.view.tab.length <= 40
      ? { tab: doc.view.tab }
      : undefined
  // Economics inputs travel as the analyst left them; the engine names what it cannot use.
  const economics = isPlainObject(doc.e) ? (doc.e as unknown as EconomicsInputs) : undefined
  return {
    ok: true,
    state: { input: doc.s, ...(view ? { view } : {}), ...(economics ? { economics } : {}) },
  }
}

/** The refusal for a link whose scenario the engine rejects: its first three problems. */
export function invalidShareMessage(issues: readonly Pick<ScenarioIssue, 'message'>[]): string {
  const listed = issues.slice(0, 3).map((i) => i.message)
  // The worker names a link's economics inputs "economics inputs: …" (worker/engine-api.ts check).
  const what = issues.every((i) => i.message.startsWith('economics inputs: '))
    ? "This link's economics inputs cannot be used"
    : "This link's scenario cannot be used"
  return `${what}: ${listed.join('; ')}${issues.length > 3 ? '; …' : ''}. ${FALLBACK}`
}
