/**
 * Uncertainty: seeded Monte Carlo over each lever's low/high range.
 *
 * Distribution: every sample draws one strength quantile u ~ U(0, 1) per lever, shared by all of
 * that lever's effects and by all years (a lever that turns out strong is strong everywhere and
 * always). Each effect at u follows a triangular distribution from its low (u = 0) through its base
 * (the mode) to its high value (u = 1), in log space for multipliers. Levers are independent of one
 * another. The baseline (no levers) carries no uncertainty here: the calibration error of the
 * engine itself is reported separately in docs/validation.md.
 */
import { O, createOutput, evaluate } from '../kernel'
import {
  applyCompiled,
  compileLever,
  triangularQuantile,
  type CompiledEffect,
} from '../levers/apply'
import { createRng } from '../rng'

import { adoptionsInYear, YEARS, type AnalysisContext } from './context'
import { bandsFromSamples, sampleRange, type SplitPart, type UncertaintySamples } from './partials'

export const DEFAULT_SAMPLES = 2000
export const DEFAULT_SEED = 20260101

export interface Band {
  readonly p10: number
  readonly p50: number
  readonly p90: number
}

export interface UncertaintyYear {
  readonly year: number
  readonly cost: Band
  readonly energy: Band
}

// Quantiles and bands live with the code that combines split runs (partials.ts, no kernel import).
export { band, quantile } from './partials'

/** One effect's distribution, precomputed: amount(u) = lo + q(u) × span (log space for multipliers). */
interface EffectSampler {
  readonly effect: {
    index: number
    additive: boolean
    frontier: boolean
    amount: number
    cap: number
  }
  readonly lo: number
  readonly span: number
  readonly mode: number
  readonly scale: number
}

/**
 * Samplers for a lever's effects, reusing compileLever for everything but the amount. The amount
 * at strength u is written into `effect.amount` in place, so sampling allocates nothing.
 */
function samplersFor(ctx: AnalysisContext, l: number): EffectSampler[] {
  const lever = ctx.levers[l]!
  const low = compileLever(lever, ctx.scenario.assumptions, ctx.base, 0)
  const base = compileLever(lever, ctx.scenario.assumptions, ctx.base)
  const high = compileLever(lever, ctx.scenario.assumptions, ctx.base, 1)
  return base.map((b, k) => {
    const lo = low[k]!.amount
    const span = high[k]!.amount - lo
    const mode = span === 0 ? 0 : Math.min(1, Math.max(0, (b.amount - lo) / span))
    return { effect: { ...b }, lo, span, mode, scale: 1 }
  })
}

/**
 * The raw Monte Carlo outcomes of the samples of part `split` (all samples by default): what
 * `bandsFromSamples` turns into bands, after adding the other parts' samples. Every part draws
 * from the same stream, skipping the draws of the samples before its own, so the parts together
 * hold exactly the samples one thread would draw.
 */
export function uncertaintySamples(
  ctx: AnalysisContext,
  samples: number = DEFAULT_SAMPLES,
  seed: number = DEFAULT_SEED,
  split: SplitPart = { part: 0, parts: 1 },
): UncertaintySamples {
  const rng = createRng(seed)
  const [from, to] = sampleRange(samples, split)
  const count = to - from
  const yearCount = YEARS.length
  const cost = YEARS.map(() => new Float64Array(count))
  const energy = YEARS.map(() => new Float64Array(count))
  const adoptionsByYear = YEARS.map((year) =>
    adoptionsInYear(ctx, year, new Float64Array(ctx.levers.length)),
  )
  const active = ctx.levers.map((_, i) => adoptionsByYear.some((a) => a[i]! > 0))
  const samplers = ctx.levers.map((_, l) => (active[l] ? samplersFor(ctx, l) : []))
  const compiled: CompiledEffect[][] = samplers.map((list) => list.map((s) => s.effect))
  const params = new Float64Array(ctx.base.length)
  const out = createOutput()
  // One draw per lever per sample: skip the earlier parts' samples.
  for (let k = 0; k < from * ctx.levers.length; k++) rng.nextFloat()
  for (let s = 0; s < count; s++) {
    for (let l = 0; l < ctx.levers.length; l++) {
      // Draw for every lever, active or not, so a lever's samples do not depend on the others' sliders.
      const u = rng.nextFloat()
      const list = samplers[l]!
      for (let k = 0; k < list.length; k++) {
        const sampler = list[k]!
        // Amounts are linear in the distribution's variable: log-multiplier, or delta × scale.
        sampler.effect.amount = sampler.lo + triangularQuantile(u, sampler.mode) * sampler.span
      }
    }
    for (let y = 0; y < yearCount; y++) {
      params.set(ctx.base)
      applyCompiled(params, compiled, adoptionsByYear[y]!)
      evaluate(params, out, true)
      cost[y]![s] = out[O.USD_PER_M_OUTPUT]!
      energy[y]![s] = out[O.J_PER_OUTPUT_TOKEN]!
    }
  }
  return { part: split.part, parts: split.parts, years: YEARS, cost, energy }
}

export function uncertainty(
  ctx: AnalysisContext,
  samples: number = DEFAULT_SAMPLES,
  seed: number = DEFAULT_SEED,
): UncertaintyYear[] {
  return bandsFromSamples([uncertaintySamples(ctx, samples, seed)])
}
