/**
 * Defaults of the economics views (fleet demand, power-capped site, disaggregated serving, mature-node
 * comparison, the beyond-2030 extension) with a source and an evidence grade for every number, plus the
 * article's reference figures the views draw against.
 */
import type { Sources } from '../catalog/types'

/** Article: the four leading hyperscalers commit over $700 billion of capex in 2026. */
export const HYPERSCALER_CAPEX_2026_USD = 700e9 // USD/year
/** Global data-centre electricity use in 2024 (all workloads). */
export const DATA_CENTRE_TWH_2024 = 415 // TWh/year

export const REFERENCE_SOURCES: Sources = {
  hyperscalerCapex2026Usd: {
    source:
      'Article (shared/seed): Amazon, Google, Meta and Microsoft are committing over $700 billion of combined capex in 2026, a substantial majority for AI infrastructure (training too, and buildings, power and networks)',
    grade: 'M',
  },
  dataCentreTwh2024: {
    source:
      'IEA, "Energy and AI" (April 2025): data centres used ~415 TWh in 2024, ~1.5 % of global electricity',
    grade: 'H',
  },
}

export const FLEET_DEFAULTS = {
  /** Tokens processed per day worldwide in 2026 (input + output, all providers). */
  tokensPerDay2026: 2e14,
  /** Demand multiplier per year (2 = doubling every year). */
  growthPerYear: 2,
} as const

export const FLEET_SOURCES: Sources = {
  tokensPerDay2026: {
    source:
      'Estimate: Google processed 1.3 quadrillion tokens a month in Oct 2025 (~43 trillion a day; Sundar Pichai, via The Decoder) and ~3.2 quadrillion a month in Apr 2026 (~107 trillion a day, reported); OpenAI ~260 trillion a month in late 2025; the rest of the market added → ~200 trillion a day',
    grade: 'L',
  },
  growthPerYear: {
    source:
      'Estimate: Google’s token volume grew ~7× in the year to Apr 2026, with growth already slowing (The Decoder); 2× a year assumed for 2026–2030',
    grade: 'L',
  },
}

export const SITE_DEFAULTS = {
  /** Power the site may draw, MW, counted at the scenario's energy boundary. */
  megawatts: 100,
  /** Year the site is evaluated in. */
  year: 2030,
  /** Market price of the output tokens the site sells, USD per million. */
  tokenPriceUsdPerMillion: 0.88,
  /** Market price of the prompt (input) tokens it reads, USD per million. */
  inputTokenPriceUsdPerMillion: 0.88,
} as const

export const SITE_SOURCES: Sources = {
  megawatts: {
    source:
      'Estimate: one phase of a large AI campus is ~100–300 MW; the largest campuses plan 1 GW and more (press reports 2025–26)',
    grade: 'L',
  },
  year: { source: 'Last year of the 2026–2030 window, when every lever is available', grade: 'L' },
  tokenPriceUsdPerMillion: {
    source:
      'Together AI list price for Llama 3.3 70B Instruct Turbo, $0.88 per million tokens (2025); frontier APIs charge $10–15',
    grade: 'M',
  },
  inputTokenPriceUsdPerMillion: {
    source:
      'Together AI list price for Llama 3.3 70B Instruct Turbo, $0.88 per million tokens, input and output alike (2025); frontier APIs charge input several times less than output',
    grade: 'M',
  },
}

/** Energy-per-bit levers the power-capped site view evaluates (the article's CPO, packaging, PIM, nodes). */
export const ENERGY_PER_BIT_LEVERS = [
  'coPackagedOptics',
  'advancedPackaging',
  'processingInMemory',
  'advancedNodes',
] as const

export const SERVING_DEFAULTS = {
  prefill: { hardware: 'scenario', accelerators: 'auto', precision: 'scenario' },
  decode: { hardware: 'groq-lpu', accelerators: 576, precision: 'int8' },
} as const

export const SERVING_SOURCES: Sources = {
  'prefill.hardware': {
    source:
      'Article: "NVIDIA GPUs are well suited to the compute-intensive prefill phase, while Groq’s LPU is designed for the memory-bandwidth-intensive decode phase"',
    grade: 'M',
  },
  'decode.accelerators': {
    source:
      'semianalysis.substack.com/p/groq-inference-tokenomics-speed-but (Feb 2024): Groq served Llama-2-70B and Mixtral on 576 chips (8 racks × 9 servers × 8 chips)',
    grade: 'M',
  },
  'decode.precision': {
    source:
      'Estimate: 70B weights at 16 bits (140 GB) exceed 576 × 230 MB of SRAM; Groq serves reduced-precision weights (int8 assumed)',
    grade: 'L',
  },
}

export const MATURE_NODE_DEFAULTS = { mature: 'a100-80gb', leading: 'b200', year: 2030 } as const

/** Software levers the "heavily optimized model" of the mature-node preset turns fully on. */
export const OPTIMIZED_SOFTWARE_LEVERS = [
  'modelOptimization',
  'inferenceEngine',
  'compilerStack',
] as const

export const MATURE_NODE_SOURCES: Sources = {
  mature: {
    source:
      'NVIDIA A100 is made on TSMC N7 (Ampere GA100 whitepaper): the best-documented 7 nm-class accelerator',
    grade: 'H',
  },
  optimizedSoftware: {
    source:
      'Article: "highly optimized models running on mature hardware could make costs feasible for inference workloads"; the software levers (model optimization, inference engine, compiler stack) at full adoption',
    grade: 'M',
  },
}

export const HORIZON_DEFAULTS = {
  showSpeculative: false,
  /** Share of the previous year's CMOS improvement rate kept each year after 2030. */
  cmosRateRetained: 0.5,
} as const

export const HORIZON_SOURCES: Sources = {
  cmosRateRetained: {
    source:
      'Article: CMOS-based architectures reach "only one or two orders-of-magnitude improvements … with the gains diminishing over time"; halving the annual rate each year is an assumption, not a forecast',
    grade: 'L',
  },
}
