/**
 * Default economic and energy-accounting assumptions of the TCO build-up, each with its source.
 * Per-accelerator capex items that scale with the accelerator are given as shares of its price.
 */
import type { Sources } from './catalog/types'

export const ECONOMICS_DEFAULTS = {
  mode: 'tco' as 'tco' | 'rental',
  /** Years over which capex is recovered. */
  years: 5,
  /** Annual cost of capital. */
  costOfCapital: 0.1,
  /** Electricity, USD/kWh. */
  usdPerKwh: 0.08,
  /** Facility power / IT power. */
  pue: 1.3,
  /** Space, power and cooling provisioning, USD per kW of IT load per month. */
  facilityUsdPerKwMonth: 150,
  /** Yearly operations and maintenance as a share of capex. */
  operationsFraction: 0.03,
  /** Host, chassis and cooling per accelerator, as a share of the accelerator's price. */
  systemShareOfPrice: 0.45,
  /** Scale-up and scale-out network per accelerator, as a share of the accelerator's price. */
  networkShareOfPrice: 0.15,
  /** Share of paid hours spent serving useful tokens (goodput). */
  utilization: 0.7,
} as const

export const ECONOMICS_SOURCES: Sources = {
  years: {
    source:
      'Hyperscaler server depreciation schedules of 5–6 years (Microsoft, Alphabet, Amazon 10-K filings 2023–2025); 5 chosen for fast-moving accelerators',
    grade: 'M',
  },
  costOfCapital: { source: 'Neocloud / hyperscaler WACC ~8–12 % (analyst estimates)', grade: 'L' },
  usdPerKwh: {
    source:
      'US average industrial electricity 8.06 ¢/kWh in 2023 (EIA; calibration.json dc-electricity-us-industrial)',
    grade: 'H',
  },
  pue: {
    source:
      'Between Google fleet PUE 1.10 (2021) and the industry average 1.56 (Uptime Institute 2024); new AI halls ~1.2–1.4 (calibration.json dc-pue-*)',
    grade: 'M',
  },
  facilityUsdPerKwMonth: {
    source:
      'Wholesale colocation ~ $120–180 per kW-month in primary US markets 2024–2025 (CBRE North America Data Center Trends)',
    grade: 'M',
  },
  operationsFraction: {
    source: 'Maintenance and staff ~2–4 % of capex per year (estimate)',
    grade: 'L',
  },
  systemShareOfPrice: {
    source:
      'DGX/HGX H100 server ~ $300k–400k for 8 GPUs priced ~$25k each → host, chassis, cooling ≈ 0.4–0.6 × GPU price (press estimates)',
    grade: 'L',
  },
  networkShareOfPrice: {
    source: 'Networking ~10–15 % of AI cluster capex (SemiAnalysis, Dell’Oro commentary)',
    grade: 'L',
  },
  utilization: {
    source:
      'Share of paid hours yielding SLO-meeting tokens; diurnal load and headroom put fleets at ~50–80 % (lever-evidence.md §1.1 "U"; estimate)',
    grade: 'L',
  },
}

export const SERVING_DEFAULTS = {
  /**
   * The runtime's memory share: of what the weights leave, for the KV cache (TensorRT-LLM
   * free_gpu_memory_fraction 0.9), or of all memory, for weights and KV (vLLM
   * gpu_memory_utilization 0.9); serving.kvMemoryRule says which.
   */
  kvMemoryFraction: 0.9,
  /** KV allocation overhead: PagedAttention wastes < 4 % (Kwon et al., SOSP 2023). */
  kvWaste: 1.04,
  tokensPerStep: 1,
  verifyTokensPerStep: 1,
  /** Scheduler cap on concurrent sequences (TensorRT-LLM max_batch_size default 2048). */
  maxBatchSize: 2048,
} as const

export const SERVING_SOURCES: Sources = {
  kvMemoryFraction: {
    source:
      'TensorRT-LLM KvCacheConfig.free_gpu_memory_fraction default 0.9 (of the memory free after the weights load); vLLM gpu_memory_utilization default 0.9 (of all memory) (TensorRT-LLM and vLLM docs)',
    grade: 'H',
  },
  kvMemoryRule: {
    source:
      '"free" on the tuned stack, as TensorRT-LLM sizes its KV cache: fraction x (total memory - engine size) (tensorrt_llm/bench/build/tuning.py calc_engine_setting; runtime free_gpu_memory_fraction); "total" on the generic stack, as vLLM gpu_memory_utilization bounds weights and KV together',
    grade: 'H',
  },
  kvWaste: { source: 'PagedAttention: < 4 % KV memory waste (Kwon et al., SOSP 2023)', grade: 'H' },
  maxBatchSize: {
    source:
      'TensorRT-LLM max_batch_size default 2048 (TensorRT-LLM docs, tuning guide); per scheduler, so per rank under enable_attention_dp (TensorRT-LLM tests/scripts/perf-sanity: DEP4 at 768 serves 3,072 requests)',
    grade: 'M',
  },
}

export const ENERGY_DEFAULTS = {
  boundary: 'facility' as 'chip' | 'node' | 'facility',
  /** NVLink-class SerDes ~1–2 pJ/bit. */
  scaleUpPjPerBit: 1.5,
  /** Pluggable 800G DSP optics ~15–19 pJ/bit end to end incl. switch share. */
  scaleOutPjPerBit: 20,
} as const

export const ENERGY_SOURCES: Sources = {
  scaleUpPjPerBit: {
    source: 'NVLink/NVLink-C2C ~1.3 pJ/bit (NVIDIA Grace Hopper whitepaper), SerDes 1–2 pJ/bit',
    grade: 'M',
  },
  scaleOutPjPerBit: {
    source:
      '800G DSP pluggable ~14–16 W ≈ 18.8 pJ/bit; CPO ~5.6 pJ/bit (lever-evidence.md §2.10, NVIDIA Hot Chips 2025, M)',
    grade: 'M',
  },
  boundary: {
    source: 'Facility boundary (× PUE) is what a site pays for and what power caps bind',
    grade: 'H',
  },
}
