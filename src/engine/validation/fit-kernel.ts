/**
 * The kernel-boundary time (physics/kernels.ts), measured once on our H200 (data/gpu-calibration), never on the
 * validation cases. Rule, written before the fit was first run (2026-12-06): the bf16 decode steps run as CUDA
 * graphs at context 1,024 and batch 8 or less, where the weights are nearly all the bytes, of the two model
 * shapes measured (Llama-3.1-8B, 32 layers of 0.44 GB; Llama-3.1-70B truncated to 20 layers of 1.7 GB). Two
 * shapes with different bytes per layer separate a time per byte from a time per layer:
 *
 *   measured step time = bytes ÷ bandwidth + layers × time per layer    (least squares, no intercept)
 *
 * The time per layer ÷ the kernels plain PyTorch launches per layer (KERNELS_PER_LAYER_GENERIC) is the time per
 * kernel boundary. The bandwidth the same fit implies is the check: it must come out near what a copy kernel
 * reaches (section 9 of docs/validation.md), not far above it, or the layer term would be absorbing something else.
 */
import { KERNELS_PER_LAYER_GENERIC } from '../physics/kernels'

import { GPU_DATA } from './gpu-cases'

export interface KernelFit {
  readonly kernelBoundarySeconds: number
  readonly secondsPerLayer: number
  readonly impliedBandwidthTBps: number
  readonly kernelsPerLayer: number
  readonly cases: readonly string[]
  /** Measured − fitted, ms, per case in `cases` order. */
  readonly residualsMs: readonly number[]
}

/** The cases the rule above selects. */
export function kernelFitCases() {
  return GPU_DATA.cases.filter(
    (c) =>
      c.phase === 'decode' &&
      c.precision === 'bf16' &&
      c.cuda_graph &&
      c.batch <= 8 &&
      c.input_len === 1024,
  )
}

/** Least squares of the step time on bytes and layers (two unknowns, no intercept), rounded to 0.01 µs. */
export function fitKernelBoundary(): KernelFit {
  const cases = kernelFitCases()
  const shapes = new Set(cases.map((c) => c.layers))
  if (shapes.size < 2) throw new Error('fit-kernel: needs decode steps of two model shapes')
  // Normal equations of t = a x + b y, x = bytes (GB), y = layers, t in ms.
  let xx = 0
  let xy = 0
  let yy = 0
  let xt = 0
  let yt = 0
  for (const c of cases) {
    const x = c.bytes / 1e9
    const y = c.layers
    xx += x * x
    xy += x * y
    yy += y * y
    xt += x * c.ms
    yt += y * c.ms
  }
  const det = xx * yy - xy * xy
  const msPerGB = (xt * yy - yt * xy) / det
  const msPerLayer = (xx * yt - xy * xt) / det
  const secondsPerLayer = msPerLayer / 1e3
  return {
    kernelBoundarySeconds: Math.round((secondsPerLayer / KERNELS_PER_LAYER_GENERIC) * 1e8) / 1e8,
    secondsPerLayer: Math.round(secondsPerLayer * 1e8) / 1e8,
    impliedBandwidthTBps: Math.round((1 / msPerGB) * 1e3) / 1e3,
    kernelsPerLayer: KERNELS_PER_LAYER_GENERIC,
    cases: cases.map((c) => c.id),
    residualsMs: cases.map(
      (c) => Math.round((c.ms - (msPerGB * c.bytes) / 1e9 - msPerLayer * c.layers) * 1e3) / 1e3,
    ),
  }
}
