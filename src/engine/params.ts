/**
 * The packed parameter vector: every number the physics reads, in one Float64Array.
 *
 * Why packed: the analysis views (trajectory x Monte Carlo x attribution over 17 levers) evaluate
 * the physics hundreds of thousands of times per slider move. A flat typed array is cheap to copy,
 * lets a lever apply its effect as `params[i] *= m`, and keeps the kernel free of allocation.
 * `simulate()` uses the same kernel, so there is one implementation of the physics.
 */
export const P = {
  // --- replica and hardware (per accelerator unless noted) ---
  ACCELERATORS: 0, // accelerators in one replica (tensor/expert parallel group), count; 0 = auto
  PEAK_16_FLOPS: 1, // dense fp16/bf16 peak, FLOP/s
  PEAK_8_FLOPS: 2, // dense peak at the 8-bit format in use (fp8 or int8), FLOP/s
  PEAK_4_FLOPS: 3, // dense peak at the 4-bit format in use (fp4 or int4), FLOP/s
  MEMORY_BYTES: 4, // usable memory capacity, bytes
  MEMORY_BANDWIDTH_BPS: 5, // memory bandwidth, bytes/s
  TDP_W: 6, // power limit, W
  SCALE_UP_BPS: 7, // scale-up bandwidth per direction, bytes/s
  SCALE_UP_DOMAIN: 8, // accelerators per scale-up domain, count
  SCALE_OUT_BPS: 9, // scale-out bandwidth per accelerator, bytes/s
  COLLECTIVE_LATENCY_S: 10, // fixed latency of one collective (all-reduce / all-to-all) inside a domain, s
  SCALE_OUT_LATENCY_S: 11, // extra fixed latency when a collective crosses the scale-out network, s

  // --- model (whole model, all layers) ---
  ALWAYS_ACTIVE_PARAMS: 12, // linear parameters every token touches (attention, dense FFN, shared experts, SSM), count
  EXPERT_PARAMS: 13, // parameters of one routed expert in one MoE layer, count
  MOE_LAYERS: 14, // layers with routed experts, count
  EXPERTS: 15, // routed experts per MoE layer, count (0 = dense)
  EXPERTS_PER_TOKEN: 16, // routed experts each token activates, count
  EMBEDDING_PARAMS: 17, // input embedding table, count (a lookup: no FLOPs)
  LM_HEAD_PARAMS: 18, // output projection vocab x hidden, count (FLOPs at every generated position)
  LM_HEAD_TIED: 19, // 1 if the LM head shares the embedding table (no extra bytes), else 0
  ATTENTION_FLOPS_PER_CONTEXT: 20, // attention FLOPs per query token per context position, all layers, FLOP
  KV_ELEMENTS_PER_TOKEN: 21, // KV-cache elements stored per token, all layers, count
  STATE_ELEMENTS_PER_SEQUENCE: 22, // recurrent (SSM) state per sequence, all layers, count
  STATE_FLOPS_PER_TOKEN: 23, // recurrent state update per token, all layers, FLOP
  HIDDEN_SIZE: 24, // model width, elements (sets collective message sizes)
  LAYERS: 25, // transformer/SSM blocks, count
  PARAM_SCALE: 26, // multiplier on all linear parameters (distillation, pruning), dimensionless

  // --- precision ---
  WEIGHT_BITS: 27, // bits per weight
  ACTIVATION_BITS: 28, // bits per activation (sets the math peak with WEIGHT_BITS)
  KV_BITS: 29, // bits per KV-cache element
  STATE_BITS: 30, // bits per recurrent-state element

  // --- workload ---
  INPUT_TOKENS: 31, // prompt tokens per request
  OUTPUT_TOKENS: 32, // generated tokens per request
  BATCH: 33, // requested batch; 0 = "max"
  MIN_TOKENS_PER_S_PER_USER: 34, // interactivity target, output tokens/s per user; 0 = none
  PREFIX_HIT_RATE: 35, // share of prompt tokens served from a prefix cache, 0..1

  // --- serving ---
  EFF_COMPUTE: 36, // achieved share of peak FLOP/s, 0..1
  EFF_MEMORY: 37, // achieved share of peak memory bandwidth, 0..1
  EFF_COMMUNICATION: 38, // achieved share of link bandwidth, 0..1
  STEP_OVERHEAD_S: 39, // fixed time per decode step and per prefill pass, s
  KV_MEMORY_FRACTION: 40, // share of memory the runtime may use for weights + KV, 0..1
  KV_WASTE: 41, // KV allocation overhead factor (fragmentation), >= 1
  TOKENS_PER_STEP: 42, // accepted tokens per decode step (speculative / multi-token), >= 1
  VERIFY_TOKENS_PER_STEP: 43, // tokens processed per decode step per sequence, >= TOKENS_PER_STEP
  MAX_BATCH: 44, // scheduler cap on concurrent sequences
  UTILIZATION: 45, // share of paid hours spent serving, 0..1

  // --- economics (per accelerator) ---
  COST_MODE: 46, // 0 = TCO build-up, 1 = rental
  RENTAL_USD_PER_HOUR: 47, // USD per accelerator-hour
  CAPEX_LOGIC_USD: 48, // logic silicon (foundry) share of accelerator price, USD
  CAPEX_MEMORY_USD: 49, // HBM / memory share of accelerator price, USD
  CAPEX_PACKAGING_USD: 50, // advanced packaging share of accelerator price, USD
  CAPEX_OTHER_USD: 51, // substrate, power delivery, test, board, USD
  CAPEX_MARGIN_USD: 52, // vendor gross margin, USD
  CAPEX_SYSTEM_USD: 53, // host, chassis, cooling share per accelerator, USD
  CAPEX_NETWORK_USD: 54, // scale-up and scale-out network share per accelerator (switches, NICs, optics), USD
  DEPRECIATION_YEARS: 55, // years over which capex is recovered
  COST_OF_CAPITAL: 56, // annual rate, dimensionless
  USD_PER_KWH: 57, // electricity price, USD/kWh
  PUE: 58, // facility power / IT power, dimensionless
  FACILITY_USD_PER_KW_MONTH: 59, // data-centre space and power provisioning, USD per kW of IT load per month
  OPERATIONS_FRACTION: 60, // yearly operations and maintenance as a share of capex, 1/year

  // --- energy ---
  PJ_PER_FLOP_16: 61, // energy per FLOP at the 16-bit peak, pJ
  MEMORY_PJ_PER_BIT: 62, // energy per bit moved to/from memory, pJ
  SCALE_UP_PJ_PER_BIT: 63, // energy per bit on scale-up links, pJ
  SCALE_OUT_PJ_PER_BIT: 64, // energy per bit on scale-out links incl. optics, pJ
  STATIC_W: 65, // power drawn whenever the chip is on and busy (leakage, clocks, uncore), W
  IDLE_W: 66, // power of an idle accelerator, W
  HOST_W: 67, // host CPU, DRAM, NIC, fans per accelerator, W
  BOUNDARY: 68, // 0 chip, 1 node, 2 facility
  DESIGN_MISMATCH: 69, // share of the hardware's advantage lost to architecture drift, 0..1 (lever `designLag`)

  // --- serving targets and deployment (December 2026) ---
  MAX_TTFT_S: 70, // time-to-first-token target, s; 0 = none
  PIN_TENSOR_PARALLEL: 71, // accelerators per pipeline stage (tensor / expert parallel group) the user pinned; 0 = search
  PIN_PIPELINE_PARALLEL: 72, // pipeline stages the user pinned; 0 = search
  // The plan an analysis found for this scenario and year: its inner loops try it first and search
  // only when it no longer fits or meets the targets (kernel/evaluate.ts). 0 = none.
  HINT_TENSOR_PARALLEL: 73,
  HINT_PIPELINE_PARALLEL: 74,
  MEMORY_KIND: 75, // memory technology of the hardware, a MEMORY_KIND_CODE (levers/overlaps.ts reads it)
  // The plan the search chose for the scenario without levers: the analyses' second try when a
  // lever subset no longer fits the first (it holds the most memory-hungry case). 0 = none.
  HINT2_TENSOR_PARALLEL: 76,
  HINT2_PIPELINE_PARALLEL: 77,
  // Accepted drafts per step on the scenario's task relative to chat (physics/speculative.ts), >= 0
  DRAFT_ACCEPTANCE_SCALE: 78,
  // Share of low-bit work on generic kernels (run as BF16): 1 for serving.stack "generic", 0 for
  // "tuned"; the compiler-stack lever lowers it, 0..1
  SERVING_STACK_GENERIC: 79,
  // Query heads of attention: tensor parallelism splits them, so it cannot exceed them, count
  ATTENTION_HEADS: 80,
  // 1 when the routed experts are split by tensor parallelism inside the group (every accelerator
  // holds a slice of every expert, and MoE layers all-reduce like dense ones: TensorRT-LLM's and
  // vLLM's default); 0 when they are spread over the group (expert parallelism, all-to-all); 2
  // "auto" (deployment.expertParallel left out): each plan evaluated both ways, the one that fits,
  // meets the targets and costs less kept (kernel/plan.ts evaluatePlan). EXPERT_PLACEMENT below
  EXPERTS_TENSOR_SPLIT: 81,
  KV_RULE_FREE: 82, // 1: the KV cache gets KV_MEMORY_FRACTION of the memory the weights leave; 0: of all memory with them
  // Share of the shorter of a linear kernel's compute and memory time that is not hidden behind the
  // longer (physics/roofline.ts), 0..1: 0 is the ideal roofline
  OVERLAP_LOSS: 83,
  // Spread of the requests' output lengths: their coefficient of variation (standard deviation ÷
  // mean), >= 0; 0 = every request the same length. In continuous batching a long request holds its
  // slot longer, so the sequences decoding at any moment are longer than the mean request
  // (length-biased sampling): their mean context is input + (output / 2)(1 + cv²), not input +
  // output / 2 (kernel/decode.ts).
  OUTPUT_LENGTH_CV: 84,
  // 1 when speculation runs the configured draft at every batch (serving.speculationPolicy "fixed":
  // a stack with a set draft length and no switch-off); 0 when the stack adapts it (the default:
  // kernel/speculative.ts picks none, the full draft or a shorter one, whichever costs least)
  SPECULATION_FIXED: 85,
  // Fixed time each kernel boundary of a forward pass costs (launch gap, ramp, tail), s; a pass pays
  // it per kernel of every layer (physics/kernels.ts); 0 for chips that run a step as one program
  KERNEL_BOUNDARY_S: 86,
  // Key-value heads of attention, count: the most ways a tensor-parallel group can split the KV
  // cache (1 for multi-head latent attention, whose cache is one latent per token shared by all
  // heads); 0 where the cache is never copied (SRAM dataflow chips, pack.ts)
  KV_HEADS: 87,
  // 1 when a mixture of experts spread over the group runs attention tensor-parallel by heads
  // (serving.attentionParallelism "tensor", vLLM's default); 0 when it runs it data-parallel, each
  // accelerator attending its own sequences; 2 "auto" (the default): each plan evaluated both ways,
  // the one that fits, meets the targets and costs less kept (kernel/plan.ts evaluatePlan). Dense layers and experts split across the group always run attention
  // tensor-parallel (kernel/collectives.ts kvCopies)
  ATTENTION_TENSOR_PARALLEL: 88,
  // The attention of the hinted plans, an ATTENTION_CODE ("auto" where the plan spread no experts):
  // under "auto" a hinted plan is evaluated with the attention the search chose for it, not both
  HINT_ATTENTION_TENSOR: 89,
  HINT2_ATTENTION_TENSOR: 90,
  // Layers whose attention is multi-head latent attention, count: each launches the extra kernels of
  // its low-rank projections (physics/kernels.ts EXTRA_KERNELS_PER_MLA_LAYER); 0 for other attention
  MLA_LAYERS: 91,
  // Bits the attention projections keep in the model's published low-bit checkpoints, which quantize
  // the rest (DeepSeek's NVFP4 keeps MLA at FP8, gpt-oss keeps attention in BF16 beside MXFP4
  // experts); 0 = stored like every other weight. Weights stored narrower keep attention at this
  // width (kernel/replica.ts keptAttentionBits)
  KEPT_ATTENTION_BITS: 92,
  // The attention projections' share of ALWAYS_ACTIVE_PARAMS, 0..1 (a share, so levers that scale the
  // always-active parameters keep the split)
  KEPT_ATTENTION_SHARE: 93,
  // 1 when the serving stack splits attention heads over a tensor-parallel group only evenly (vLLM
  // and TensorRT-LLM refuse a degree that does not divide the query heads and the KV heads or their
  // multiple); 0 where heads are padded or not split (AWS Neuron, the SRAM dataflow chips)
  EVEN_HEAD_SPLIT: 94,
  // Bits the embedding table and the LM head keep in quantized checkpoints, which quantize the linear
  // layers inside the blocks only (TensorRT Model Optimizer disables every "*lm_head*" quantizer by
  // default; llm-compressor's recipes ignore lm_head; DeepSeek-V3's FP8 and gpt-oss's MXFP4 releases
  // store both in BF16); weights stored narrower keep these at this width (kernel/replica.ts headBits)
  KEPT_HEAD_BITS: 95,
  // 1 when the hinted plan's group fits inside the scale-up domain it was chosen in, 0 when it spans
  // whole domains over scale-out: a lever subset or a Monte Carlo draw at another domain keeps the
  // plan's shape, not its width (kernel/evaluate.ts tryHint).
  HINT_IN_DOMAIN: 96,
  HINT2_IN_DOMAIN: 97,
  // The expert placement of the hinted plans, an EXPERT_PLACEMENT code ("auto" where the plan had no
  // choice to make): under "auto" a hinted plan is evaluated with the placement the search chose
  HINT_EXPERTS_SPLIT: 98,
  HINT2_EXPERTS_SPLIT: 99,
} as const

export const PARAM_COUNT = 100

export type ParamIndex = (typeof P)[keyof typeof P]

/** Memory technology codes stored in P.MEMORY_KIND: 0 = not HBM, then HBM generations in order. */
export const MEMORY_KIND_CODE = {
  SRAM: 0,
  GDDR6: 0,
  GDDR7: 0,
  LPDDR5: 0,
  HBM2e: 1,
  HBM3: 2,
  HBM3e: 3,
  HBM4: 4,
} as const

/** Energy boundary codes stored in P.BOUNDARY. */
export const BOUNDARY_CODE = { chip: 0, node: 1, facility: 2 } as const

/** P.ATTENTION_TENSOR_PARALLEL per serving.attentionParallelism. */
export const ATTENTION_CODE = { data: 0, tensor: 1, auto: 2 } as const

/** P.EXPERTS_TENSOR_SPLIT per deployment.expertParallel: the group's size, 1, or left out. */
export const EXPERT_PLACEMENT = { spread: 0, split: 1, auto: 2 } as const

/** Result slots: kernel/outputs.ts. */

export const BOUND_NAMES = ['compute', 'memory-bandwidth', 'communication', 'overhead'] as const
export type Bound = (typeof BOUND_NAMES)[number]

export const BATCH_LIMIT_NAMES = [
  'requested',
  'capacity',
  'interactivity',
  'scheduler-cap',
] as const
export type BatchLimit = (typeof BATCH_LIMIT_NAMES)[number]
