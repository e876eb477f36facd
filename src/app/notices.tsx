import { useEffect, useRef } from 'react'

import { selectNotices } from '@/state/selectors'
import { useAppStore } from '@/state/store'

/** How long a notice stays: long enough to read a sentence, short enough not to linger on a slide. */
export const NOTICE_MS = 6000
/** A notice with Undo stays longer, so there is time to reach the button. */
export const UNDO_NOTICE_MS = 10_000

/**
 * Notices sit in the page flow above the view (never over the controls or a figure, at 1280×720 or
 * on a projector) and close themselves after a few seconds; × closes one at once.
 */
export function Notices() {
  const notices = useAppStore(selectNotices)
  const dismiss = useAppStore((s) => s.dismissNotice)
  const setScenario = useAppStore((s) => s.setScenario)

  // One timer per notice, started when it appears: a newer notice does not restart older ones.
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>())
  useEffect(() => {
    const live = timers.current
    for (const notice of notices) {
      if (live.has(notice.id)) continue
      const ms = notice.undoScenario ? UNDO_NOTICE_MS : NOTICE_MS
      live.set(
        notice.id,
        setTimeout(() => {
          live.delete(notice.id)
          dismiss(notice.id)
        }, ms),
      )
    }
  }, [notices, dismiss])
  useEffect(() => {
    const live = timers.current
    return () => {
      live.forEach(clearTimeout)
      live.clear()
    }
  }, [])

  if (notices.length === 0) return null
  return (
    <div className="notices" aria-live="polite">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`banner banner-${notice.tone} notice`}
          role={notice.tone === 'error' ? 'alert' : 'status'}
        >
          <span>{notice.message}</span>
          {notice.undoScenario ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                if (notice.undoScenario) setScenario(notice.undoScenario)
                dismiss(notice.id)
              }}
            >
              Undo
            </button>
          ) : null}
          <button
            type="button"
            className="button button-ghost"
            aria-label="Dismiss"
            onClick={() => dismiss(notice.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
