import type { ScenarioCheck } from '@/components/ui/scenario-check'
import { isQuotaError } from '@/lib/persistence/versioned-storage'
import type { Story } from '@/state/ui-slice'

import { decodeStoryPayload, storyPayload } from './story-codec'
import { STORY_STORAGE_KEY } from './story-storage-key'

/** The story kept in this browser, and what the user must be told about it. */
export interface StoredStory {
  readonly story: Story | null
  /** Something went wrong that the user should know of (nothing is ever dropped silently). */
  readonly message?: string
  /** False when saving would overwrite a stored story this version cannot read. */
  readonly writable: boolean
}

export type StorySaveOutcome =
  { readonly ok: true } | { readonly ok: false; readonly message: string }

type StoryStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/** Copy unreadable data aside before anything can overwrite it; the key it went to, if any. */
function keepCopy(storage: StoryStorage, raw: string, now: Date): string | undefined {
  const key = `${STORY_STORAGE_KEY}:backup:${now.toISOString()}`
  try {
    storage.setItem(key, raw)
    return key
  } catch {
    return undefined
  }
}

/**
 * The user's story kept in this browser (so it is there offline, after a reload), if any, its
 * scenarios checked by the engine through the app's port `check`. A story that cannot be read is
 * copied aside first (and the user told where); one saved by a newer version of the app, or one the
 * engine gave no answer on, is left untouched and not overwritten.
 */
export async function loadStoredStory(
  check: ScenarioCheck,
  storage: StoryStorage | undefined = globalThis.localStorage,
  now: Date = new Date(),
): Promise<StoredStory> {
  let raw: string | null
  try {
    raw = storage?.getItem(STORY_STORAGE_KEY) ?? null
  } catch {
    return {
      story: null,
      writable: false,
      message:
        'Browser storage cannot be read, so your presentation story lasts only until this tab closes. Download the story file to keep it.',
    }
  }
  if (!raw || !storage) return { story: null, writable: true }
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return setAside(storage, raw, now, 'it is not valid JSON')
  }
  const outcome = await decodeStoryPayload(data, check)
  if (outcome.ok) return { story: outcome.story, writable: true }
  if (outcome.unchecked) {
    return {
      story: null,
      writable: false,
      message:
        'Your saved presentation story could not be checked (the engine did not answer): it is left untouched and the default story is shown. Reload the page to open it; story changes are not saved until then.',
    }
  }
  if (/newer version/.test(outcome.message)) {
    return {
      story: null,
      writable: false,
      message: `Your saved presentation story was made by a newer version of the app: it is left untouched and the default story is shown. Reload the page to update.`,
    }
  }
  return setAside(storage, raw, now, outcome.message)
}

/** A stored story this version cannot read (`why`): copied aside, or, with no room, left alone. */
function setAside(storage: StoryStorage, raw: string, now: Date, why: string): StoredStory {
  const key = keepCopy(storage, raw, now)
  return key
    ? {
        story: null,
        writable: true,
        message: `Your saved presentation story could not be read (${why}). A copy was kept in this browser's storage under "${key}"; the default story is shown.`,
      }
    : {
        story: null,
        writable: false,
        message: `Your saved presentation story could not be read (${why}), and there is no room to keep a copy: it is left as it is, and story changes are not saved until some browser storage is freed.`,
      }
}

export function saveStoredStory(
  story: Story | null,
  storage: StoryStorage | undefined = globalThis.localStorage,
): StorySaveOutcome {
  if (!storage)
    return {
      ok: false,
      message:
        'Browser storage is switched off: your presentation story lasts only until this tab closes. Download the story file to keep it.',
    }
  try {
    if (story) storage.setItem(STORY_STORAGE_KEY, JSON.stringify(storyPayload(story)))
    else storage.removeItem(STORY_STORAGE_KEY)
    return { ok: true }
  } catch (error) {
    return {
      ok: false,
      message: isQuotaError(error)
        ? "The browser's storage is full, so the last change to your presentation story was not saved. It is still here in this tab: use Download story file to keep it."
        : 'The browser refused to save your presentation story; the last change is only in this tab. Use Download story file to keep it.',
    }
  }
}
