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
