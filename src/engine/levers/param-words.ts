/**
 * Each engine parameter a lever moves, in plain words: shared by the lever drawer, the assumption
 * editor and the claim explanations so a parameter reads the same everywhere.
 */
import type { ParamName } from './types'

const PARAM_WORDS: Partial<Record<ParamName, string>> = {
  CAPEX_MARGIN_USD: 'vendor margin in the chip price',
  CAPEX_SYSTEM_USD: 'server cost per accelerator',
  CAPEX_NETWORK_USD: 'network equipment cost per accelerator',
  CAPEX_LOGIC_USD: 'logic die cost',
  CAPEX_MEMORY_USD: 'memory (HBM) cost',
  CAPEX_PACKAGING_USD: 'packaging cost',
  EFF_COMPUTE: 'share of peak compute achieved',
  EFF_MEMORY: 'share of peak memory bandwidth achieved',
  EFF_COMMUNICATION: 'share of link bandwidth achieved',
  PEAK_16_FLOPS: 'peak compute (FLOP/s)',
  PEAK_8_FLOPS: 'peak compute (FLOP/s)',
  PEAK_4_FLOPS: 'peak compute (FLOP/s)',
  MEMORY_BANDWIDTH_BPS: 'memory bandwidth',
  MEMORY_BYTES: 'memory capacity',
  PJ_PER_FLOP_16: 'energy per operation',
  MEMORY_PJ_PER_BIT: 'memory energy per bit',
  STATIC_W: 'static (leakage) power',
  PREFIX_HIT_RATE: 'prompt tokens served from cache',
  SCALE_UP_BPS: 'scale-up link bandwidth',
  SCALE_UP_DOMAIN: 'accelerators in one scale-up domain',
  COLLECTIVE_LATENCY_S: 'latency of collective operations',
  SCALE_OUT_BPS: 'scale-out bandwidth per accelerator',
  SCALE_OUT_LATENCY_S: 'scale-out latency',
  SCALE_OUT_PJ_PER_BIT: 'network energy per bit (scale-out)',
  SCALE_UP_PJ_PER_BIT: 'link energy per bit (scale-up)',
  UTILIZATION: 'share of paid hours doing useful work',
  STEP_OVERHEAD_S: 'fixed overhead per decode step',
  KV_MEMORY_FRACTION: 'memory left for the KV cache',
  WEIGHT_BITS: 'bits per weight',
  ACTIVATION_BITS: 'bits per activation',
  KV_BITS: 'bits per KV-cache entry',
  PARAM_SCALE: 'parameters at the same quality',
  KV_ELEMENTS_PER_TOKEN: 'KV-cache size per token',
  ATTENTION_FLOPS_PER_CONTEXT: 'attention compute per context token',
  EXPERTS: 'experts per layer',
  EXPERTS_PER_TOKEN: 'experts active per token',
  EXPERT_PARAMS: 'parameters per expert',
  STATE_ELEMENTS_PER_SEQUENCE: 'fixed-size state per sequence',
  STATE_FLOPS_PER_TOKEN: 'state-update compute per token',
  TOKENS_PER_STEP: 'tokens accepted per decode step',
  VERIFY_TOKENS_PER_STEP: 'tokens verified per step',
  DESIGN_MISMATCH: 'efficiency lost to design mismatch',
  SERVING_STACK_GENERIC: 'share of work on generic kernels (BF16 low-bit math, unfused layers)',
  KERNEL_BOUNDARY_S: 'time lost at each kernel boundary',
}

/** What `param` means, in words (the parameter name when no words are on file). */
export function paramWords(param: ParamName): string {
  return PARAM_WORDS[param] ?? param.toLowerCase().replaceAll('_', ' ')
}
