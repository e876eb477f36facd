/**
 * Applying levers to a packed parameter vector.
 *
 * Adoption of a lever in a year = slider (0..1) × availability in that year (catalog.ts).
 * A `mul` effect m at adoption a scales its parameter by m^a; an `add` effect adds a × delta.
 * Caps are applied last, and the order of levers never matters.
 *
 * Levers that act on the same quantity combine through the overlap rules of overlaps.ts (frontier
 * norm for one physical quantity, multiplied cost lines, capped shares, mixture of experts ×
 * distillation on active parameters, the HBM lever's headstart on HBM4 parts); docs/levers.md has
 * the table of every overlapping pair. Levers therefore interact only through the parameters the
 * physics reads, never by multiplying percentages.
 *
 * Floors: number formats never go below what hardware supports (physics/precision.ts): 4 bits for
 * weights and KV cache, and for activations the narrowest width the chip computes in (4 with 4-bit
 * math, else 8). A floor never raises a width the scenario itself set lower.
 *
 * Uncertainty: each lever draws one strength quantile u ∈ [0, 1] shared by all its effects (a lever
 * that is strong is strong everywhere). The effect at u follows a triangular distribution between
 * the low (u = 0) and high (u = 1) values with its mode at the base value, in log space for
 * multipliers and in linear space for additions.
 */
import { FIRST_YEAR, LAST_YEAR } from '../constants'
import { MEMORY_KIND_CODE, P, PARAM_COUNT } from '../params'
import { MIN_STORED_BITS, minActivationBits } from '../physics/precision'

import { LEVERS } from './catalog'
import type { AssumptionSet, LeverId } from './ids'
import {
  FRONTIER_PARAMS,
  activeLinearParams,
  applyActiveParameterOverlap,
  frontierLogMultiplier,
  headstartLog,
  remainingLogGain,
} from './overlaps'
import { leversWithOverrides, type LeverOverrides } from './overrides'
import type { EffectRange, FloorKind, LeverEffect, LeverSpec } from './types'

export { FRONTIER_PARAMS, frontierLogMultiplier }

/** Availability (0..1) of a lever in a year; before 2026 nothing, after 2030 the 2030 value. */
export function availability(lever: LeverSpec, year: number): number {
  if (year < FIRST_YEAR) return 0
  const index = Math.min(LAST_YEAR, Math.floor(year)) - FIRST_YEAR
  return lever.availability[index] ?? 1
}

/** Inverse CDF of the triangular distribution on [0, 1] with mode c. */
export function triangularQuantile(u: number, c: number): number {
  if (c <= 0) return 1 - Math.sqrt((1 - u) * (1 - c))
  if (c >= 1) return Math.sqrt(u * c)
  return u < c ? Math.sqrt(u * c) : 1 - Math.sqrt((1 - u) * (1 - c))
}

/**
 * An effect's value at strength quantile u (undefined = the base value).
 * Multipliers interpolate in log space, additions linearly.
 */
export function effectValue(
  effect: LeverEffect,
  range: EffectRange,
  u: number | undefined,
): number {
  const [low, base, high] = range
  if (u === undefined || low === high) return u === undefined ? base : low
  const g = effect.op === 'mul' ? Math.log : (x: number): number => x
  const gInv = effect.op === 'mul' ? Math.exp : (x: number): number => x
  const gl = g(low)
  const gh = g(high)
  const mode = (g(base) - gl) / (gh - gl)
  const x = triangularQuantile(u, Math.min(1, Math.max(0, mode)))
  return gInv(gl + x * (gh - gl))
}

/**
 * Whether a lever can act on the scenario in `params` (MoE on dense models, SSM on transformers,
 * HBM evolution on parts with HBM).
 */
export function leverApplies(lever: LeverSpec, params: Float64Array): boolean {
  if (lever.appliesTo === 'dense') return params[P.EXPERTS]! <= 1
  if (lever.appliesTo === 'transformer') return params[P.STATE_ELEMENTS_PER_SEQUENCE]! === 0
  if (lever.appliesTo === 'hbm') return params[P.MEMORY_KIND]! > 0
  return true
}

/**
 * The lowest value a floored effect may reach on the scenario in `base` (physics/precision.ts),
 * never above the scenario's own value (a floor does not raise what the user set). -Infinity = none.
 */
export function effectFloor(
  kind: FloorKind | undefined,
  index: number,
  base: Float64Array,
): number {
  if (kind === undefined) return -Infinity
  const floor =
    kind === 'storedFormat'
      ? MIN_STORED_BITS
      : minActivationBits(base[P.PEAK_8_FLOPS]!, base[P.PEAK_4_FLOPS]!)
  return Math.min(floor, base[index]!)
}

/**
 * One lever's effect on the parameter vector, compiled: parameter index, kind, and the amount at
 * full adoption (log multiplier, or additive delta). Used by the fast analysis paths.
 */
export interface CompiledEffect {
  readonly index: number
  readonly additive: boolean
  /** Combines with other levers' gains on this parameter as a Euclidean norm of log-gains. */
  readonly frontier: boolean
  /** ln(m) for multipliers, delta for additions, at adoption 1. */
  readonly amount: number
  readonly cap: number
  /** Lowest value the parameter may reach (number formats); -Infinity = none. */
  readonly floor: number
}

export function compileLever(
  lever: LeverSpec,
  set: AssumptionSet,
  baseParams: Float64Array,
  u?: number,
): CompiledEffect[] {
  if (!leverApplies(lever, baseParams)) return []
  return lever.effects.map((effect) => {
    const index = P[effect.param]
    const value = effectValue(effect, effect.ranges[set], u)
    const scale = effect.scaleBy
      ? effect.scaleBy.reduce((acc, name) => acc * baseParams[P[name]]!, 1)
      : 1
    const additive = effect.op === 'add'
    const base = baseParams[index]!
    const headstart = headstartLog(lever.id, effect.param, baseParams[P.MEMORY_KIND]!)
    return {
      index,
      additive,
      frontier: !additive && FRONTIER_PARAMS.has(effect.param),
      amount: additive ? value * scale : remainingLogGain(Math.log(value), headstart),
      cap: effect.cap === undefined ? Infinity : Math.max(effect.cap, base),
      floor: effectFloor(effect.floor, index, baseParams),
    }
  })
}

/** Scratch: per parameter, the sums of squared log-gains up and down (frontier combination); zero between uses. */
const frontierUp = new Float64Array(PARAM_COUNT)
const frontierDown = new Float64Array(PARAM_COUNT)
/**
 * The parameters with a gain in the sums, in the order first touched: applyFrontierGains visits
 * these few, not all PARAM_COUNT (the Monte Carlo applies the levers 5,000 times per analysis).
 */
const frontierTouched = new Int32Array(PARAM_COUNT)
const frontierCount = { n: 0 }

/** Add one lever's log-gain g on a frontier parameter to the running sums of squares. */
function addFrontierGain(index: number, g: number): void {
  if (g === 0) return
  if (frontierUp[index] === 0 && frontierDown[index] === 0) {
    frontierTouched[frontierCount.n] = index
    frontierCount.n++
  }
  if (g > 0) frontierUp[index] = frontierUp[index]! + g * g
  else frontierDown[index] = frontierDown[index]! + g * g
}

/** Scale each frontier parameter by its combined gain, then clear the sums. */
function applyFrontierGains(params: Float64Array): void {
  for (let k = 0; k < frontierCount.n; k++) {
    const i = frontierTouched[k]!
    const up = frontierUp[i]!
    const down = frontierDown[i]!
    if (up !== 0 || down !== 0) params[i] = params[i]! * Math.exp(frontierLogMultiplier(up, down))
    frontierUp[i] = 0
    frontierDown[i] = 0
  }
  frontierCount.n = 0
}

/** Apply compiled effects at the given adoptions (one per lever) to `params`, in place. */
export function applyCompiled(
  params: Float64Array,
  effectsPerLever: readonly (readonly CompiledEffect[])[],
  adoptions: ArrayLike<number>,
): void {
  const scaleBefore = params[P.PARAM_SCALE]!
  const activeBefore = activeLinearParams(params)
  let anyFrontier = false
  for (let l = 0; l < effectsPerLever.length; l++) {
    const a = adoptions[l]!
    if (a === 0) continue
    const effects = effectsPerLever[l]!
    for (let k = 0; k < effects.length; k++) {
      const e = effects[k]!
      if (e.additive) params[e.index] = params[e.index]! + a * e.amount
      else if (e.frontier) {
        addFrontierGain(e.index, a * e.amount)
        anyFrontier = true
      } else params[e.index] = params[e.index]! * Math.exp(a * e.amount)
    }
  }
  if (anyFrontier) applyFrontierGains(params)
  applyActiveParameterOverlap(params, scaleBefore, activeBefore)
  for (let l = 0; l < effectsPerLever.length; l++) {
    if (adoptions[l] === 0) continue
    const effects = effectsPerLever[l]!
    for (let k = 0; k < effects.length; k++) {
      const e = effects[k]!
      if (params[e.index]! > e.cap) params[e.index] = e.cap
      if (params[e.index]! < e.floor) params[e.index] = e.floor
    }
  }
}

/** Adoption of each catalogue lever (in catalogue order) for a scenario's sliders and year. */
export function adoptionsFor(
  levers: Readonly<Partial<Record<LeverId, number>>>,
  year: number,
): Float64Array {
  const adoptions = new Float64Array(LEVERS.length)
  LEVERS.forEach((lever, i) => {
    adoptions[i] = (levers[lever.id] ?? 0) * availability(lever, year)
  })
  return adoptions
}

/**
 * Base-value effects of every lever, precomputed once per assumption set, so applying a scenario's
 * levers allocates nothing (simulate() runs ~10^5 times per second).
 */
interface StaticEffect {
  readonly index: number
  readonly additive: boolean
  readonly frontier: boolean
  readonly cap: number
  readonly floor: FloorKind | undefined
  /** ln(m) for multipliers, delta for additions (before `scaleBy`). */
  readonly amount: number
  /** ln(headstart) of an HBM4 part for this effect (overlaps.ts rule 5); 0 = none. */
  readonly hbm4Headstart: number
  readonly scaleBy: readonly number[]
}

interface StaticLever {
  readonly lever: LeverSpec
  readonly effects: readonly StaticEffect[]
}

function staticLevers(set: AssumptionSet): StaticLever[] {
  return LEVERS.map((lever) => ({
    lever,
    effects: lever.effects.map((effect) => {
      const additive = effect.op === 'add'
      const value = effect.ranges[set][1]
      return {
        index: P[effect.param],
        additive,
        frontier: !additive && FRONTIER_PARAMS.has(effect.param),
        cap: effect.cap ?? Infinity,
        floor: effect.floor,
        amount: additive ? value : Math.log(value),
        hbm4Headstart: headstartLog(lever.id, effect.param, MEMORY_KIND_CODE.HBM4),
        scaleBy: (effect.scaleBy ?? []).map((name) => P[name]),
      }
    }),
  }))
}

const STATIC_LEVERS: Readonly<Record<AssumptionSet, readonly StaticLever[]>> = {
  article: staticLevers('article'),
  evidence: staticLevers('evidence'),
}

/** Scratch: parameter values before any lever (applicability, scaleBy and caps read these). */
const baseBeforeLevers = new Float64Array(PARAM_COUNT)

/**
 * Apply a scenario's levers for `year` under an assumption set and its effect overrides, in place
 * (base effect values). Same result as compiling each lever and calling applyCompiled; without
 * overrides it uses the precomputed tables and allocates nothing.
 */
export function applyLevers(
  params: Float64Array,
  levers: Readonly<Partial<Record<LeverId, number>>>,
  year: number,
  set: AssumptionSet,
  overrides?: LeverOverrides,
): void {
  if (overrides && Object.keys(overrides).length > 0) {
    const adoptions = adoptionsFor(levers, year)
    if (adoptions.every((a) => a === 0)) return
    const base = params.slice()
    const compiled = leversWithOverrides(LEVERS, overrides).map((lever, i) =>
      adoptions[i] === 0 ? [] : compileLever(lever, set, base),
    )
    applyCompiled(params, compiled, adoptions)
    return
  }
  const table = STATIC_LEVERS[set]
  baseBeforeLevers.set(params)
  const hasHbm4 = params[P.MEMORY_KIND]! >= MEMORY_KIND_CODE.HBM4
  let anyFrontier = false
  let anyCap = false
  for (let l = 0; l < table.length; l++) {
    const entry = table[l]!
    const slider = levers[entry.lever.id] ?? 0
    if (slider === 0) continue
    const a = slider * availability(entry.lever, year)
    if (a === 0 || !leverApplies(entry.lever, baseBeforeLevers)) continue
    const effects = entry.effects
    for (let k = 0; k < effects.length; k++) {
      const e = effects[k]!
      if (e.cap !== Infinity || e.floor !== undefined) anyCap = true
      const amount =
        hasHbm4 && e.hbm4Headstart !== 0 ? remainingLogGain(e.amount, e.hbm4Headstart) : e.amount
      if (e.additive) {
        let scale = 1
        for (let s = 0; s < e.scaleBy.length; s++) scale *= baseBeforeLevers[e.scaleBy[s]!]!
        params[e.index] = params[e.index]! + a * amount * scale
      } else if (e.frontier) {
        addFrontierGain(e.index, a * amount)
        anyFrontier = true
      } else params[e.index] = params[e.index]! * Math.exp(a * amount)
    }
  }
  if (anyFrontier) applyFrontierGains(params)
  applyActiveParameterOverlap(
    params,
    baseBeforeLevers[P.PARAM_SCALE]!,
    activeLinearParams(baseBeforeLevers),
  )
  if (!anyCap) return
  for (let l = 0; l < table.length; l++) {
    const entry = table[l]!
    const slider = levers[entry.lever.id] ?? 0
    if (
      slider === 0 ||
      slider * availability(entry.lever, year) === 0 ||
      !leverApplies(entry.lever, baseBeforeLevers)
    )
      continue
    for (const e of entry.effects) {
      if (e.cap !== Infinity) {
        const cap = Math.max(e.cap, baseBeforeLevers[e.index]!)
        if (params[e.index]! > cap) params[e.index] = cap
      }
      if (e.floor !== undefined) {
        const floor = effectFloor(e.floor, e.index, baseBeforeLevers)
        if (params[e.index]! < floor) params[e.index] = floor
      }
    }
  }
}
