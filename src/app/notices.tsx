import { selectNotices } from '@/state/selectors'
import { useAppStore } from '@/state/store'

export function Notices() {
  const notices = useAppStore(selectNotices)
  const dismiss = useAppStore((s) => s.dismissNotice)
  const setScenario = useAppStore((s) => s.setScenario)
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
