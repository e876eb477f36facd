/**
 * Scenario → packed parameter vector (params.ts). The one place that converts catalogue units
 * (TFLOP/s, GB, TB/s, Gb/s, formats) into SI base units for the kernel.
 */
import { COMPONENT_SHARES } from './catalog/families'
import { QUANTIZED_HEAD_FORMAT } from './catalog/models'
import type { AcceleratorSpec, NumberFormat } from './catalog/types'
import {
  BITS_PER_BYTE,
  BITS_PER_GBIT,
  BYTES_PER_GB,
  BYTES_PER_TB,
  FLOPS_PER_TFLOP,
} from './constants'
import {
  ATTENTION_CODE,
  BOUNDARY_CODE,
  EXPERT_PLACEMENT,
  MEMORY_KIND_CODE,
  P,
  PARAM_COUNT,
} from './params'
import { modelGeometry } from './physics/model-size'
import { TASK_ACCEPTANCE_SCALE } from './physics/speculative'
import type { Scenario } from './scenario'
import { BITS_PER_FORMAT } from './units'

/** Extra fixed latency when a collective leaves the scale-up domain (NIC + switch hops), s. */
const SCALE_OUT_LATENCY_S = 20e-6 // s; RDMA over 400G InfiniBand/RoCE small-message latency ~5–20 µs
/** Bits per recurrent-state element: Mamba keeps its scan state in fp32. */
const STATE_BITS = 32 // bits

/**
 * The 16-, 8- and 4-bit peaks (TFLOP/s) a part runs at for a precision: the 8-bit peak is fp8's
 * unless the scenario uses int8 and not fp8; a format the part lacks (0) runs at the next wider
 * one. The roadmap check (analysis/roadmap-check.ts) prices announced parts by the same rule.
 */
export function formatPeaksTflops(
  hw: Pick<AcceleratorSpec, 'peakTflops'>,
  precision: { readonly weights: NumberFormat; readonly activations: NumberFormat },
): readonly [number, number, number] {
  const uses = (f: string): boolean => precision.weights === f || precision.activations === f
  const eightBit = uses('int8') && !uses('fp8') ? 'int8' : 'fp8'
  const otherEightBit = eightBit === 'fp8' ? 'int8' : 'fp8'
  const peak16 = hw.peakTflops.fp16
  const peak8 =
    hw.peakTflops[eightBit] > 0
      ? hw.peakTflops[eightBit]
      : hw.peakTflops[otherEightBit] > 0
        ? hw.peakTflops[otherEightBit]
        : peak16
  const peak4 = hw.peakTflops.fp4 > 0 ? hw.peakTflops.fp4 : peak8
  return [peak16, peak8, peak4]
}

/**
 * The scenario's parameter vector, in a new array or written over `into` (every slot: the ones this
 * does not set are zeroed, so nothing of an earlier scenario stays).
 */
export function packScenario(s: Scenario, into?: Float64Array): Float64Array {
  const p = into ?? new Float64Array(PARAM_COUNT)
  if (into) p.fill(0)
  const hw = s.hardware
  const g = modelGeometry(s.model)

  const [peak16, peak8, peak4] = formatPeaksTflops(hw, s.precision)

  p[P.ACCELERATORS] = s.accelerators === 'auto' ? 0 : s.accelerators
  p[P.PEAK_16_FLOPS] = peak16 * FLOPS_PER_TFLOP
  p[P.PEAK_8_FLOPS] = peak8 * FLOPS_PER_TFLOP
  p[P.PEAK_4_FLOPS] = peak4 * FLOPS_PER_TFLOP
  p[P.MEMORY_BYTES] = hw.memoryGB * BYTES_PER_GB
  p[P.MEMORY_BANDWIDTH_BPS] = hw.memoryBandwidthTBps * BYTES_PER_TB
  p[P.TDP_W] = hw.tdpW
  p[P.MEMORY_KIND] = MEMORY_KIND_CODE[hw.memoryKind]
  p[P.SCALE_UP_BPS] = hw.scaleUpGBps * BYTES_PER_GB
  p[P.SCALE_UP_DOMAIN] = hw.scaleUpDomain
  p[P.SCALE_OUT_BPS] = (hw.scaleOutGbps * BITS_PER_GBIT) / BITS_PER_BYTE
  p[P.COLLECTIVE_LATENCY_S] = s.efficiency.collectiveLatencySeconds
  p[P.SCALE_OUT_LATENCY_S] = SCALE_OUT_LATENCY_S

  if (s.model.experts > 0) {
    p[P.ALWAYS_ACTIVE_PARAMS] = g.alwaysActiveParams
    p[P.EXPERT_PARAMS] = g.expertParams
    p[P.MOE_LAYERS] = g.moeLayers
    p[P.EXPERTS] = s.model.experts
    p[P.EXPERTS_PER_TOKEN] = s.model.expertsPerToken
  } else {
    // A dense FFN is packed as one expert that every token uses, so the mixture-of-experts lever can
    // turn it into many sparse experts by scaling EXPERTS, EXPERTS_PER_TOKEN and EXPERT_PARAMS.
    const denseFfnParams = 3 * s.model.hiddenSize * s.model.intermediateSize
    p[P.ALWAYS_ACTIVE_PARAMS] = g.alwaysActiveParams - s.model.layers * denseFfnParams
    p[P.EXPERT_PARAMS] = denseFfnParams
    p[P.MOE_LAYERS] = s.model.layers
    p[P.EXPERTS] = 1
    p[P.EXPERTS_PER_TOKEN] = 1
  }
  p[P.EMBEDDING_PARAMS] = g.embeddingParams
  p[P.LM_HEAD_PARAMS] = g.lmHeadParams
  p[P.LM_HEAD_TIED] = s.model.tiedEmbeddings ? 1 : 0
  p[P.ATTENTION_FLOPS_PER_CONTEXT] = g.attentionFlopsPerContext
  p[P.KV_ELEMENTS_PER_TOKEN] = g.kvElementsPerToken
  p[P.STATE_ELEMENTS_PER_SEQUENCE] = g.stateElementsPerSequence
  p[P.STATE_FLOPS_PER_TOKEN] = g.stateFlopsPerToken
  p[P.HIDDEN_SIZE] = s.model.hiddenSize
  p[P.LAYERS] = s.model.layers
  p[P.MLA_LAYERS] = s.model.attention === 'mla' ? g.attentionLayers : 0
  p[P.ATTENTION_HEADS] = s.model.heads
  // Neuron pads the heads to the group (NxD Inference runs Llama 3 70B at TP 24 or 32); the SRAM
  // dataflow chips compile the model whole. Everywhere else the split must be even (grade M).
  p[P.EVEN_HEAD_SPLIT] = hw.family === 'aws-neuron' || hw.family === 'sram-dataflow' ? 0 : 1
  // Dataflow chips (Groq, Cerebras, SambaNova) run the model as one compiled program, not on a
  // serving stack that splits attention by heads, and their compilers' KV placement is not
  // published: the cache is never copied there (0: kvCopies holds it once; grade L).
  p[P.KV_HEADS] =
    hw.family === 'sram-dataflow' ? 0 : s.model.attention === 'mla' ? 1 : s.model.kvHeads
  p[P.PARAM_SCALE] = 1

  p[P.SERVING_STACK_GENERIC] = s.serving.stack === 'generic' ? 1 : 0
  p[P.WEIGHT_BITS] = BITS_PER_FORMAT[s.precision.weights]
  p[P.KEPT_ATTENTION_BITS] = s.model.quantizedAttentionFormat
    ? BITS_PER_FORMAT[s.model.quantizedAttentionFormat]
    : 0
  p[P.KEPT_HEAD_BITS] = BITS_PER_FORMAT[s.model.quantizedHeadFormat ?? QUANTIZED_HEAD_FORMAT]
  p[P.KEPT_ATTENTION_SHARE] =
    p[P.ALWAYS_ACTIVE_PARAMS]! > 0 ? Math.min(1, g.attentionParams / p[P.ALWAYS_ACTIVE_PARAMS]!) : 0
  p[P.ACTIVATION_BITS] = BITS_PER_FORMAT[s.precision.activations]
  p[P.KV_BITS] = BITS_PER_FORMAT[s.precision.kvCache]
  p[P.STATE_BITS] = STATE_BITS

  p[P.INPUT_TOKENS] = s.workload.inputTokens
  p[P.OUTPUT_TOKENS] = s.workload.outputTokens
  p[P.BATCH] = s.workload.batchSize === 'max' ? 0 : s.workload.batchSize
  p[P.MIN_TOKENS_PER_S_PER_USER] = s.workload.minOutputTokensPerSecondPerUser
  p[P.MAX_TTFT_S] = s.workload.maxTtftSeconds
  p[P.PIN_TENSOR_PARALLEL] = s.deployment?.tensorParallel ?? 0
  p[P.PIN_PIPELINE_PARALLEL] = s.deployment?.pipelineParallel ?? 0
  // Left out, the plan's evaluation tries both placements (kernel/plan.ts evaluatePlan).
  const expertParallel = s.deployment?.expertParallel
  p[P.EXPERTS_TENSOR_SPLIT] =
    expertParallel === undefined
      ? EXPERT_PLACEMENT.auto
      : expertParallel === 1
        ? EXPERT_PLACEMENT.split
        : EXPERT_PLACEMENT.spread
  // No plan hinted yet (analysis/context.ts sets them): the placement is the evaluation's to choose.
  p[P.HINT_EXPERTS_SPLIT] = EXPERT_PLACEMENT.auto
  p[P.HINT2_EXPERTS_SPLIT] = EXPERT_PLACEMENT.auto
  p[P.PREFIX_HIT_RATE] = s.workload.prefixCacheHitRate
  p[P.OUTPUT_LENGTH_CV] = s.workload.outputLengthCv

  p[P.EFF_COMPUTE] = s.efficiency.compute
  p[P.EFF_MEMORY] = s.efficiency.memory
  p[P.EFF_COMMUNICATION] = s.efficiency.communication
  p[P.STEP_OVERHEAD_S] = s.efficiency.stepOverheadSeconds
  p[P.KERNEL_BOUNDARY_S] = s.efficiency.kernelBoundarySeconds
  p[P.OVERLAP_LOSS] = s.efficiency.overlapLoss
  p[P.KV_MEMORY_FRACTION] = s.serving.kvMemoryFraction
  p[P.KV_RULE_FREE] = s.serving.kvMemoryRule === 'free' ? 1 : 0
  p[P.KV_WASTE] = s.serving.kvWaste
  p[P.TOKENS_PER_STEP] = s.serving.tokensPerStep
  p[P.VERIFY_TOKENS_PER_STEP] = s.serving.verifyTokensPerStep
  p[P.DRAFT_ACCEPTANCE_SCALE] = TASK_ACCEPTANCE_SCALE[s.workload.id]
  p[P.SPECULATION_FIXED] = s.serving.speculationPolicy === 'fixed' ? 1 : 0
  p[P.ATTENTION_TENSOR_PARALLEL] = ATTENTION_CODE[s.serving.attentionParallelism]
  p[P.MAX_BATCH] = s.serving.maxBatchSize
  p[P.UTILIZATION] = s.serving.utilization

  const e = s.economics
  p[P.COST_MODE] = e.mode === 'rental' ? 1 : 0
  p[P.RENTAL_USD_PER_HOUR] = e.usdPerHour
  const margin = e.acceleratorPriceUsd * e.vendorMarginFraction
  const components = e.acceleratorPriceUsd - margin
  p[P.CAPEX_LOGIC_USD] = components * COMPONENT_SHARES.logic
  p[P.CAPEX_MEMORY_USD] = components * COMPONENT_SHARES.memory
  p[P.CAPEX_PACKAGING_USD] = components * COMPONENT_SHARES.packaging
  p[P.CAPEX_OTHER_USD] = components * COMPONENT_SHARES.other
  p[P.CAPEX_MARGIN_USD] = margin
  p[P.CAPEX_SYSTEM_USD] = e.systemUsdPerAccelerator
  p[P.CAPEX_NETWORK_USD] = e.networkUsdPerAccelerator
  p[P.DEPRECIATION_YEARS] = e.years
  p[P.COST_OF_CAPITAL] = e.costOfCapital
  p[P.USD_PER_KWH] = e.usdPerKwh
  p[P.PUE] = e.pue
  p[P.FACILITY_USD_PER_KW_MONTH] = e.facilityUsdPerKwMonth
  p[P.OPERATIONS_FRACTION] = e.operationsFraction

  const en = s.energy
  p[P.PJ_PER_FLOP_16] = en.pjPerFlop16
  p[P.MEMORY_PJ_PER_BIT] = en.memoryPjPerBit
  p[P.SCALE_UP_PJ_PER_BIT] = en.scaleUpPjPerBit
  p[P.SCALE_OUT_PJ_PER_BIT] = en.scaleOutPjPerBit
  p[P.STATIC_W] = en.staticW
  p[P.IDLE_W] = en.idleW
  p[P.HOST_W] = en.hostW
  p[P.BOUNDARY] = BOUNDARY_CODE[en.boundary]
  p[P.DESIGN_MISMATCH] = 0
  return p
}
