/**
 * Reading JSON we did not write (an imported file, a shared link) without trusting it: a size cap,
 * a nesting cap checked before parsing, a node-count cap, and no keys that could reach an object's
 * prototype (`__proto__`, `constructor`, `prototype`). Every refusal says what was wrong.
 */

export const MAX_IMPORT_BYTES = 1_000_000 // 1 MB: a scenario file is a few kB
export const MAX_DEPTH = 24 // nesting levels: a scenario needs about 8
export const MAX_NODES = 50_000 // values in the whole document

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export type UntrustedJson =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string }

function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`
  if (bytes >= 1e3) return `${Math.round(bytes / 1e3)} kB`
  return `${bytes} bytes`
}

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length
}

/** Deepest bracket nesting outside strings, or Infinity once it passes `limit` (stops early). */
export function nestingDepth(text: string, limit = MAX_DEPTH): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (inString) {
      if (ch === 92 /* \ */) i++
      else if (ch === 34 /* " */) inString = false
      continue
    }
    if (ch === 34) inString = true
    else if (ch === 123 /* { */ || ch === 91 /* [ */) {
      depth++
      if (depth > deepest) deepest = depth
      if (deepest > limit) return Infinity
    } else if (ch === 125 /* } */ || ch === 93 /* ] */) depth--
  }
  return deepest
}

/** The path of the first forbidden key, or a node-count overflow, walking iteratively. */
function findHazard(value: unknown): string | undefined {
  const stack: { node: unknown; path: string }[] = [{ node: value, path: '' }]
  let count = 0
  while (stack.length > 0) {
    const { node, path } = stack.pop()!
    if (++count > MAX_NODES) return `it holds more than ${MAX_NODES.toLocaleString('en-US')} values`
    if (node === null || typeof node !== 'object') continue
    if (Array.isArray(node)) {
      node.forEach((item, i) => stack.push({ node: item, path: `${path}[${i}]` }))
      continue
    }
    for (const key of Object.keys(node)) {
      const at = path ? `${path}.${key}` : key
      if (FORBIDDEN_KEYS.has(key))
        return `it contains the key "${key}" (at ${at}), which is not allowed`
      stack.push({ node: (node as Record<string, unknown>)[key], path: at })
    }
  }
  return undefined
}

/** Parse untrusted JSON text; `what` names it in messages ("the file", "the link"). */
export function parseUntrustedJson(
  text: string,
  what: string,
  maxBytes = MAX_IMPORT_BYTES,
): UntrustedJson {
  if (text.length > maxBytes || byteLength(text) > maxBytes) {
    return {
      ok: false,
      message: `${what} is too large (${formatBytes(byteLength(text))}; at most ${formatBytes(maxBytes)} is accepted).`,
    }
  }
  if (text.trim() === '') return { ok: false, message: `${what} is empty.` }
  if (nestingDepth(text) > MAX_DEPTH) {
    return {
      ok: false,
      message: `${what} is nested more than ${MAX_DEPTH} levels deep; a scenario never is.`,
    }
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return {
      ok: false,
      message: `${what} is not valid JSON (${error instanceof Error ? error.message : 'parse error'}).`,
    }
  }
  const hazard = findHazard(value)
  if (hazard) return { ok: false, message: `${what} was refused: ${hazard}.` }
  return { ok: true, value }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
