import { countAssumptionEdits } from './assumption-edits'
import type { AppState } from './store'

export const selectScenario = (s: AppState) => s.scenario
export const selectPresetId = (s: AppState) => s.presetId
export const selectLevers = (s: AppState) => s.scenario.levers
export const selectYear = (s: AppState) => s.scenario.year ?? 2026
export const selectAssumptions = (s: AppState) => s.scenario.assumptions ?? 'article'
export const selectResult = (s: AppState) => s.run.result
export const selectRunStatus = (s: AppState) => s.run.status
export const selectIssues = (s: AppState) => s.run.issues
export const selectRunFailure = (s: AppState) => s.run.failure
export const selectComputeMs = (s: AppState) => s.run.computeMs
export const selectTrajectory = (s: AppState) => s.analysis.trajectory
export const selectUncertainty = (s: AppState) => s.analysis.uncertainty
export const selectAttribution = (s: AppState) => s.analysis.attribution
export const selectSensitivity = (s: AppState) => s.analysis.sensitivity
export const selectAnalysisStatus = (s: AppState) => s.analysis
export const selectActiveView = (s: AppState) => s.activeView
export const selectPresentation = (s: AppState) => s.presentation
export const selectNotices = (s: AppState) => s.notices
export const selectClaims = (s: AppState) => s.claims
export const selectStory = (s: AppState) => s.story
export const selectStoryStep = (s: AppState) => s.storyStep
export const selectFrozen = (s: AppState) => s.frozen
export const selectShortcutsOpen = (s: AppState) => s.shortcutsOpen
/**
 * One line naming the scenario a chart shows: the engine's one-line label (model on replica,
 * workload, year, levers on; engine/labels.ts, the one function that writes it) and the effect set.
 */
export const selectScenarioSummary = (s: AppState): string => {
  const r = s.run.result
  if (!r) return ''
  const effects = r.scenario.assumptions === 'evidence' ? 'Evidence' : 'Article'
  return `${r.labels.scenario} · ${effects} effects`
}
export const selectEconomics = (s: AppState) => s.economics
export const selectEconomicsInputs = (s: AppState) => s.economics.inputs
export const selectEconomicsResult = (s: AppState) => s.economics.result
/** How many assumptions (hardware, model, prices, energy, lever effects) differ from their defaults. */
export const selectEditedAssumptionCount = (s: AppState): number => countAssumptionEdits(s.scenario)
export const selectLibrary = (s: AppState) => s.library
export const selectCompare = (s: AppState) => s.compare
export const selectOutlook = (s: AppState) => s.outlook
export const selectValidation = (s: AppState) => s.validation
export const selectFrontier = (s: AppState) => s.frontier
