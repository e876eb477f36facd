/**
 * Attribution: exact Shapley values of each lever's share of the change in ln(cost per million
 * output tokens) and ln(energy per output token) between the baseline (no levers) and the
 * scenario in a given year.
 *
 * v(S) = ln metric(levers in S at their adoption) − ln metric(no levers). Shapley:
 * φ_i = Σ_{S ⊆ N∖{i}} |S|! (n−|S|−1)! / n! · (v(S ∪ {i}) − v(S)); the φ sum to v(N) exactly
 * (efficiency), so the waterfall closes. Only levers with non-zero adoption that year play (the
 * others are null players with φ = 0). Subsets are visited in Gray-code order so each step toggles
 * one lever and updates the parameter vector incrementally; 2^n kernel evaluations in all.
 *
 * The table of v(S) can be computed in parts (the subsets whose top player is out / in), so two
 * workers on two cores can share the work; `shapleyFromTable` then combines them.
 */
import { createOutput, evaluate } from '../kernel'
import { frontierLogMultiplier, type CompiledEffect } from '../levers/apply'
import type { LeverId } from '../levers/ids'
import { O } from '../params'

import { adoptionsInYear, type AnalysisContext } from './context'

export interface Attribution {
  readonly year: number
  /** Δ ln(cost per million output tokens), baseline → scenario. Negative = cheaper. */
  readonly totalCost: number
  readonly totalEnergy: number
  /** Per lever: its Shapley share of the Δ ln. Sums to the totals. */
  readonly cost: Readonly<Partial<Record<LeverId, number>>>
  readonly energy: Readonly<Partial<Record<LeverId, number>>>
  /** Levers that played (non-zero adoption that year), in catalogue order. */
  readonly players: readonly LeverId[]
  /** Kernel evaluations used (2^players). */
  readonly evaluations: number
}

interface Toggle {
  readonly index: number
  readonly additive: boolean
  readonly frontier: boolean
  /** Squared log-gain, for frontier parameters. */
  readonly square: number
  /** Multiplier (or addend) when switching the lever on. */
  readonly on: number
  /** Multiplier (or addend) when switching it off. */
  readonly off: number
}

interface Cap {
  readonly index: number
  readonly cap: number
  readonly bit: number
}

/** v(S) for a range of coalitions: Δ ln cost and Δ ln energy, indexed by coalition bit mask. */
export interface AttributionTable {
  readonly year: number
  /** Catalogue indices of the players, in bit order. */
  readonly players: readonly number[]
  /** Which part of the table this is, and of how many parts (1 or 2). */
  readonly part: number
  readonly parts: number
  /** Masks covered: [offset, offset + length). */
  readonly offset: number
  readonly cost: Float64Array
  readonly energy: Float64Array
}

/** Levers with non-zero adoption that year that act on this model, in catalogue order. */
export function attributionPlayers(ctx: AnalysisContext, year: number): number[] {
  const adoptions = adoptionsInYear(ctx, year, new Float64Array(ctx.levers.length))
  const players: number[] = []
  for (let l = 0; l < ctx.levers.length; l++) if (adoptions[l]! > 0 && ctx.effects[l]!.length > 0) players.push(l)
  return players
}

/**
 * v(S) for the coalitions of part `part` of `parts` (1: all; 2: part 0 = top player out, part 1 =
 * top player in). 2^n / parts kernel evaluations.
 */
export function attributionTable(ctx: AnalysisContext, year: number, part = 0, parts = 1): AttributionTable {
  const adoptions = adoptionsInYear(ctx, year, new Float64Array(ctx.levers.length))
  const players = attributionPlayers(ctx, year)
  const n = players.length
  const split = parts === 2 && n > 0 ? 1 : 0
  const free = n - split // players enumerated by the Gray code; the top `split` players are fixed
  const size = 1 << free
  const offset = split === 1 && part === 1 ? 1 << (n - 1) : 0

  const toggles: Toggle[][] = players.map((l) =>
    ctx.effects[l]!.map((e: CompiledEffect) => {
      const amount = adoptions[l]! * e.amount
      const square = e.frontier ? amount * amount * (amount > 0 ? 1 : -1) : 0
      return e.additive
        ? { index: e.index, additive: true, frontier: false, square, on: amount, off: -amount }
        : { index: e.index, additive: false, frontier: e.frontier, square, on: Math.exp(amount), off: Math.exp(-amount) }
    }),
  )
  const caps: Cap[] = []
  players.forEach((l, p) => {
    for (const e of ctx.effects[l]!) if (Number.isFinite(e.cap)) caps.push({ index: e.index, cap: e.cap, bit: 1 << p })
  })

  // Frontier parameters: running sums of squared log-gains up (square > 0) and down (square < 0).
  const up = new Float64Array(ctx.base.length)
  const down = new Float64Array(ctx.base.length)
  // Parameters each player touches, and the caps that apply to each parameter.
  const touched = toggles.map((ts) => [...new Set(ts.map((t) => t.index))])
  const capsByIndex: (Cap[] | undefined)[] = []
  for (const cap of caps) (capsByIndex[cap.index] ??= []).push(cap)

  const costV = new Float64Array(size)
  const energyV = new Float64Array(size)
  const raw = ctx.base.slice() // base with the non-frontier effects of the current coalition
  const work = ctx.base.slice() // what the kernel reads: raw × frontier multipliers, capped
  const out = createOutput()
  const lnCost0 = Math.log(ctx.baselineCost)
  const lnEnergy0 = Math.log(ctx.baselineEnergy)

  let mask = 0
  const refresh = (index: number): void => {
    let value = raw[index]!
    const u = up[index]!
    const d = down[index]!
    // Clamp tiny negative rounding residue of the running sums before the square root.
    if (u !== 0 || d !== 0) value *= Math.exp(frontierLogMultiplier(u > 0 ? u : 0, d > 0 ? d : 0))
    const indexCaps = capsByIndex[index]
    if (indexCaps) for (const cap of indexCaps) if ((mask & cap.bit) !== 0 && value > cap.cap) value = cap.cap
    work[index] = value
  }

  const toggle = (p: number): void => {
    const bit = 1 << p
    const turningOn = (mask & bit) === 0
    mask ^= bit
    const ts = toggles[p]!
    for (let k = 0; k < ts.length; k++) {
      const t = ts[k]!
      if (t.frontier) {
        const sign = turningOn ? 1 : -1
        if (t.square > 0) up[t.index] = up[t.index]! + sign * t.square
        else down[t.index] = down[t.index]! - sign * t.square
      } else if (t.additive) raw[t.index] = raw[t.index]! + (turningOn ? t.on : t.off)
      else raw[t.index] = raw[t.index]! * (turningOn ? t.on : t.off)
    }
    const indices = touched[p]!
    for (let k = 0; k < indices.length; k++) refresh(indices[k]!)
  }

  if (offset > 0) toggle(n - 1) // part 1: the top player is in every coalition of this part
  for (let i = 0; i < size; i++) {
    // Gray code: step i toggles the lowest set bit of i; only that lever's parameters change.
    if (i > 0) toggle(31 - Math.clz32(i & -i))
    evaluate(work, out, true)
    costV[mask - offset] = Math.log(out[O.USD_PER_M_OUTPUT]!) - lnCost0
    energyV[mask - offset] = Math.log(out[O.J_PER_OUTPUT_TOKEN]!) - lnEnergy0
  }
  return { year, players, part, parts: split === 1 ? 2 : 1, offset, cost: costV, energy: energyV }
}

/** Join table parts (in part order) into one full table. */
export function joinTables(parts: readonly AttributionTable[]): AttributionTable {
  const first = parts[0]
  if (!first) throw new Error('no attribution table parts')
  // With no players there is nothing to split: every part computed the whole (one-entry) table.
  if (parts.length === 1 || first.parts === 1) return first
  const length = parts.reduce((sum, t) => sum + t.cost.length, 0)
  const cost = new Float64Array(length)
  const energy = new Float64Array(length)
  for (const t of parts) {
    cost.set(t.cost, t.offset)
    energy.set(t.energy, t.offset)
  }
  return { ...first, part: 0, parts: 1, offset: 0, cost, energy }
}

/** Shapley values from a full table of v(S) (efficiency: they sum to v(all players)). */
export function shapleyFromTable(ctx: AnalysisContext, table: AttributionTable): Attribution {
  const { players, year } = table
  const costV = table.cost
  const energyV = table.energy
  const n = players.length
  const size = 1 << n
  if (costV.length !== size) throw new Error(`attribution table has ${costV.length} entries, expected ${size}`)

  // Shapley weights by coalition size: s! (n-s-1)! / n!.
  const weights = new Float64Array(Math.max(1, n))
  for (let s = 0; s < n; s++) {
    let w = 1 / n
    // s!(n-s-1)!/n! = 1 / (n * C(n-1, s))
    let binomial = 1
    for (let k = 1; k <= s; k++) binomial = (binomial * (n - 1 - s + k)) / k
    w /= binomial
    weights[s] = w
  }
  const sizes = new Uint8Array(size)
  for (let m = 1; m < size; m++) sizes[m] = sizes[m >> 1]! + (m & 1)

  const cost: Partial<Record<LeverId, number>> = {}
  const energy: Partial<Record<LeverId, number>> = {}
  for (let p = 0; p < n; p++) {
    const bit = 1 << p
    let phiCost = 0
    let phiEnergy = 0
    for (let m = 0; m < size; m++) {
      if ((m & bit) !== 0) continue
      const w = weights[sizes[m]!]!
      phiCost += w * (costV[m | bit]! - costV[m]!)
      phiEnergy += w * (energyV[m | bit]! - energyV[m]!)
    }
    const id = ctx.levers[players[p]!]!.id
    cost[id] = phiCost
    energy[id] = phiEnergy
  }
  return {
    year,
    totalCost: costV[size - 1]!,
    totalEnergy: energyV[size - 1]!,
    cost,
    energy,
    players: players.map((l) => ctx.levers[l]!.id),
    evaluations: size,
  }
}

/** Exact Shapley attribution in one thread. */
export function attribution(ctx: AnalysisContext, year: number): Attribution {
  return shapleyFromTable(ctx, attributionTable(ctx, year))
}
