/** The engine's public surface. Everything else in src/engine is internal. */
export { resolveScenario } from './scenario'
export { REFERENCE } from './reference'
export type { Scenario, ScenarioInput, ScenarioIssue, ResolveOutcome } from './scenario'
export { simulate, runScenario, scenarioParams } from './simulate'
export type {
  SimulationResult,
  CostComponents,
  EnergyComponents,
  PhaseResult,
  EnergyBoundary,
} from './result'
export { ACCELERATORS, acceleratorById } from './catalog/accelerators'
export { MODELS, modelById } from './catalog/models'
export { WORKLOADS, workloadById } from './catalog/workloads'
export type {
  AcceleratorSpec,
  ModelSpec,
  WorkloadSpec,
  Citation,
  EvidenceGrade,
  NumberFormat,
} from './catalog/types'
export { LEVERS, leverById } from './levers/catalog'
export { LEVER_IDS, LEVER_GROUPS, isLeverId } from './levers/ids'
export type { LeverId, LeverGroup, AssumptionSet } from './levers/ids'
export type { LeverSpec, LeverEffect } from './levers/types'
export { scenarioInputSchema } from './scenario-schema'
export { PRESETS, presetById, type Preset } from './presets/presets'
export { accuracyFor, regimeKeyFor, type Accuracy } from './validation/accuracy'
