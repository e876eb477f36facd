import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { App } from '@/app/app'
import { startClaimsSync } from '@/app/claims-sync'
import { startCompareSync } from '@/app/compare-sync'
import { installE2eHooks } from '@/app/e2e-hooks'
import { engineClient } from '@/app/engine'
import { startEngineSync } from '@/app/engine-sync'
import { seedReferenceResult } from '@/app/first-paint'
import { startFrontierSync } from '@/app/frontier-sync'
import { startLibrarySync } from '@/app/library-sync'
import { startOutlookSync } from '@/app/outlook-sync'
import { registerServiceWorker } from '@/app/pwa'
import { checkIssues, checkScenario } from '@/app/scenario-check'
import { installShortcuts } from '@/app/shortcuts'
import { startUrlSync } from '@/app/url-sync'
import { VIEWS } from '@/app/views'
import { startStorySync } from '@/features/presentation/model/story-sync'
import { useAppStore } from '@/state/store'

import '@/styles/theme.css'
import '@/styles/layout.css'
import '@/styles/print.css'

const rootElement = document.getElementById('root')
if (!rootElement) throw new Error('#root element missing from index.html')

// Saved scenarios and a shared link are applied before the first engine run (a link is checked
// by the engine worker first; without one, `ready` settles at once, before the first render). The
// untouched default scenario shows its precomputed result at once (first-paint.ts); the engine's
// own reply replaces it.
startLibrarySync(useAppStore)
void startUrlSync(useAppStore, checkScenario).ready.then(() => {
  seedReferenceResult(useAppStore)
  startEngineSync(useAppStore, engineClient)
})
startStorySync(useAppStore, checkIssues)
installShortcuts(useAppStore, () => VIEWS.map((v) => v.id))
registerServiceWorker()
startClaimsSync(useAppStore, engineClient)
startCompareSync(useAppStore, engineClient)
startOutlookSync(useAppStore, engineClient)
startFrontierSync(useAppStore, engineClient)
installE2eHooks(useAppStore, engineClient)

createRoot(rootElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
