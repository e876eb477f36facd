/**
 * Uncertainty: seeded Monte Carlo over each lever's low/high range, sampled as a Latin hypercube.
 *
 * Distribution: every sample draws one strength quantile u ~ U(0, 1) per lever, shared by all of
 * that lever's effects and by all years (a lever that turns out strong is strong everywhere and
 * always). Each effect at u follows a triangular distribution from its low (u = 0) through its base
 * (the mode) to its high value (u = 1), in log space for multipliers. Levers are independent of one
 * another. The baseline (no levers) carries no uncertainty here: the calibration error of the
 * engine itself is reported separately in docs/validation.md.
 *
 * Sampling: a Latin hypercube (McKay, Beckman & Conover, Technometrics 21(2), 1979): each lever's N
 * strengths fall one in each of N equal strata of (0, 1), in an order shuffled per lever, so no
 * sample set leaves a lever's weak or strong end thin. Measured on 2026-12-07 against 40,000 plain
 * samples (scripts/uncertainty-precision.ts, 48 seeds; scenarios: all levers in 2030 on the
 * reference and on DeepSeek-V3, half the levers in 2030, DeepSeek-R1 on GB200 in 2028; P10/P50/P90
 * of cost and energy in every year): 1,000 hypercube samples miss the reference by 0.38–0.88 % RMS,
 * 2,000 plain ones by 0.39–0.90 %, 1,000 plain ones by 0.51–1.19 %. A reviewer's own measurement of
 * the same kind found the hypercube's misses 5–25 % larger than 2,000 plain ones' (most at P90, where
 * stratifying each lever helps least): about as precise, then, not more, for half the kernel
 * evaluations. Either error is a small fraction of a band's width (tests/engine/
 * uncertainty-sampling.test.ts checks the bands against 16,000 plain samples to 2 %).
 */
import { O, createOutput, evaluate } from '../kernel'
import {
  applyCompiled,
  compileLever,
  triangularQuantile,
  type CompiledEffect,
} from '../levers/apply'
import { createRng, type Rng } from '../rng'
import type { Scenario } from '../scenario'

import {
  adoptionsInYear,
  betterResult,
  clearPlanHints,
  createContext,
  planHint,
  runs,
  setHintPair,
  setPlanHint,
  YEARS,
  type AnalysisContext,
} from './context'
import { bandsFromSamples, sampleRange, type SplitPart, type UncertaintySamples } from './partials'

/** Latin-hypercube samples per analysis (see above: about as precise as 2,000 plain samples). */
export const DEFAULT_SAMPLES = 1000
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
    floor: number
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
 * the same hypercube from the same seed and evaluates its own range of it, so the parts together
 * hold exactly the samples one thread would draw.
 */
export function uncertaintySamples(
  ctx: AnalysisContext,
  samples: number = DEFAULT_SAMPLES,
  seed: number = DEFAULT_SEED,
  split: SplitPart = { part: 0, parts: 1 },
): UncertaintySamples {
  // The whole hypercube, in every part: a part takes its own range of samples from it.
  const strengths = latinHypercube(createRng(seed), samples, ctx.levers.length)
  return samplesAtStrengths(ctx, strengths, samples, split)
}

/**
 * The outcomes at given strengths (`samples` × levers, lever l of sample s at s × levers + l) for
 * the samples of part `split`: what uncertaintySamples evaluates for its hypercube, and what a
 * check of the sampling evaluates for plain uniform draws.
 */
export function samplesAtStrengths(
  ctx: AnalysisContext,
  strengths: Float64Array,
  samples: number,
  split: SplitPart = { part: 0, parts: 1 },
): UncertaintySamples {
  const [from, to] = sampleRange(samples, split)
  const count = to - from
  const yearCount = YEARS.length
  const cost = YEARS.map(() => new Float64Array(count))
  const energy = YEARS.map(() => new Float64Array(count))
  const sampling = samplingOf(ctx)
  const { compiled, adoptionsByYear, setStrength, params, out, other } = sampling
  const levers = ctx.levers.length
  if (strengths.length !== samples * levers)
    throw new Error(`samplesAtStrengths: ${strengths.length} strengths for ${samples} × ${levers}`)
  const alternatives = probePlans(ctx, sampling)
  for (let s = 0; s < count; s++) {
    // A strength for every lever, active or not, so a lever's samples do not depend on the others' sliders.
    for (let l = 0; l < levers; l++) setStrength(l, strengths[(from + s) * levers + l]!)
    for (let y = 0; y < yearCount; y++) {
      params.set(ctx.base)
      setPlanHint(ctx, YEARS[y]!, params)
      applyCompiled(params, compiled, adoptionsByYear[y]!)
      evaluate(params, out, true)
      let best = out
      // Where the year's plan held, the plans the probes found are tried too and the better kept
      // (where it failed, the kernel searched afresh, and that search covers them). An
      // alternative that fails the draw falls back to the year's plan (the second hint), not to
      // a search.
      const plans = alternatives[y]!
      const yearPlan = ctx.yearPlans[y]!
      if (plans.length > 0 && ranOnPlan(out, yearPlan)) {
        for (const { plan } of plans) {
          const into = best === out ? other : out
          setHintPair(params, plan, yearPlan)
          evaluate(params, into, true)
          if (betterResult(into, best)) best = into
        }
      }
      // A draw that cannot run is no cost at all, not a cost of $0 (partials.ts band).
      const ran = runs(best)
      cost[y]![s] = ran ? best[O.USD_PER_M_OUTPUT]! : Number.NaN
      energy[y]![s] = ran ? best[O.J_PER_OUTPUT_TOKEN]! : Number.NaN
    }
  }
  return { part: split.part, parts: split.parts, years: YEARS, cost, energy }
}

/** What drawing samples needs once per analysis: the samplers, the adoptions and scratch vectors. */
interface Sampling {
  readonly compiled: readonly (readonly CompiledEffect[])[]
  readonly adoptionsByYear: readonly Float64Array[]
  /** Write lever l's effect amounts at strength u into `compiled`. */
  readonly setStrength: (l: number, u: number) => void
  readonly params: Float64Array
  readonly out: Float64Array
  readonly other: Float64Array
}

function samplingOf(ctx: AnalysisContext): Sampling {
  const adoptionsByYear = YEARS.map((year) =>
    adoptionsInYear(ctx, year, new Float64Array(ctx.levers.length)),
  )
  const active = ctx.levers.map((_, i) => adoptionsByYear.some((a) => a[i]! > 0))
  const samplers = ctx.levers.map((_, l) => (active[l] ? samplersFor(ctx, l) : []))
  const compiled: CompiledEffect[][] = samplers.map((list) => list.map((s) => s.effect))
  const setStrength = (l: number, u: number): void => {
    const list = samplers[l]!
    for (let k = 0; k < list.length; k++) {
      const sampler = list[k]!
      // Amounts are linear in the distribution's variable: log-multiplier, or delta × scale.
      sampler.effect.amount = sampler.lo + triangularQuantile(u, sampler.mode) * sampler.span
    }
  }
  return {
    compiled,
    adoptionsByYear,
    setStrength,
    params: new Float64Array(ctx.base.length),
    out: createOutput(),
    other: createOutput(),
  }
}

/**
 * Lever strengths at which each year's deployment is searched afresh, every lever at the same
 * strength: where the levers land weak together, and where they land strong together.
 *
 * Why: a draw is priced on the plan the search chose for the year's central levers, and searched
 * afresh only where that plan no longer fits or meets the targets. A plan that still fits can be
 * far from the best for the draw. The Aggressive preset on Llama 3.1 405B on H100 in 2026 meets 40
 * tokens/s per user on eight accelerators only at one sequence ($135 per million); in about a fifth
 * of the draws the levers land strong enough for sixteen accelerators to meet it at about thirty
 * sequences ($9). Priced on the year's plan alone, the band read P10 $122 where a fresh search of
 * every draw reads $8.9 (tests/engine/uncertainty-plans.test.ts). A fresh search per draw costs
 * several times the whole Monte Carlo; the probes cost ten searches, and only a year whose probes
 * find a plan that pays prices its draws on two.
 */
export const PROBE_STRENGTHS: readonly number[] = [0.15, 0.85]

/**
 * A probe's plan is kept only where, at the probe's strengths, it costs at least this share less
 * than the year's plan there. The probes sit further from the centre than almost any draw, so a
 * plan that saves less there moves a band by less than that: the reference with all levers finds
 * one accelerator in 2028, 7 % cheaper than the year's four at the weak probe, and with it the
 * year's band reads 4–6 % lower (0.0430 / 0.0506 / 0.0591 against 0.0448 / 0.0539 / 0.0633 $/M; a
 * fresh search of every draw: 0.0437 / 0.0517 / 0.0603), for a fifth more Monte Carlo time. Kept at
 * 10 %, the plans that matter stay: over three presets × four models × three chips the worst band
 * quantile is 1.13× a fresh search's (1.11× keeping every plan that saves 1 %; 13.7× without probes).
 * The Conservative preset on Llama 3.1 405B on MI300X keeps sixteen accelerators in 2027 (2.8
 * against 6.2 $/M at the weak probe).
 */
const PROBE_MIN_SAVING = 0.1 // share of the year plan's cost at the probe

/** A plan a probe found for a year. */
export interface ProbedPlan {
  /** As planHint writes it: tensor, pipeline, attention code, inside its domain (1) or not. */
  readonly plan: readonly number[]
  /** Its cost at the probe's strengths, and the year's plan's there ($/M output tokens). */
  readonly probeCost: number
  readonly yearPlanCost: number
}

/** Per year of YEARS, the plans the probes found (probePlans): what the draws are priced on beside the year's. */
export function yearAlternatives(ctx: AnalysisContext): ProbedPlan[][] {
  return probePlans(ctx, samplingOf(ctx))
}

/**
 * Per year, the plans (planHint) a fresh search chooses at PROBE_STRENGTHS that differ from the
 * year's plan and save enough there (PROBE_MIN_SAVING). The same in every split part (they depend on
 * the scenario alone), so the parts together give what one thread gives.
 */
function probePlans(ctx: AnalysisContext, sampling: Sampling): ProbedPlan[][] {
  const { compiled, adoptionsByYear, setStrength, params, out, other } = sampling
  const found = YEARS.map((): ProbedPlan[] => [])
  for (const u of PROBE_STRENGTHS) {
    for (let l = 0; l < ctx.levers.length; l++) setStrength(l, u)
    for (let y = 0; y < YEARS.length; y++) {
      const yearPlan = ctx.yearPlans[y]!
      params.set(ctx.base)
      clearPlanHints(params)
      applyCompiled(params, compiled, adoptionsByYear[y]!)
      evaluate(params, out, true)
      const plan = planHint(out, params)
      if (samePlanHint(plan, yearPlan) || found[y]!.some((k) => samePlanHint(k.plan, plan)))
        continue
      // The year's plan at the same strengths (where it fails, the kernel searches: the same plan).
      setHintPair(params, yearPlan, undefined)
      evaluate(params, other, true)
      const saves =
        betterResult(out, other) &&
        (out[O.TARGET_UNMET] !== other[O.TARGET_UNMET] ||
          out[O.USD_PER_M_OUTPUT]! < (1 - PROBE_MIN_SAVING) * other[O.USD_PER_M_OUTPUT]!)
      if (saves)
        found[y]!.push({
          plan,
          probeCost: out[O.USD_PER_M_OUTPUT]!,
          yearPlanCost: other[O.USD_PER_M_OUTPUT]!,
        })
    }
  }
  return found
}

/** The same tensor and pipeline degrees, inside or across domains alike. */
function samePlanHint(a: readonly number[], b: readonly number[]): boolean {
  return a[0] === b[0] && a[1] === b[1] && a[3] === b[3]
}

/** Whether `out` was evaluated on `plan` (its tensor and pipeline degrees). */
function ranOnPlan(out: Float64Array, plan: readonly number[]): boolean {
  return out[O.TENSOR_PARALLEL] === plan[0] && out[O.PIPELINE_PARALLEL] === plan[1]
}

/**
 * Latin hypercube: per lever, one strength in each of `samples` equal strata of (0, 1), uniform
 * within it, the strata in a shuffled order (Fisher–Yates); lever l of sample s at s × levers + l.
 */
export function latinHypercube(rng: Rng, samples: number, levers: number): Float64Array {
  const u = new Float64Array(samples * levers)
  const order = new Int32Array(samples)
  for (let l = 0; l < levers; l++) {
    for (let i = 0; i < samples; i++) order[i] = i
    for (let i = samples - 1; i > 0; i--) {
      const j = rng.nextInt(i + 1)
      const t = order[i]!
      order[i] = order[j]!
      order[j] = t
    }
    for (let s = 0; s < samples; s++) u[s * levers + l] = (order[s]! + rng.nextFloat()) / samples
  }
  return u
}

/**
 * Bands of a scenario from plain (unstratified) uniform strengths: the reference the hypercube was
 * measured against (scripts/uncertainty-precision.ts), not what the dashboard shows.
 */
export function plainUncertainty(
  scenario: Scenario,
  samples: number,
  seed: number = DEFAULT_SEED,
): UncertaintyYear[] {
  const ctx = createContext(scenario)
  const rng = createRng(seed)
  const strengths = new Float64Array(samples * ctx.levers.length)
  for (let i = 0; i < strengths.length; i++) strengths[i] = rng.nextFloat()
  return bandsFromSamples([samplesAtStrengths(ctx, strengths, samples)])
}

export function uncertainty(
  ctx: AnalysisContext,
  samples: number = DEFAULT_SAMPLES,
  seed: number = DEFAULT_SEED,
): UncertaintyYear[] {
  return bandsFromSamples([uncertaintySamples(ctx, samples, seed)])
}
