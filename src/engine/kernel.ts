/**
 * The physics kernel: `evaluate(params, out)` and the table of its outputs. Split by concern:
 * replica.ts (weights, roofs, bound), collectives.ts, prefill.ts, decode.ts, energy.ts, cost.ts,
 * with evaluate.ts as the orchestrator and read.ts as the one reader of the slots.
 */
export { evaluate } from './kernel/evaluate'
export { groupSizes, MAX_PIPELINE } from './kernel/search'
export {
  ATTENTION_OTHER_UNEVEN,
  CHUNK_TOKENS,
  STATUS_DOES_NOT_FIT,
  STATUS_POWER_TOO_LOW,
  STATUS_UNEVEN_HEADS,
  TARGET_MET,
  TARGET_SPEED_UNMET,
  TARGET_TTFT_UNMET,
  placementOf,
} from './kernel/plan'
export {
  attentionSplitsNoHeads,
  kvCopies,
  splitsHeadsEvenly,
  spreadsExperts,
} from './kernel/collectives'
export { replicatedWeightBytes, storedWeightBytes } from './kernel/replica'
export { CLOCK_SHARE_FLOOR } from './kernel/power'
export { passFixedSeconds } from './kernel/replica'
export {
  O,
  OUT_COUNT,
  OUTPUTS,
  createOutput,
  type OutputName,
  type OutputSpec,
} from './kernel/outputs'
export { readCostComponents, readHeadline, type Headline } from './kernel/read'
