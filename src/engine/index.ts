/** The engine's public surface. Everything else in src/engine is internal. */
export { resolveScenario } from './scenario'
export { REFERENCE } from './reference'
export type { Scenario, ScenarioInput, ScenarioIssue, ResolveOutcome } from './scenario'
/** The assumptions editor's values (current and per-section defaults), computed in the worker. */
export {
  ASSUMPTION_SECTIONS,
  assumptionValues,
  type AssumptionSection,
  type AssumptionValues,
} from './assumption-values'
export { simulate, runScenario, scenarioParams } from './simulate'
export { frontier, type FrontierOptions, type FrontierPoint } from './frontier'
export type {
  DeploymentPlan,
  SimulationResult,
  SpeculativeResult,
  CostComponents,
  EnergyComponents,
  PhaseResult,
  EnergyBoundary,
} from './result'
export { ACCELERATORS, acceleratorById } from './catalog/accelerators'
export { MODELS, modelById } from './catalog/models'
export { WORKLOADS, workloadById } from './catalog/workloads'
export { roadmapParts, ROADMAP_FIRST_YEAR } from './catalog/roadmap'
export { defaultPrecision, type DefaultPrecision } from './catalog/native-precision'
export type {
  AcceleratorSpec,
  ModelSpec,
  WorkloadSpec,
  Citation,
  EvidenceGrade,
  NativePrecision,
  NumberFormat,
} from './catalog/types'
export { LEVERS, leverById } from './levers/catalog'
export { LEVER_IDS, LEVER_GROUPS, isLeverId } from './levers/ids'
export type { LeverId, LeverGroup, AssumptionSet } from './levers/ids'
export type { LeverSpec, LeverEffect } from './levers/types'
export { hardwareObjectSchema, modelObjectSchema, scenarioInputSchema } from './scenario-schema'
export { PRESETS, presetById, type Preset } from './presets/presets'
/** zod as the engine configures it (jitless, so it runs under the page's CSP; see zod.ts). */
export { z } from './zod'

// Catalogue and lever vocabulary the features show.
export { FAMILY_DEFAULTS, MEMORY_ENERGY_FIT } from './catalog/families'
export type { HardwareFamily } from './catalog/types'
export { availability } from './levers/apply'
export { paramWords } from './levers/param-words'
export type { EffectRange, ParamName } from './levers/types'

// Analyses: trajectory, uncertainty, attribution, sensitivity, claims.
export { analyze } from './analysis/analyze'
export type { AnalysisOptions, AnalysisPart, AnalysisResult } from './analysis/analyze'
export type { Attribution, AttributionMethod, AttributionTable } from './analysis/attribution'
export { attributionFromPartials, bandsFromSamples, sortSensitivity } from './analysis/partials'
export type { SensitivityRow } from './analysis/sensitivity'
export type { TrajectoryYear } from './analysis/trajectory'
export { roadmapCheck, partShortName, formatLabelOfBits } from './analysis/roadmap-check'
export type {
  RoadmapAxis,
  RoadmapCheck,
  RoadmapCheckInput,
  RoadmapChip,
  RoadmapEnvelopeAxis,
  RoadmapPartRow,
  RoadmapRatios,
} from './analysis/roadmap-check'
export type { UncertaintyYear } from './analysis/uncertainty'
export { DEFAULT_SAMPLES, plainUncertainty } from './analysis/uncertainty'
export { checkClaims } from './analysis/claims'
export type { ClaimCheck, ClaimMetric, ClaimValue } from './analysis/claims'

// Economics: use cases, fleet, site, serving, mature node, value chain, horizon.
export { analyzeEconomics } from './economics/analyze-economics'
export type {
  EconomicsPart,
  EconomicsResult,
  HorizonTrajectory,
} from './economics/analyze-economics'
export {
  DATA_CENTRE_TWH_2024,
  FLEET_SOURCES,
  HORIZON_SOURCES,
  HYPERSCALER_CAPEX_2026_USD,
  MATURE_NODE_SOURCES,
  REFERENCE_SOURCES,
  SERVING_SOURCES,
  SITE_SOURCES,
} from './economics/defaults'
export type { ServingComparison, ServingConfig } from './economics/disaggregation'
export type { FleetEconomics, FleetYear } from './economics/fleet'
export {
  COST_TERM_LABELS,
  PARADIGMS,
  READINESS_ORDER,
  SPECULATIVE_LAST_YEAR,
} from './economics/horizon'
export type { Paradigm } from './economics/horizon'
export { defaultEconomicsInputs, validateEconomicsInputs } from './economics/inputs'
export type { EconomicsInputs, EconomicsIssue, ServingPoolInput } from './economics/inputs'
export { ASCEND_910B_SOURCES, LEADING_HARDWARE_IDS } from './economics/mature-hardware'
export type { LeadingHardwareId, MatureHardwareId } from './economics/mature-hardware'
export type { MatureNodeComparison, NodeConfig } from './economics/mature-node'
export type { LeverPayoff, SiteEconomics } from './economics/power-cap'
export type { UseCaseEconomics, UseCaseRow, UseCaseYear } from './economics/use-case-economics'
export { USE_CASE_SETTINGS_SOURCES, USE_CASES } from './economics/use-cases'
export type { UseCaseInput } from './economics/use-cases'
export { SEGMENTS, VALUE_CHAIN_SOURCES } from './economics/value-chain'
export type { SegmentId, ValueChain } from './economics/value-chain'

// Validation against published benchmarks and our own H200 measurements.
export { default as calibration } from './validation/calibration.json'
export { GPU_RATIO_BAND, runGpuValidation } from './validation/gpu-run'
export type {
  GpuPeakRow,
  GpuPowerRow,
  GpuTimeRow,
  GpuTimeSummary,
  GpuValidation,
} from './validation/gpu-run'
export { RATIO_BAND, runValidation } from './validation/run'
export {
  SPECULATIVE_RULES,
  SPECULATIVE_SETS,
  speculativeLeverDeltaRows,
  speculativePairs,
  speculativeScenario,
} from './validation/speculative-pairs'
export { API_PRICE_FAR_ABOVE, API_PRICES_READ, apiPriceRows } from './validation/api-prices'
export type { ApiPriceRow } from './validation/api-prices'
export type { ValidationRow, ValidationSummary } from './validation/run'

// Words the result carries (labels.ts): the one function that writes a scenario's label.
export { inputLabel, leversOnWords, scenarioLabel } from './labels'
export type { LeverOn, ResultLabels, ScenarioLabelParts } from './labels'
export { overlapRows, type OverlapRule } from './levers/overlaps'
export {
  ARTICLE_FOLD_CEILING,
  claimVerdict,
  foldCeilingCaveat,
  type ClaimVerdict,
} from './analysis/fold-ceiling'
export {
  ARTICLE_USE_CASE_READINGS,
  ARTICLE_USE_CASE_SOURCE,
  SEVERAL_FOLD,
  type ArticleUseCaseReading,
} from './economics/use-cases'
export { scenarioClaims, type ClaimSummary } from './analysis/claims'
export { accuracyFor, regimeKeyFor, type Accuracy } from './validation/accuracy'
export type { ErrorStats, RegimeStats } from './validation/evaluate'
export { accuracyFile } from './validation/run'
export { caseRow } from './validation/evaluate'
export { fitDerates } from './validation/fit'
export { fitMemoryEnergyScale } from './validation/fit-energy'
export { fitKernelBoundary, type KernelFit } from './validation/fit-kernel'
export { MEASURED_CASES, SPLIT_RULE } from './validation/measured-cases'
