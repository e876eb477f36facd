import { compressToEncodedURIComponent } from 'lz-string'
import { describe, expect, it } from 'vitest'

import { shareLinkFor } from '@/features/scenarios/model/actions'
import {
  encodeShareState,
  readShareParam,
  SHARE_VERSION,
} from '@/features/scenarios/model/share-link'

import { decodeShareState } from '../../../helpers/share-link'

const encode = (value: unknown): string => compressToEncodedURIComponent(JSON.stringify(value))

describe('share links', () => {
  it('round-trips the whole scenario and the view, compactly', () => {
    const state = {
      input: {
        hardware: { base: 'h100-sxm', memoryBandwidthTBps: 4.8 },
        levers: { hbm: 1, inferenceEngine: 0.5 },
        year: 2030,
        leverOverrides: { hbm: { MEMORY_BYTES: [1, 2, 3] as [number, number, number] } },
      },
      view: { tab: 'compare' },
    }
    const encoded = encodeShareState(state)
    expect(encoded).toMatch(/^[A-Za-z0-9+\-$]+$/)
    expect(encoded.length).toBeLessThan(
      encodeURIComponent(JSON.stringify({ v: 1, s: state.input, view: state.view })).length,
    )
    expect(decodeShareState(encoded)).toEqual({ ok: true, state })
  })

  it('builds a link on the current page, replacing an old state parameter', () => {
    const url = shareLinkFor(
      { origin: 'https://lab.example', pathname: '/app/', search: '?s=old&lang=en' },
      { year: 2027 },
      { tab: 'overview' },
    )
    expect(url.startsWith('https://lab.example/app/?lang=en#s=')).toBe(true)
    const encoded = readShareParam(new URL(url).hash, '')
    expect(encoded && decodeShareState(encoded)).toEqual({
      ok: true,
      state: { input: { year: 2027 }, view: { tab: 'overview' } },
    })
  })

  it('reads the state from the hash or the query, and survives "+" turned into spaces', () => {
    const encoded = encodeShareState({ input: { year: 2029, name: 'a+b?c' } })
    expect(readShareParam(`#s=${encoded}`, '')).toBe(encoded.replace(/\+/g, ' '))
    expect(readShareParam('', `?s=${encoded}`)).toBeDefined()
    expect(readShareParam('#other=1', '')).toBeUndefined()
    const decoded = decodeShareState(readShareParam(`#s=${encoded}`, '')!)
    expect(decoded.ok && decoded.state.input).toEqual({ year: 2029, name: 'a+b?c' })
  })

  it.each([
    ['garbage', 'not-a-real-link', 'malformed', /damaged or incomplete/],
    [
      'a cut-off link',
      encodeShareState({ input: { year: 2030 } }).slice(0, 12),
      'malformed',
      /damaged or incomplete/,
    ],
    ['an empty state', '', 'malformed', /damaged/],
    ['an early format', encode({ s: { year: 2027 } }), 'outdated', /early link format/],
    [
      'a newer format',
      encode({ v: SHARE_VERSION + 1, s: {} }),
      'newer',
      /newer version of the app \(link format 2\)/,
    ],
    [
      'an invalid scenario',
      encode({ v: 1, s: { year: 2099 } }),
      'invalid',
      /year must be at most 2030 \(got 2099\)/,
    ],
    [
      'a hostile key',
      encode({ v: 1, s: { levers: { ['__proto__']: { x: 1 } } } }).replace(/^/, ''),
      'malformed',
      /damaged/,
    ],
  ])('refuses %s with a message and a fallback', (_what, encoded, reason, message) => {
    const outcome = decodeShareState(encoded)
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.reason).toBe(reason)
    expect(outcome.message).toMatch(message)
    expect(outcome.message).toMatch(/your saved scenarios are untouched/)
  })
})
