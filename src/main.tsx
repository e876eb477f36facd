import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { App } from '@/app/app'
import { engineClient } from '@/app/engine'
import { startEngineSync } from '@/app/engine-sync'
import { useAppStore } from '@/state/store'

import '@/styles/theme.css'
import '@/styles/layout.css'

const rootElement = document.getElementById('root')
if (!rootElement) throw new Error('#root element missing from index.html')

startEngineSync(useAppStore, engineClient)

createRoot(rootElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
