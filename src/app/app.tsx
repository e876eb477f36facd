import { useEffect } from 'react'

import { ErrorBoundary } from '@/components/ui/error-boundary'
import { ExportProvenanceContext } from '@/components/ui/export-provenance'
import { ScenarioCheckContext } from '@/components/ui/scenario-check'
import { ShareLinkContext, type ShareLinkFor } from '@/components/ui/share-link'
import { EditedAssumptionsBar } from '@/features/assumptions/components/edited-assumptions-bar'
import { AssumptionValuesContext } from '@/features/assumptions/hooks/use-assumption-values'
import { KpiStrip } from '@/features/kpi/components/kpi-strip'
import { HeaderControls } from '@/features/levers/components/header-controls'
import { LeverPanel } from '@/features/levers/components/lever-panel'
import { PresentationControls } from '@/features/presentation/components/presentation-controls'
import { PresentationStage } from '@/features/presentation/components/presentation-stage'
import { ScenarioControls } from '@/features/scenario/components/scenario-controls'
import { LibraryMenu } from '@/features/scenarios/components/library-menu'
import { shareLinkFor } from '@/features/scenarios/model/share-link'
import { selectPresentation } from '@/state/selectors'
import { useAppStore } from '@/state/store'

import { assumptionValuesInWorker } from './assumption-values'
import { startEconomicsSync } from './economics-sync'
import { engineClient } from './engine'
import { exportProvenance } from './export-provenance'
import { IssuesBanner } from './issues-banner'
import { Notices } from './notices'
import { checkIssues } from './scenario-check'
import { evaluateStorySteps } from './story-engine'
import { ViewTabs } from './view-tabs'
import { VIEWS } from './views'

/** Read at the moment of an export, so it names the scenario on screen then. */
const provenanceNow = () => exportProvenance(useAppStore.getState(), window.location, new Date())

/** A scenario's link on this page, for what prints it (the handout's pages). */
const linkFor: ShareLinkFor = (input, tab) => shareLinkFor(window.location, input, { tab })

export function App() {
  const presenting = useAppStore(selectPresentation)
  // The economics views' engine wiring (runs only while one of them is open).
  useEffect(() => startEconomicsSync(useAppStore, engineClient), [])
  return (
    <ExportProvenanceContext value={provenanceNow}>
      <ShareLinkContext value={linkFor}>
        <ScenarioCheckContext value={checkIssues}>
          <AssumptionValuesContext value={assumptionValuesInWorker}>
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
                  <ErrorBoundary label="Scenario library">
                    <LibraryMenu />
                  </ErrorBoundary>
                </div>
                <ErrorBoundary label="Presentation controls">
                  <PresentationControls views={VIEWS} evaluateSteps={evaluateStorySteps} />
                </ErrorBoundary>
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
                  {presenting ? null : (
                    <ErrorBoundary label="Edited assumptions">
                      <EditedAssumptionsBar />
                    </ErrorBoundary>
                  )}
                  <ErrorBoundary label="Presentation">
                    <PresentationStage views={VIEWS} evaluateSteps={evaluateStorySteps} />
                  </ErrorBoundary>
                  {presenting ? null : (
                    <ErrorBoundary label="Key figures">
                      <KpiStrip />
                    </ErrorBoundary>
                  )}
                  <ViewTabs />
                </main>
              </div>
              <Notices />
            </div>
          </AssumptionValuesContext>
        </ScenarioCheckContext>
      </ShareLinkContext>
    </ExportProvenanceContext>
  )
}
