import type { Story } from '@/state/ui-slice'

import { decodeStoryPayload, storyPayload } from './story-codec'
import { STORY_STORAGE_KEY } from './story-storage-key'

/** The user's story kept in this browser (so it is there offline, after a reload), if any. */
export function loadStoredStory(storage: Storage | undefined = globalThis.localStorage): Story | null {
  try {
    const text = storage?.getItem(STORY_STORAGE_KEY)
    if (!text) return null
    const outcome = decodeStoryPayload(JSON.parse(text))
    return outcome.ok ? outcome.story : null
  } catch {
    return null
  }
}

export function saveStoredStory(story: Story | null, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    if (story) storage?.setItem(STORY_STORAGE_KEY, JSON.stringify(storyPayload(story)))
    else storage?.removeItem(STORY_STORAGE_KEY)
  } catch {
    // Storage full or disabled (private mode): the story still works for this visit.
  }
}
