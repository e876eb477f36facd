/**
 * The kernel's outputs: one table of (name, unit, meaning) from which the slot numbers are
 * generated, so a new output is one line here and cannot collide with another slot.
 * Energies are joules, times seconds, costs USD, all for the whole replica unless noted.
 */
const OUTPUT_TABLE = [
  ['STATUS', 'code', '0 ok, 1 model does not fit, 2 batch clamped to capacity (ok)'],
  ['SHORTFALL_BYTES', 'bytes', 'bytes missing when the model does not fit'],
  ['BATCH', 'sequences', 'batch size used (all microbatches of the replica)'],
  ['BATCH_LIMIT', 'code', '0 requested, 1 capacity, 2 interactivity, 3 scheduler cap'],
  ['BATCH_CAPACITY', 'sequences', 'largest batch that fits memory'],
  ['MEETS_INTERACTIVITY', 'flag', '1 yes, 0 no'],
  ['WEIGHT_BYTES', 'bytes', 'weights held in memory'],
  [
    'KV_BYTES',
    'bytes',
    'KV cache (and recurrent state) of the whole batch at full context, every copy tensor-parallel attention keeps (kernel/collectives.ts kvCopies)',
  ],
  ['PREFILL_S', 'seconds', 'prefill of the whole batch'],
  ['PREFILL_FLOPS', 'FLOP', 'prefill of the whole batch'],
  ['PREFILL_ATTENTION_FLOPS', 'FLOP', 'the attention kernels’ part of PREFILL_FLOPS'],
  [
    'PREFILL_KEPT_EXTRA_FLOPS',
    'FLOP',
    'attention projections and the LM head kept wider than the weights (P.KEPT_ATTENTION_BITS, P.KEPT_HEAD_BITS): the extra linear-format FLOPs their slower math costs in time and energy (not in PREFILL_FLOPS)',
  ],
  ['PREFILL_BYTES', 'bytes', 'memory traffic of the prefill'],
  ['PREFILL_COMPUTE_S', 'seconds', 'prefill kernels on the compute roof'],
  ['PREFILL_MEMORY_S', 'seconds', 'prefill kernels on the memory roof'],
  ['PREFILL_COMM_S', 'seconds', 'prefill collectives'],
  [
    'PREFILL_WAIT_S',
    'seconds',
    'data-parallel attention: ranks waiting for the one running a step’s prompt (in PREFILL_S; kernel/prefill.ts dataParallelPromptWaitSeconds)',
  ],
  ['DECODE_S', 'seconds', 'all decode steps of the batch'],
  ['DECODE_STEP_S', 'seconds', 'mean decode step'],
  ['DECODE_FLOPS', 'FLOP', 'all decode steps'],
  ['DECODE_ATTENTION_FLOPS', 'FLOP', 'the attention kernels’ part of DECODE_FLOPS'],
  [
    'DECODE_KEPT_EXTRA_FLOPS',
    'FLOP',
    'the same as PREFILL_KEPT_EXTRA_FLOPS for all decode steps (not in DECODE_FLOPS)',
  ],
  ['DECODE_BYTES', 'bytes', 'memory traffic of all decode steps'],
  ['DECODE_COMPUTE_S', 'seconds', 'sum over steps of the compute-roof time'],
  ['DECODE_MEMORY_S', 'seconds', 'sum over steps of the memory-roof time'],
  ['DECODE_COMM_S', 'seconds', 'decode collectives'],
  ['DECODE_STEPS', 'steps', 'decode steps per request'],
  ['PREFILL_LINK_BYTES', 'bytes', 'bytes on the links during prefill, all accelerators'],
  ['DECODE_LINK_BYTES', 'bytes', 'bytes on the links during decode, all accelerators'],
  ['TTFT_S', 'seconds', 'time to first token'],
  ['TPOT_S', 'seconds', 'time per output token a user sees'],
  ['OUTPUT_TOKENS_PER_S', 'tokens/s', 'output tokens per second of the whole replica'],
  ['CHIP_J_PREFILL', 'joules', 'chip energy of the prefill, whole batch, all accelerators'],
  ['CHIP_J_DECODE', 'joules', 'chip energy of the decode, whole batch, all accelerators'],
  ['STATIC_J_PREFILL', 'joules', 'static part of the prefill chip energy'],
  ['STATIC_J_DECODE', 'joules', 'static part of the decode chip energy'],
  ['HOST_J', 'joules', 'host energy over the batch cycle'],
  ['J_PER_OUTPUT_TOKEN', 'joules/token', 'at the chosen boundary, all-in (prefill + decode)'],
  ['J_PER_INPUT_TOKEN', 'joules/token', 'prefill energy per prompt token, at the boundary'],
  ['J_PER_OUTPUT_TOKEN_DECODE', 'joules/token', 'decode energy per output token, at the boundary'],
  ['SERVING_POWER_W', 'watts', 'replica average power while serving, at the facility boundary'],
  ['USD_PER_HOUR', 'USD/hour', 'replica, all components'],
  [
    'USD_PER_M_OUTPUT',
    'USD/Mtoken',
    'cost per million output tokens (the request priced on its output)',
  ],
  ['USD_PER_M_INPUT', 'USD/Mtoken', 'prefill cost per million prompt tokens'],
  ['USD_PER_M_BLENDED', 'USD/Mtoken', 'blended price per million tokens'],
  ['USD_PER_REQUEST', 'USD', 'cost of one request'],
  ['C_LOGIC', 'USD/hour', 'logic silicon share of capex recovery'],
  ['C_MEMORY', 'USD/hour', 'memory share of capex recovery'],
  ['C_PACKAGING', 'USD/hour', 'packaging share of capex recovery'],
  ['C_OTHER', 'USD/hour', 'board, substrate, test share of capex recovery'],
  ['C_MARGIN', 'USD/hour', 'vendor margin share of capex recovery'],
  ['C_SYSTEM', 'USD/hour', 'host and chassis share of capex recovery'],
  ['C_NETWORK', 'USD/hour', 'network share of capex recovery'],
  ['C_ENERGY', 'USD/hour', 'electricity'],
  ['C_FACILITY', 'USD/hour', 'provisioned facility power'],
  ['C_OPERATIONS', 'USD/hour', 'operations and maintenance'],
  ['C_RENTAL', 'USD/hour', 'rental (rental mode only)'],
  ['PREFILL_BOUND', 'code', '0 compute, 1 memory, 2 communication, 3 overhead'],
  ['DECODE_BOUND', 'code', '0 compute, 1 memory, 2 communication, 3 overhead'],
  ['MATH_PEAK_FLOPS', 'FLOP/s', 'per accelerator at the precision in use'],
  ['DECODE_MEMORY_BOUND_STEPS', 'steps', 'decode steps whose linear kernels are memory-bound'],
  ['MEMORY_J_PREFILL', 'joules', 'memory-traffic energy of the prefill'],
  ['MEMORY_J_DECODE', 'joules', 'memory-traffic energy of the decode'],
  ['LINK_J', 'joules', 'link energy, both phases'],
  ['COMPUTE_J_PREFILL', 'joules', 'arithmetic energy of the prefill'],
  ['COMPUTE_J_DECODE', 'joules', 'arithmetic energy of the decode'],
  ['TOKENS_PER_S_PER_MW', 'tokens/s/MW', 'output tokens/s per MW at the chosen boundary'],
  ['ACCELERATORS', 'accelerators', 'accelerators paid for (all replicas of the plan)'],
  [
    'TENSOR_PARALLEL',
    'accelerators',
    'accelerators per pipeline stage (tensor / expert parallel group)',
  ],
  ['PIPELINE_PARALLEL', 'stages', 'pipeline stages per replica'],
  [
    'EXPERT_PARALLEL',
    'accelerators',
    'accelerators the routed experts are spread over (1 for dense)',
  ],
  ['REPLICAS', 'replicas', 'data-parallel replicas'],
  ['ACCELERATORS_PER_REPLICA', 'accelerators', 'tensor parallel x pipeline parallel'],
  ['PLAN_SEARCHED', 'flag', '1 when the deployment search chose the plan, 0 when it was pinned'],
  ['TARGET_UNMET', 'code', '0 targets met, 1 speed per user unmet, 2 time to first token unmet'],
  ['LIMIT_W', 'watts', 'power limit of one accelerator'],
  ['CHIP_W', 'watts', 'mean chip power of one accelerator over the serving cycle'],
  ['PREFILL_CHIP_W', 'watts', 'chip power of one accelerator during prefill'],
  ['DECODE_CHIP_W', 'watts', 'chip power of one accelerator during decode'],
  [
    'PREFILL_CLOCK_SHARE',
    'share',
    'clock share held in prefill under the power limit (1 = full clock)',
  ],
  [
    'DECODE_CLOCK_SHARE',
    'share',
    'clock share held in decode under the power limit (1 = full clock)',
  ],
  ['CLOCK_SHARE', 'share', 'time-weighted clock share over the cycle'],
  [
    'DECODE_ONLY_TPOT_S',
    'seconds',
    'time per output token of the decode steps alone (no interleaved prefill)',
  ],
  ['ALT1_TP', 'accelerators', 'runner-up plan 1: tensor parallel'],
  ['ALT1_PP', 'stages', 'runner-up plan 1: pipeline parallel'],
  ['ALT1_REPLICAS', 'replicas', 'runner-up plan 1: replicas'],
  [
    'ALT1_USD_PER_M',
    'USD/Mtoken',
    'runner-up plan 1: cost per million output tokens (Infinity: misses a target)',
  ],
  ['ALT2_TP', 'accelerators', 'runner-up plan 2: tensor parallel'],
  ['ALT2_PP', 'stages', 'runner-up plan 2: pipeline parallel'],
  ['ALT2_REPLICAS', 'replicas', 'runner-up plan 2: replicas'],
  ['ALT2_USD_PER_M', 'USD/Mtoken', 'runner-up plan 2: cost per million output tokens'],
  ['ALT3_TP', 'accelerators', 'runner-up plan 3: tensor parallel'],
  ['ALT3_PP', 'stages', 'runner-up plan 3: pipeline parallel'],
  ['ALT3_REPLICAS', 'replicas', 'runner-up plan 3: replicas'],
  ['ALT3_USD_PER_M', 'USD/Mtoken', 'runner-up plan 3: cost per million output tokens'],
  [
    'ALT1_MISSES',
    'flag',
    'runner-up plan 1: 1 when it misses a target at the batch asked for (a batch the user set prices plans that miss)',
  ],
  ['ALT2_MISSES', 'flag', 'runner-up plan 2: 1 when it misses a target'],
  ['ALT3_MISSES', 'flag', 'runner-up plan 3: 1 when it misses a target'],
  ['SPEC_ENABLED', 'flag', '1 when speculative / multi-token decoding runs, 0 when off or none'],
  ['SPEC_ACCEPTED_PER_STEP', 'tokens', 'tokens accepted per decode step per sequence (1 when off)'],
  ['SPEC_VERIFIED_PER_STEP', 'tokens', 'tokens verified per decode step per sequence (1 when off)'],
  [
    'SPEC_REASON',
    'code',
    '0 none configured, 1 on at the full draft, 2 on with a shorter draft, 3 off: costs more, 4 on at the draft the scenario fixes',
  ],
  ['SPEC_OFF_USD_PER_M', 'USD/Mtoken', 'cost per million output tokens without speculation'],
  [
    'SPEC_ON_USD_PER_M',
    'USD/Mtoken',
    'cost per million output tokens of the best speculative option (NaN: not evaluated, it would take longer per token)',
  ],
  [
    'ATTENTION_TENSOR',
    'flag',
    '1 when a mixture of experts spread over the group runs attention tensor-parallel (chosen or asked for), 0 data-parallel or not spread',
  ],
  [
    'ATTENTION_OTHER',
    'code',
    'under serving.attentionParallelism "auto", the attention not chosen: 0 not tried, 1 costs more, 2 does not fit, 3 misses a target (kernel/plan.ts evaluatePlan)',
  ],
  [
    'ATTENTION_OTHER_USD_PER_M',
    'USD/Mtoken',
    'cost per million output tokens of the attention not chosen (Infinity when it does not fit or misses a target)',
  ],
  [
    'EXPERTS_SPLIT',
    'flag',
    '1 when a mixture of experts on more than one accelerator has its experts split by tensor parallelism (chosen or asked for), 0 spread over the group or dense',
  ],
  [
    'EXPERTS_OTHER_USD_PER_M',
    'USD/Mtoken',
    'where the placement was left to the engine, the cost per million output tokens of the placement not chosen (Infinity when it does not fit, misses a target or cannot split the heads; 0 when not tried)',
  ],
  [
    'SPREAD_ATTENTION_TENSOR',
    'flag',
    'where split experts were chosen over spread ones, the spread plan’s ATTENTION_TENSOR (the search follows each attention’s costs)',
  ],
  ['SPREAD_ATTENTION_OTHER', 'code', 'the same, its ATTENTION_OTHER'],
  ['SPREAD_ATTENTION_OTHER_USD_PER_M', 'USD/Mtoken', 'the same, its ATTENTION_OTHER_USD_PER_M'],
  ['ALT1_SPLIT', 'flag', 'runner-up plan 1: 1 when its experts are split by tensor parallelism'],
  ['ALT2_SPLIT', 'flag', 'runner-up plan 2: 1 when its experts are split by tensor parallelism'],
  ['ALT3_SPLIT', 'flag', 'runner-up plan 3: 1 when its experts are split by tensor parallelism'],
] as const satisfies readonly (readonly [string, string, string])[]

export type OutputName = (typeof OUTPUT_TABLE)[number][0]

/** One kernel output: its slot, unit and meaning. */
export interface OutputSpec {
  readonly name: OutputName
  readonly slot: number
  readonly unit: string
  readonly meaning: string
}

export const OUTPUTS: readonly OutputSpec[] = OUTPUT_TABLE.map(([name, unit, meaning], slot) => ({
  name,
  slot,
  unit,
  meaning,
}))

/** Slot of each output, by name: `out[O.USD_PER_M_OUTPUT]`. */
export const O = Object.fromEntries(OUTPUTS.map((o) => [o.name, o.slot])) as {
  readonly [K in OutputName]: number
}

export const OUT_COUNT = OUTPUTS.length

/** Allocate a result buffer for `evaluate`. */
export function createOutput(): Float64Array {
  return new Float64Array(OUT_COUNT)
}
