/**
 * Deterministic random share links (`#s=…`) for the browser fuzz tests: valid scenarios, engine-
 * invalid ones, damaged, truncated, oversized, wrongly versioned and hostile encodings.
 */
import { compressToEncodedURIComponent } from 'lz-string'

import { LEVER_IDS } from '@/engine/index'
import { encodeShareState, MAX_SHARE_CHARS } from '@/features/scenarios/model/share-link'

/** mulberry32: a small seeded generator, so a failing link can be reproduced from the seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+$%.~ '
const MODELS = ['llama-3.3-70b', 'llama-3.1-8b', 'deepseek-v3', 'no-such-model']
const HARDWARE = ['h100-sxm', 'b200', 'mi300x', 'h200-sxm', 'not-a-chip']
const WEIRD: readonly unknown[] = [
  null,
  -1,
  0,
  1e308,
  -1e308,
  'NaN',
  '',
  true,
  [],
  {},
  'x'.repeat(300),
  2.5,
  2045,
]

export function randomShareHashes(count: number, seed: number): string[] {
  const random = seeded(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const text = (length: number): string => Array.from({ length }, () => pick([...SAFE])).join('')
  const levers = (): Record<string, unknown> =>
    Object.fromEntries(
      LEVER_IDS.filter(() => random() < 0.3).map((id) => [id, Math.round(random() * 100) / 100]),
    )
  const validInput = (): Record<string, unknown> => ({
    year: 2026 + Math.floor(random() * 5),
    ...(random() < 0.5 ? { model: pick(MODELS.slice(0, 3)) } : {}),
    ...(random() < 0.5 ? { hardware: pick(HARDWARE.slice(0, 4)) } : {}),
    levers: levers(),
  })
  const makers: readonly (() => string)[] = [
    // A valid link (the engine accepts it).
    () =>
      encodeShareState({
        input: validInput(),
        view: { tab: pick(['overview', 'trajectory', 'compare', 'nonsense']) },
      }),
    // Valid encoding, a scenario the engine refuses (wrong values and types, unknown ids).
    () => {
      const input: Record<string, unknown> = validInput()
      const field = pick([
        'year',
        'model',
        'hardware',
        'levers',
        'workload',
        'assumptions',
        'precision',
      ])
      input[field] =
        field === 'levers'
          ? { [pick([...LEVER_IDS, 'warpDrive'])]: pick(WEIRD) }
          : field === 'model'
            ? pick(['no-such-model', ...WEIRD])
            : pick(WEIRD)
      return encodeShareState({ input })
    },
    // Random characters.
    () => text(Math.floor(random() * 200)),
    // A valid link cut short, or with a character changed.
    () => {
      const good = encodeShareState({ input: validInput() })
      if (random() < 0.5) return good.slice(0, Math.max(1, Math.floor(random() * good.length)))
      const at = Math.floor(random() * good.length)
      return `${good.slice(0, at)}${pick([...SAFE])}${good.slice(at + 1)}`
    },
    // Other format versions and shapes.
    () =>
      compressToEncodedURIComponent(
        JSON.stringify(
          pick([
            { v: 0, s: {} },
            { v: 2, s: {} },
            { v: 'one', s: {} },
            { v: 1 },
            { v: 1, s: [] },
            { v: 1, s: 'x' },
            [],
            42,
            null,
            'text',
          ]),
        ),
      ),
    // Hostile JSON: prototype keys, deep nesting, non-JSON text.
    () =>
      compressToEncodedURIComponent(
        pick([
          '{"v":1,"s":{"__proto__":{"polluted":true}}}',
          `{"v":1,"s":${'{"a":'.repeat(40)}1${'}'.repeat(40)}}`,
          '{"v":1,"s":{"constructor":{"prototype":{"x":1}}}}',
          '{"v":1,"s":{"year":2027,}',
          '<script>alert(1)</script>',
          `{"v":1,"s":{"levers":{${LEVER_IDS.map((id) => `"${id}":1e999`).join(',')}}}}`,
        ]),
      ),
    // Longer than any link the app writes.
    () => 'A'.repeat(MAX_SHARE_CHARS + 1 + Math.floor(random() * 100)),
  ]
  return Array.from({ length: count }, () => `#s=${pick(makers)()}`)
}
