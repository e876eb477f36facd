/**
 * Mature-node (7 nm-class) and leading-edge hardware for the article's geopolitical comparison.
 * The A100 comes from the catalogue (datasheet, grade H). The Ascend 910B-class entry is a hardware
 * override object with figures from secondary reports, which disagree; every number is graded and the
 * disagreements are noted.
 */
import type { Sources } from '../catalog/types'
import { BYTES_PER_GB, BYTES_PER_GIB } from '../constants'
import type { ScenarioInput } from '../scenario-schema'

export const MATURE_HARDWARE_IDS = ['a100-80gb', 'ascend-910b-class'] as const
export const LEADING_HARDWARE_IDS = ['b200', 'gb200', 'rubin', 'h100-sxm'] as const

export type MatureHardwareId = (typeof MATURE_HARDWARE_IDS)[number]
export type LeadingHardwareId = (typeof LEADING_HARDWARE_IDS)[number]

/** Ascend 910B-class accelerator as a scenario hardware object (A100 as the base for unlisted fields). */
export const ASCEND_910B_CLASS = {
  base: 'a100-80gb',
  id: 'ascend-910b-class',
  name: 'Ascend 910B-class (SMIC 7 nm)',
  vendor: 'Huawei',
  family: 'custom',
  year: 2023,
  peakTflops: { fp16: 320, fp8: 0, int8: 640, fp4: 0 },
  memoryGB: (64 * BYTES_PER_GIB) / BYTES_PER_GB, // 64 GiB: DRAM capacity is binary (constants.ts)
  memoryBandwidthTBps: 1.6,
  memoryKind: 'HBM2e',
  tdpW: 400,
  scaleUpGBps: 90,
  scaleUpDomain: 8,
  scaleOutGbps: 200,
  processNm: 7,
  priceUsd: 15000,
  usdPerHour: 1.3,
} as const satisfies Exclude<ScenarioInput['hardware'], string | undefined>

export const ASCEND_910B_SOURCES: Sources = {
  year: {
    source: 'Reuters (Nov 2023): Huawei’s 910B won large orders from Baidu in 2023',
    grade: 'M',
  },
  'peakTflops.fp16': {
    source:
      'CSET, "Pushing the Limits: Huawei’s AI Chip Tests U.S. Export Controls" (2024): officially ~80 TFLOPS above the Ascend 910’s 256 TFLOPS FP16; ~320 widely quoted',
    grade: 'M',
  },
  'peakTflops.fp8': {
    source: 'No FP8 on the 910B (FP8 support is announced for later Ascend generations)',
    grade: 'M',
  },
  'peakTflops.int8': {
    source: 'Estimate: twice the FP16 rate, as for the Ascend 910 (256 / 512)',
    grade: 'L',
  },
  'peakTflops.fp4': { source: 'No FP4', grade: 'M' },
  memoryGB: {
    source: '64 GB HBM2e (trade press summaries, 2024), read as 64 GiB like every DRAM capacity',
    grade: 'L',
  },
  memoryBandwidthTBps: {
    source:
      'Reports disagree (0.4, 0.77, 1.2 and 1.6 TB/s). Four HBM2e stacks at ~0.4 TB/s each give 1.6 TB/s; the "400 GB/s" figure looks like one stack',
    grade: 'L',
  },
  tdpW: { source: 'Reports range from 310 W to 400 W; 400 W assumed', grade: 'L' },
  scaleUpGBps: {
    source:
      'Ascend 910 (Hot Chips 2019): 3 × 240 Gb/s HCCS ports ≈ 90 GB/s; assumed unchanged for the 910B',
    grade: 'L',
  },
  scaleUpDomain: { source: 'Atlas 800 training server: 8 Ascend NPUs per node', grade: 'M' },
  scaleOutGbps: { source: 'Ascend 910 (Hot Chips 2019): 2 × 100 Gb/s RoCE v2', grade: 'L' },
  processNm: {
    source:
      'SMIC N+2 (7 nm-class DUV) per TechInsights and TrendForce; Huawei planned ~300,000 910B chips in 2025 (FT via Digitimes)',
    grade: 'M',
  },
  priceUsd: {
    source:
      'Assumption: no verifiable public price; set equal to the A100 80GB street-price estimate so the comparison isolates performance',
    grade: 'L',
  },
  usdPerHour: { source: 'Assumption: same rental reference as the A100', grade: 'L' },
  family: {
    source:
      'Efficiency derates inherited from the calibrated Hopper family (custom hardware); CANN software maturity is not modelled beyond the compiler-stack lever',
    grade: 'L',
  },
}

/** The hardware field of a scenario input for a mature-node choice. */
export function matureHardwareInput(id: MatureHardwareId): NonNullable<ScenarioInput['hardware']> {
  return id === 'ascend-910b-class'
    ? { ...ASCEND_910B_CLASS, peakTflops: { ...ASCEND_910B_CLASS.peakTflops } }
    : id
}
