/**
 * Full screen follows presentation mode even when the browser grants it late: a presenter pressing
 * P twice in quick succession had been left in full screen out of presentation mode (found by a
 * review in headless Chromium, 2026-12-07).
 */
import { describe, expect, it } from 'vitest'

import {
  enterFullscreen,
  exitFullscreen,
  fullscreenEndedByUser,
} from '@/features/presentation/model/fullscreen'

/** A document whose full-screen requests settle only when the test says so, as a browser's do. */
function slowDocument() {
  const grants: (() => void)[] = []
  let element: Element | null = null
  const root = {
    requestFullscreen: () =>
      new Promise<void>((resolve) => {
        grants.push(() => {
          element = root as unknown as Element
          resolve()
        })
      }),
  }
  const doc = {
    documentElement: root,
    get fullscreenElement() {
      return element
    },
    exitFullscreen: () => {
      element = null
      return Promise.resolve()
    },
  } as unknown as Document
  return {
    doc,
    requests: () => grants.length,
    /** The browser grants every request made so far; then promise callbacks run. */
    grant: async () => {
      for (const g of grants.splice(0)) g()
      await new Promise((r) => setTimeout(r, 0))
    },
    isFullscreen: () => element !== null,
  }
}

describe('full screen and presentation mode', () => {
  it('enter then leave before the browser grants it: full screen ends up off', async () => {
    const b = slowDocument()
    enterFullscreen(b.doc)
    exitFullscreen(b.doc)
    await b.grant()
    expect(b.isFullscreen()).toBe(false)
    // Our own exit is not the user leaving full screen: presentation mode is not ended again.
    expect(fullscreenEndedByUser(b.doc)).toBe(false)
  })

  it('enter, leave, enter before it is granted: one request, full screen on, and Esc then ends it', async () => {
    const b = slowDocument()
    enterFullscreen(b.doc)
    exitFullscreen(b.doc)
    enterFullscreen(b.doc)
    expect(b.requests()).toBe(1)
    await b.grant()
    expect(b.isFullscreen()).toBe(true)
    expect(fullscreenEndedByUser(b.doc)).toBe(false)
    // The user presses Esc: the browser leaves full screen, and presentation mode must follow.
    await b.doc.exitFullscreen()
    expect(fullscreenEndedByUser(b.doc)).toBe(true)
    expect(fullscreenEndedByUser(b.doc)).toBe(false) // once
  })

  it('an odd number of quick presses ends in full screen, an even number out of it', async () => {
    for (const presses of [1, 2, 3, 4, 7]) {
      const b = slowDocument()
      for (let i = 0; i < presses; i++) {
        if (i % 2 === 0) enterFullscreen(b.doc)
        else exitFullscreen(b.doc)
      }
      await b.grant()
      expect(b.isFullscreen(), `${presses} presses`).toBe(presses % 2 === 1)
      exitFullscreen(b.doc)
      await b.grant()
    }
  })
})
