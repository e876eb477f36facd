import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { encodeStoryHash, storyPayload } from '@/features/presentation/model/story-codec'
import { STORY_STORAGE_KEY } from '@/features/presentation/model/story-storage-key'
import { startStorySync } from '@/features/presentation/model/story-sync'
import { createAppStore, type AppStore } from '@/state/store'

import { THREE_STEP_STORY } from './fixtures'

let store: AppStore
let stop: (() => void) | undefined

const settle = () => new Promise((resolve) => setTimeout(resolve, 20))

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
    stop = startStorySync(store)
    await settle()
    expect(store.getState().story?.steps.map((s) => s.title)).toEqual(['Alpha', 'Bravo', 'Charlie'])
  })

  it('keeps edits and removes the kept story when the user goes back to the default', async () => {
    stop = startStorySync(store)
    store.getState().setStory(THREE_STEP_STORY)
    await settle()
    expect(JSON.parse(localStorage.getItem(STORY_STORAGE_KEY) ?? 'null')).toEqual(storyPayload(THREE_STEP_STORY))
    store.getState().setStory(null)
    await settle()
    expect(localStorage.getItem(STORY_STORAGE_KEY)).toBeNull()
  })

  it('opens a shared link, says so, and takes the story out of the address', async () => {
    window.history.replaceState(null, '', `/#view=x&${encodeStoryHash(THREE_STEP_STORY)}`)
    stop = startStorySync(store)
    await settle()
    expect(store.getState().story?.title).toBe('Three steps')
    expect(store.getState().notices.at(-1)?.message).toMatch(/Opened the shared story “Three steps” \(3 steps\)/)
    expect(window.location.hash).toBe('#view=x')
  })

  it('says why a broken link cannot be opened and changes nothing', async () => {
    window.history.replaceState(null, '', '/#story=broken')
    stop = startStorySync(store)
    await settle()
    expect(store.getState().story).toBeNull()
    const notice = store.getState().notices.at(-1)
    expect(notice?.tone).toBe('error')
    expect(notice?.message).toMatch(/The shared story link could not be opened: the link is damaged/)
  })
})
