import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { encodeStoryHash, storyPayload } from '@/features/presentation/model/story-codec'
import { STORY_STORAGE_KEY } from '@/features/presentation/model/story-storage-key'
import { startStorySync } from '@/features/presentation/model/story-sync'
import { createAppStore, type AppStore } from '@/state/store'

import { checkInThread } from '../../helpers/scenario-check'

import { THREE_STEP_STORY } from './fixtures'

let store: AppStore
let stop: (() => void) | undefined

// The sync loads the codec lazily; loaded once here, later loads resolve at once, so a short pause
// settles every step even on a busy machine.
await import('@/features/presentation/model/story-storage')
const settle = () => new Promise((resolve) => setTimeout(resolve, 50))

beforeEach(() => {
  store = createAppStore()
  localStorage.clear()
  window.history.replaceState(null, '', '/')
})

afterEach(() => {
  stop?.()
  stop = undefined
})

describe('story sync', () => {
  it('restores the story kept in this browser', async () => {
    localStorage.setItem(STORY_STORAGE_KEY, JSON.stringify(storyPayload(THREE_STEP_STORY)))
    stop = startStorySync(store, checkInThread)
    await settle()
    expect(store.getState().story?.steps.map((s) => s.title)).toEqual(['Alpha', 'Bravo', 'Charlie'])
  })

  it('keeps edits and removes the kept story when the user goes back to the default', async () => {
    stop = startStorySync(store, checkInThread)
    store.getState().setStory(THREE_STEP_STORY)
    await settle()
    expect(JSON.parse(localStorage.getItem(STORY_STORAGE_KEY) ?? 'null')).toEqual(
      storyPayload(THREE_STEP_STORY),
    )
    store.getState().setStory(null)
    await settle()
    expect(localStorage.getItem(STORY_STORAGE_KEY)).toBeNull()
  })

  it('opens a shared link, says so, and takes the story out of the address', async () => {
    window.history.replaceState(null, '', `/#view=x&${encodeStoryHash(THREE_STEP_STORY)}`)
    stop = startStorySync(store, checkInThread)
    await settle()
    expect(store.getState().story?.title).toBe('Three steps')
    expect(store.getState().notices.at(-1)?.message).toMatch(
      /Opened the shared story “Three steps” \(3 steps\)/,
    )
    expect(window.location.hash).toBe('#view=x')
  })

  it('says why a broken link cannot be opened and changes nothing', async () => {
    window.history.replaceState(null, '', '/#story=broken')
    stop = startStorySync(store, checkInThread)
    await settle()
    expect(store.getState().story).toBeNull()
    const notice = store.getState().notices.at(-1)
    expect(notice?.tone).toBe('error')
    expect(notice?.message).toMatch(
      /The shared story link could not be opened: the link is damaged/,
    )
  })
})

describe('story kept in this browser: nothing is lost silently', () => {
  it('keeps a copy of a story it cannot read, says where, and shows the default story', async () => {
    localStorage.setItem(
      STORY_STORAGE_KEY,
      '{"format": "inference-economics-lab/story", "version": 1, "story": {"title": "Mine", "steps": [ broken',
    )
    stop = startStorySync(store, checkInThread)
    await settle()
    expect(store.getState().story).toBeNull()
    const message = store.getState().notices.at(-1)?.message ?? ''
    expect(message).toMatch(
      /Your saved presentation story could not be read \(it is not valid JSON\)\. A copy was kept in this browser's storage under "inference-economics-lab\.story\.v1:backup:/,
    )
    const backup = Object.keys(localStorage).find((k) =>
      k.startsWith(`${STORY_STORAGE_KEY}:backup:`),
    )
    expect(localStorage.getItem(backup ?? '')).toContain('broken')
  })

  it('leaves a story from a newer version untouched and never overwrites it', async () => {
    const newer = JSON.stringify({ ...storyPayload(THREE_STEP_STORY), version: 9 })
    localStorage.setItem(STORY_STORAGE_KEY, newer)
    stop = startStorySync(store, checkInThread)
    await settle()
    expect(store.getState().notices.at(-1)?.message).toMatch(
      /made by a newer version of the app: it is left untouched/,
    )
    store.getState().setStory(THREE_STEP_STORY)
    await settle()
    expect(localStorage.getItem(STORY_STORAGE_KEY)).toBe(newer)
    expect(store.getState().notices.at(-1)?.message).toMatch(/kept in this tab only/)
  })

  it('leaves a stored story untouched, and never overwrites it, when the engine gives no answer', async () => {
    const kept = JSON.stringify(storyPayload(THREE_STEP_STORY))
    localStorage.setItem(STORY_STORAGE_KEY, kept)
    stop = startStorySync(store, () => Promise.resolve(undefined))
    await settle()
    expect(store.getState().story).toBeNull()
    expect(store.getState().notices.at(-1)?.message).toMatch(
      /could not be checked \(the engine did not answer\): it is left untouched/,
    )
    expect(Object.keys(localStorage).filter((k) => k.includes(':backup:'))).toEqual([])
    store.getState().setStory({ ...THREE_STEP_STORY, title: 'Edited meanwhile' })
    await settle()
    expect(localStorage.getItem(STORY_STORAGE_KEY)).toBe(kept)
    expect(store.getState().notices.at(-1)?.message).toMatch(/kept in this tab only/)
  })

  it('refuses a shared link whose step the engine refuses, naming the step', async () => {
    const bad = {
      ...THREE_STEP_STORY,
      steps: THREE_STEP_STORY.steps.map((step, i) =>
        i === 0 ? { ...step, input: { year: 2099 } } : step,
      ),
    }
    window.history.replaceState(null, '', `/#${encodeStoryHash(bad)}`)
    stop = startStorySync(store, checkInThread)
    await settle()
    expect(store.getState().story).toBeNull()
    expect(store.getState().notices.at(-1)?.message).toBe(
      'The shared story link could not be opened: step 1 (“Alpha”) has a scenario that cannot run: year must be at most 2030 (got 2099).',
    )
  })

  it('says so when the storage is full, and keeps the story in the tab', async () => {
    stop = startStorySync(store, checkInThread)
    // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was, never called detached
    const original = Storage.prototype.setItem
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError')
    }
    try {
      store.getState().setStory(THREE_STEP_STORY)
      await settle()
    } finally {
      Storage.prototype.setItem = original
    }
    expect(store.getState().story?.title).toBe('Three steps')
    expect(store.getState().notices.at(-1)?.message).toMatch(
      /storage is full, so the last change to your presentation story was not saved/,
    )
  })
})
