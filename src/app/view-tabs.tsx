import { Suspense } from 'react'

import { ErrorBoundary } from '@/components/ui/error-boundary'
import { selectActiveView } from '@/state/selectors'
import { useAppStore } from '@/state/store'

import { VIEWS } from './views'

export function ViewTabs() {
  const activeView = useAppStore(selectActiveView)
  const setActiveView = useAppStore((s) => s.setActiveView)
  const active = VIEWS.find((v) => v.id === activeView) ?? VIEWS[0]
  if (!active) return null
  const ActiveComponent = active.component
  return (
    <section aria-label="Views">
      <div className="tabs" role="tablist" aria-label="Views">
        {VIEWS.map((view, index) => (
          <button
            key={view.id}
            type="button"
            role="tab"
            id={`tab-${view.id}`}
            aria-selected={view.id === active.id}
            aria-controls={`panel-${view.id}`}
            tabIndex={view.id === active.id ? 0 : -1}
            className="tab"
            title={view.description}
            data-group-start={index > 0 && VIEWS[index - 1]?.group !== view.group ? '' : undefined}
            onClick={() => setActiveView(view.id)}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return
              const index = VIEWS.findIndex((v) => v.id === active.id)
              const next =
                VIEWS[(index + (event.key === 'ArrowRight' ? 1 : VIEWS.length - 1)) % VIEWS.length]
              if (next) {
                setActiveView(next.id)
                document.getElementById(`tab-${next.id}`)?.focus()
              }
            }}
          >
            {view.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`panel-${active.id}`}
        aria-labelledby={`tab-${active.id}`}
        className="view-panel"
      >
        {/* Keyed by view: one view's failure is not shown on every other tab. */}
        <ErrorBoundary key={active.id} label={active.label}>
          <Suspense fallback={<p className="view-loading">Loading {active.label}…</p>}>
            <ActiveComponent />
          </Suspense>
        </ErrorBoundary>
      </div>
    </section>
  )
}
