import { ErrorBoundary } from '@/components/ui/error-boundary'
import { KpiStrip } from '@/features/kpi/components/kpi-strip'
import { HeaderControls } from '@/features/levers/components/header-controls'
import { LeverPanel } from '@/features/levers/components/lever-panel'
import { ScenarioControls } from '@/features/scenario/components/scenario-controls'

import { IssuesBanner } from './issues-banner'
import { Notices } from './notices'
import { ViewTabs } from './view-tabs'

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <div className="app-brand">
          <h1>Inference Economics Lab</h1>
          <span>Cost and energy per token, 2026–2030</span>
        </div>
        <div className="app-header-controls">
          <ErrorBoundary label="Header controls">
            <HeaderControls />
          </ErrorBoundary>
        </div>
      </header>
      <div className="app-body">
        <aside className="app-sidebar" aria-label="Scenario and levers">
          <ErrorBoundary label="Scenario controls">
            <ScenarioControls />
          </ErrorBoundary>
          <ErrorBoundary label="Levers">
            <LeverPanel />
          </ErrorBoundary>
        </aside>
        <main className="app-main">
          <IssuesBanner />
          <ErrorBoundary label="Key figures">
            <KpiStrip />
          </ErrorBoundary>
          <ViewTabs />
        </main>
      </div>
      <Notices />
    </div>
  )
}
