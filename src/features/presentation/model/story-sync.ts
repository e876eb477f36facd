import type { ScenarioCheck } from '@/components/ui/scenario-check'
import type { AppStore } from '@/state/store'

import { hashWithoutStory, storyParamFromHash } from './story-hash'
import { STORY_STORAGE_KEY } from './story-storage-key'

function storageOf(win: Window): Storage | undefined {
  try {
    return win.localStorage
  } catch {
    return undefined
  }
}

/**
 * Keeps the user's story across visits (local storage, so it is there offline) and opens a story
 * shared as a link (#story=…). A link that cannot be read says why and changes nothing. The codec
 * (zod, for the story's shape) loads only when there is a story to read or write; each step's
 * scenario is checked by the engine in the worker, through the app's port `check`.
 */
export function startStorySync(
  store: AppStore,
  check: ScenarioCheck,
  win: Window = window,
): () => void {
  const storage = storageOf(win)
  let disposed = false
  const codec = async () => ({
    ...(await import('./story-storage')),
    ...(await import('./story-codec')),
  })

  const openFromHash = async (): Promise<boolean> => {
    const param = storyParamFromHash(win.location.hash)
    if (param === undefined) return false
    const { pathname, search } = win.location
    win.history.replaceState(
      win.history.state,
      '',
      `${pathname}${search}${hashWithoutStory(win.location.hash)}`,
    )
    const { decodeStoryParam } = await codec()
    if (disposed) return true
    const outcome = await decodeStoryParam(param, check)
    if (disposed) return true
    const state = store.getState()
    if (outcome.ok) {
      state.setStory(outcome.story)
      const count = outcome.story.steps.length
      state.notify(
        'info',
        `Opened the shared story “${outcome.story.title}” (${count} step${count === 1 ? '' : 's'}). Press P to present it.`,
      )
    } else {
      state.notify('error', `The shared story link could not be opened: ${outcome.message}.`)
    }
    return true
  }

  /** False while a stored story this version cannot read must not be overwritten. */
  let writable = true
  const hasStored = (): boolean => {
    try {
      return Boolean(storage?.getItem(STORY_STORAGE_KEY))
    } catch {
      return false
    }
  }

  const ready = (async () => {
    if (await openFromHash()) return
    if (!hasStored()) return
    const { loadStoredStory } = await codec()
    const stored = await loadStoredStory(check, storage)
    writable = stored.writable
    if (disposed) return
    if (stored.message) store.getState().notify('warning', stored.message)
    if (stored.story && store.getState().story === null) store.getState().setStory(stored.story)
  })()

  const unsubscribe = store.subscribe(
    (s) => s.story,
    (story) => {
      void ready.then(codec).then(({ saveStoredStory }) => {
        if (store.getState().story !== story || disposed) return
        if (!writable) {
          store
            .getState()
            .notify(
              'warning',
              'Your story changes are kept in this tab only: the stored story cannot be replaced (see the earlier message). Use Download story file to keep them.',
            )
          return
        }
        const saved = saveStoredStory(story, storage)
        if (!saved.ok) store.getState().notify('error', saved.message)
      })
    },
  )
  const onHashChange = (): void => {
    void openFromHash()
  }
  win.addEventListener('hashchange', onHashChange)
  return () => {
    disposed = true
    unsubscribe()
    win.removeEventListener('hashchange', onHashChange)
  }
}
