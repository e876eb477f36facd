/**
 * Defaults shared by a hardware family: efficiency derates (calibrated once per family against
 * ../../../docs/validation.md, never per case), collective latency, and how the accelerator's price
 * splits into bill-of-materials components and vendor margin.
 */
// Named imports: the bundler keeps only these keys (not the list of fitting-case ids) in the engine bundle.
import {
  families,
  overlapLoss,
  pooled,
  stepOverheadSeconds,
} from '../validation/fitted-derates.json'
import fittedEnergy from '../validation/fitted-energy.json'
import { kernelBoundarySeconds as FITTED_KERNEL_BOUNDARY_S } from '../validation/fitted-kernel.json'

import type { Citation, HardwareFamily, MemoryKind, Sources } from './types'

export interface FamilyDefaults {
  /** Achieved share of peak tensor FLOP/s in large GEMM-dominated phases (prefill). */
  readonly computeEfficiency: number
  /** Achieved share of peak memory bandwidth in decode. */
  readonly memoryEfficiency: number
  /** Achieved share of link bandwidth in collectives. */
  readonly communicationEfficiency: number
  /** Fixed time per decode step and per prefill pass besides the kernel boundaries (scheduling, sampling), s. */
  readonly stepOverheadSeconds: number
  /**
   * Fixed time per kernel boundary of a forward pass (launch gap, ramp, tail), s: a pass pays it for every
   * kernel of every layer (physics/kernels.ts). 0 for chips that run a step as one compiled program.
   */
  readonly kernelBoundarySeconds: number
  /** Share of the shorter of a linear kernel's compute and memory time left exposed (physics/roofline.ts), 0..1. */
  readonly overlapLoss: number
  /** Fixed latency of one collective inside the scale-up domain, s. */
  readonly collectiveLatencySeconds: number
  /** Vendor gross margin as a share of the accelerator price. */
  readonly vendorMarginFraction: number
  readonly sources: Sources
}

interface FittedPair {
  readonly computeEfficiency: number
  readonly memoryEfficiency: number
  readonly cases: number
}
/** Written by `npm run calibrate` from the fitting cases of validation/measured.json only (never per case). */
const FITTED: {
  readonly stepOverheadSeconds: number
  readonly overlapLoss: number
  readonly families: Readonly<Partial<Record<string, FittedPair>>>
  readonly pooled: FittedPair
} = { stepOverheadSeconds, overlapLoss, families, pooled }

const FIT_SOURCE =
  'Fitted by npm run calibrate (src/engine/validation/fit.ts) on the fitting set of src/engine/validation/measured.json (MLPerf Inference v4.1/v5.1 logs, TensorRT-LLM perf-overview; dense models, tensor parallelism < 4, one family held out); validation error per regime in docs/validation.md'

/** Derates of a family: its own fitted pair when it has fitting cases, else the pooled fit of all families. */
function fittedFor(id: string): { compute: number; memory: number; citation: Citation } {
  const own = FITTED.families[id]
  if (own)
    return {
      compute: own.computeEfficiency,
      memory: own.memoryEfficiency,
      citation: { source: `${FIT_SOURCE}; ${own.cases} fitting cases of this family`, grade: 'M' },
    }
  return {
    compute: FITTED.pooled.computeEfficiency,
    memory: FITTED.pooled.memoryEfficiency,
    citation: {
      source: `${FIT_SOURCE}; no fitting case of this family: the pooled fit over all ${FITTED.pooled.cases} fitting cases`,
      grade: 'L',
    },
  }
}

const LATENCY: Citation = {
  source:
    'One small-message all-reduce on NVLink with NCCL/custom all-reduce kernels takes ~5–10 µs (NCCL tests; TensorRT-LLM custom all-reduce notes)',
  grade: 'L',
}
/** GPUs launch a kernel per operation; the time per boundary is measured on our H200. */
const KERNEL_BOUNDARY_GPU: Citation = {
  source:
    'Our H200 (data/gpu-calibration, CUDA graphs): decode steps of Llama-3.1-8B and of a 20-layer Llama-3.1-70B at batch 1 and 8 give a fixed time per layer besides the bytes (npm run calibrate, src/engine/validation/fit-kernel.ts), ÷ the 23 kernels per layer plain PyTorch launched; the same order as the boundaries a megakernel removes on H100 (Hazy Research, "Look Ma, No Bubbles!", May 2025: ~50 % → 78 % of bandwidth on Llama-1B at batch 1)',
  grade: 'M',
}
/** AMD GPUs launch kernels too; no measurement of their boundary time here. */
const KERNEL_BOUNDARY_AMD: Citation = {
  source: `No AMD measurement; the NVIDIA value (${KERNEL_BOUNDARY_GPU.source.slice(0, 60)}…) assumed (ROCm launch latencies are reported to be no shorter)`,
  grade: 'L',
}
/** Chips that run a whole step as one compiled program pay no per-kernel launch. */
const KERNEL_BOUNDARY_COMPILED: Citation = {
  source:
    'A whole step compiled into one statically scheduled program (XLA on TPU, Neuron on Trainium and Inferentia, the SRAM dataflow compilers): no kernel launches between operations; their own per-operation bubbles are not measured here, so 0 is optimistic at small batch',
  grade: 'L',
}

const NVIDIA_MARGIN: Citation = {
  source:
    'NVIDIA data-centre gross margin ~70–75 % (company filings FY2024–FY2026, widely reported); lever-evidence.md §2.1',
  grade: 'M',
}
const AMD_MARGIN: Citation = {
  source: 'AMD data-centre GPU gross margin estimated ~50–55 % (analyst estimates; L)',
  grade: 'L',
}
const ASIC_MARGIN: Citation = {
  source:
    'In-house ASICs are priced near cost plus design partner margin (Broadcom/Marvell ~ 20–30 %); lever-evidence.md §2.1',
  grade: 'L',
}

function family(
  computeEfficiency: number,
  memoryEfficiency: number,
  vendorMarginFraction: number,
  margin: Citation,
  derates: Citation,
  overrides: Partial<Omit<FamilyDefaults, 'sources'>> = {},
): FamilyDefaults {
  return {
    computeEfficiency,
    memoryEfficiency,
    communicationEfficiency: 0.8,
    stepOverheadSeconds: FITTED.stepOverheadSeconds,
    kernelBoundarySeconds: FITTED_KERNEL_BOUNDARY_S,
    overlapLoss: FITTED.overlapLoss,
    collectiveLatencySeconds: 8e-6,
    vendorMarginFraction,
    ...overrides,
    sources: {
      computeEfficiency: derates,
      memoryEfficiency: derates,
      communicationEfficiency: {
        source:
          'NCCL all-reduce bus bandwidth reaches ~75–85 % of NVLink peak at large messages (nccl-tests)',
        grade: 'M',
      },
      stepOverheadSeconds: { source: `${FIT_SOURCE}; one value for all families`, grade: 'M' },
      kernelBoundarySeconds: KERNEL_BOUNDARY_GPU,
      overlapLoss: {
        source: `Exposed share of the shorter of a GEMM's compute and memory time (roofline: Williams et al., CACM 2009; pipeline start-up: Hockney & Jesshope 1988); ${FIT_SOURCE}; one value for all families`,
        grade: 'M',
      },
      collectiveLatencySeconds: LATENCY,
      vendorMarginFraction: margin,
    },
  }
}

/** `f` with another kernel-boundary time and its citation. */
function withKernelBoundary(
  f: FamilyDefaults,
  seconds: number,
  citation: Citation,
): FamilyDefaults {
  return {
    ...f,
    kernelBoundarySeconds: seconds,
    sources: { ...f.sources, kernelBoundarySeconds: citation },
  }
}

/** A family's defaults with the fitted derates of `derateFamily` (itself, or the relative it inherits from). */
function fittedFamily(
  derateFamily: string,
  vendorMarginFraction: number,
  margin: Citation,
  inheritedFrom?: string,
): FamilyDefaults {
  const f = fittedFor(derateFamily)
  const citation = inheritedFrom
    ? {
        source: `No measurement of this family in validation/measured.json; derates of ${inheritedFrom}: ${f.citation.source}`,
        grade: 'L' as const,
      }
    : f.citation
  return family(f.compute, f.memory, vendorMarginFraction, margin, citation)
}

/**
 * Families with fitting cases get their own fitted derates; the held-out family (validation only) and families
 * without measurements take the pooled fit, or a named relative's fit where the architecture is a successor.
 */
export const FAMILY_DEFAULTS: Readonly<Record<HardwareFamily, FamilyDefaults>> = {
  'nvidia-ampere': fittedFamily('nvidia-ampere', 0.7, NVIDIA_MARGIN),
  'nvidia-hopper': fittedFamily('nvidia-hopper', 0.75, NVIDIA_MARGIN),
  'nvidia-blackwell': fittedFamily('nvidia-blackwell', 0.75, NVIDIA_MARGIN),
  'nvidia-rubin': fittedFamily('nvidia-blackwell', 0.75, NVIDIA_MARGIN, 'nvidia-blackwell'),
  'amd-cdna3': withKernelBoundary(
    fittedFamily('amd-cdna3', 0.5, AMD_MARGIN),
    FITTED_KERNEL_BOUNDARY_S,
    KERNEL_BOUNDARY_AMD,
  ),
  'amd-cdna4': withKernelBoundary(
    fittedFamily('amd-cdna4', 0.5, AMD_MARGIN),
    FITTED_KERNEL_BOUNDARY_S,
    KERNEL_BOUNDARY_AMD,
  ),
  'google-tpu': withKernelBoundary(
    fittedFamily('google-tpu', 0.25, ASIC_MARGIN),
    0,
    KERNEL_BOUNDARY_COMPILED,
  ),
  'aws-neuron': withKernelBoundary(
    fittedFamily('aws-neuron', 0.25, ASIC_MARGIN),
    0,
    KERNEL_BOUNDARY_COMPILED,
  ),
  'sram-dataflow': withKernelBoundary(
    family(
      0.5,
      0.6,
      0.5,
      { source: 'Start-up accelerator vendors: margin unknown; 50 % assumed (L)', grade: 'L' },
      {
        source:
          'No public measurement; SRAM dataflow chips are compiler-scheduled; assumed 0.5 compute, 0.6 SRAM bandwidth',
        grade: 'L',
      },
      { collectiveLatencySeconds: 2e-6 },
    ),
    0,
    KERNEL_BOUNDARY_COMPILED,
  ),
  custom: fittedFamily('custom', 0.5, {
    source: 'User-defined accelerator: neutral 50 % margin assumed',
    grade: 'L',
  }),
}

/**
 * Energy to move one bit between DRAM and the compute units, at the chip boundary, pJ/bit, before
 * the measured scale below: device access energy plus PHY, controller and on-chip network. HBM2
 * device access ~3.9 pJ/bit (O'Connor et al., MICRO 2017); HBM4 >40 % better than HBM3E (SK
 * hynix, 2025). These relative values were once set so that an H100 drew ~55–65 % of TDP in
 * memory-bound decode (engine-model.md §4); measurement says decode draws close to the limit.
 */
export const MEMORY_PJ_PER_BIT_BEFORE_FIT: Readonly<Record<MemoryKind, number>> = {
  HBM2e: 11,
  HBM3: 9.5,
  HBM3e: 8.5,
  HBM4: 5.5,
  SRAM: 0.6,
  GDDR6: 12,
  // No published device-level figure for GDDR7 found; the GDDR6 value is kept (its PAM3 signalling
  // trades bandwidth against energy per bit, so the energy is roughly the GDDR6 class).
  GDDR7: 12,
  LPDDR5: 10,
}

/**
 * The measured scale on the DRAM kinds' energy per bit (fitted-energy.json): what makes the engine
 * reproduce our H200's decode power (653 W, 93 % of TDP, at batch 64: data/gpu-calibration),
 * fitted once on that window (validation/fit-energy.ts), never on the validation cases. It stands
 * for all the energy a memory-bound step spends per byte it moves (DRAM access, PHY, the on-chip
 * network, caches, and the SMs that wait on it), which a decode step's power is proportional to.
 * SRAM (on-die, Horowitz's wire-level figure) keeps its value. The ML.ENERGY Leaderboard's GPU power
 * on H100 and B200 (docs/validation.md §2b) judges the result.
 */
export const MEMORY_ENERGY_SCALE: number = fittedEnergy.memoryEnergyScale

/** The energy fit as npm run calibrate wrote it: window, measured and engine power (for the validation report). */
export const MEMORY_ENERGY_FIT: {
  readonly memoryEnergyScale: number
  readonly window: string
  readonly measuredWatts: number
  readonly engineWattsBefore: number
  readonly engineWattsAfter: number
} = fittedEnergy

/** Energy per bit moved to or from memory, pJ/bit: the relative values above at the measured scale (SRAM as is). */
export const MEMORY_PJ_PER_BIT: Readonly<Record<MemoryKind, number>> = Object.fromEntries(
  Object.entries(MEMORY_PJ_PER_BIT_BEFORE_FIT).map(([kind, pj]) => [
    kind,
    kind === 'SRAM' ? pj : pj * MEMORY_ENERGY_SCALE,
  ]),
) as Record<MemoryKind, number>

export const MEMORY_ENERGY_SOURCE: Citation = {
  source:
    "HBM2 access ~3.9 pJ/bit at the device (O'Connor et al., Fine-Grained DRAM, MICRO 2017, H); PHY + controller + on-chip NoC roughly double it; HBM4 >40 % better than HBM3E (SK hynix 2025, M): the relative values; their common scale fitted to our H200's measured decode power (NVML energy counter, 653 W at batch 64, data/gpu-calibration; npm run calibrate); SRAM ~0.1–1 pJ/bit incl. wires (Horowitz, ISSCC 2014, H)",
  grade: 'M',
}

/** Static (always-on while busy) power as a share of TDP: leakage, clocks, uncore, fabric. */
export const STATIC_POWER_FRACTION = 0.3 // dimensionless
/** Idle power as a share of TDP (H100 SXM idles ~60–90 W of 700 W). */
export const IDLE_POWER_FRACTION = 0.1 // dimensionless
/** Host (CPU, DRAM, NICs, fans) power per accelerator as a share of accelerator TDP. */
export const HOST_POWER_FRACTION = 0.45 // dimensionless
/**
 * Share of (TDP - static) the chip spends on math in a compute-bound phase at the family's
 * efficiency. Not fitted: our H200's prefill ran at its power cap with the SM clock at 80 %, which
 * says this share is above 1, but fitting it moves the compute derates with it (the derates now
 * absorb the cap) and the two did not settle together (validation/fit-energy.ts); left for a
 * calibration that fits both at once.
 */
export const COMPUTE_POWER_SHARE = 0.85 // dimensionless

export const POWER_SOURCES: Sources = {
  STATIC_POWER_FRACTION: {
    source:
      'GPU power under memory-bound load vs idle (ML.ENERGY leaderboard v3.0 power traces; arXiv 2601.22076); estimate',
    grade: 'L',
  },
  IDLE_POWER_FRACTION: {
    source: 'nvidia-smi idle readings of H100 SXM ~60–90 W (community reports)',
    grade: 'L',
  },
  HOST_POWER_FRACTION: {
    source:
      'DGX H100: 10.2 kW system for 8 x 700 W GPUs (NVIDIA datasheet) → ~575 W non-GPU per GPU at max; Google Gemini energy split 58 % TPU / 25 % host (Aug 2025 report) → host ≈ 0.43 x accelerator',
    grade: 'M',
  },
  COMPUTE_POWER_SHARE: {
    source:
      'Engine-model.md §4: an H100 draws about its TDP in compute-bound prefill; remainder is memory traffic. Our H200 prefill ran at the 700 W cap with the SM clock at 80 % (data/gpu-calibration): the share is likely above 1, not yet fitted',
    grade: 'L',
  },
}

/**
 * How the accelerator's component cost (price minus margin) splits: Epoch AI, AI chip component
 * cost shares (Q4 2025: HBM 63 %, logic 13 %, CoWoS 15 %, auxiliary 9 %).
 */
export const COMPONENT_SHARES = { memory: 0.63, logic: 0.13, packaging: 0.15, other: 0.09 } as const
export const COMPONENT_SHARES_SOURCE: Citation = {
  source: 'epoch.ai/data-insights/ai-chip-component-cost-shares (Q4 2025 shares)',
  grade: 'H',
}
