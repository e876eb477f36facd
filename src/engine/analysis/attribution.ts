/**
 * Attribution: each lever's share of the change in ln(cost per million output tokens) and
 * ln(energy per output token) between the baseline (no levers) and the scenario in a given year.
 *
 * v(S) = ln metric(levers in S at their adoption) − ln metric(no levers). Two values of this game:
 *
 * - **Owen** (the default; G. Owen, "Values of games with a priori unions", 1977): the Shapley value
 *   with the article's four lever groups as a priori unions (compute & memory, networking,
 *   software, architecture). The groups share the change as the Shapley value of the four-player
 *   game between whole groups; inside a group, each lever's share is its Shapley value against its
 *   group-mates, averaged over the Shapley weights of the other groups standing whole beside it.
 *   For lever i of group k (m groups, g_k players in group k):
 *   φ_i = Σ_{R ⊆ groups∖k} Σ_{T ⊆ G_k∖i} r!(m−r−1)!/m! · t!(g_k−t−1)!/g_k! · (v(Q_R ∪ T ∪ i) − v(Q_R ∪ T)),
 *   with Q_R the union of the groups in R. It needs only the coalitions in which at most one group
 *   is partly on: 1,232 of the 131,072 with all 17 levers on, so the attribution takes about a
 *   hundredth of the full recompute's 100 ms budget where the exact Shapley value took a quarter of
 *   a second on two cores. It is
 *   efficient (the shares sum to v(N), so the waterfall closes), symmetric within a group, gives
 *   null players zero, and each group's total is the exact Shapley value of the game between
 *   groups. It differs from the Shapley value only through interactions of three or more levers
 *   that span groups unevenly (a pair across two groups is split alike): on the presets, by at
 *   most 8 % of the total change for one lever (docs/architecture.md, "Attribution").
 * - **Shapley** (exact, on request: `method: 'shapley'`, the CLI's `--exact-shapley`):
 *   φ_i = Σ_{S ⊆ N∖{i}} |S|! (n−|S|−1)! / n! · (v(S ∪ {i}) − v(S)), over all 2^n coalitions.
 *
 * Only levers with non-zero adoption that year play (the others are null players with φ = 0).
 * Coalitions are visited so each step toggles one lever (a Gray code) or a few, and the parameter
 * vector is updated incrementally.
 *
 * The table of v(S) can be computed in two parts, so two workers on two cores can share the work:
 * part k holds the coalitions whose bits of two chosen players (the split pair) differ (k = 1) or
 * agree (k = 0). Every player's coalitions then fall half in each part, so after a slider move each
 * worker re-evaluates a quarter of the table whichever lever moved (with a split on one player's bit,
 * moving that player left one worker idle and the other redoing half the table). For the Owen value
 * the pair comes from two different groups: two players of one group agree in every coalition in
 * which their group is whole, which put 95 % of the coalitions in one part. Both values are linear
 * in v, so each part sums its own coalitions' terms and `attributionFromPartials` adds them.
 */
import { MAX_PIPELINE, O, createOutput, evaluate } from '../kernel'
import { frontierLogMultiplier, type CompiledEffect } from '../levers/apply'
import { LEVER_GROUPS, type LeverId } from '../levers/ids'
import {
  ACTIVE_PARAMETER_INPUTS,
  activeLinearParams,
  parameterScaleAfterOverlap,
} from '../levers/overlaps'
import { ATTENTION_CODE, EXPERT_PLACEMENT, P } from '../params'

import {
  adoptionsInYear,
  betterResult,
  planHint,
  PLAN_HINT_SIZE,
  type AnalysisContext,
} from './context'
import { attributionFromPartials, type AttributionPartial, type SplitPart } from './partials'

const BATCH_LIMIT_CAPACITY = 1 // outputs.ts BATCH_LIMIT: the batch that fits memory

/** Which value of the coalition game splits the change among the levers (module comment). */
export type AttributionMethod = 'owen' | 'shapley'

/** The dashboard's, the CLI's and the claims' value unless asked otherwise. */
export const DEFAULT_ATTRIBUTION_METHOD: AttributionMethod = 'owen'

export interface Attribution {
  readonly year: number
  /** Owen value over the article's lever groups, or the exact Shapley value. */
  readonly method: AttributionMethod
  /** Δ ln(cost per million output tokens), baseline → scenario. Negative = cheaper. */
  readonly totalCost: number
  readonly totalEnergy: number
  /** Per lever: its share of the Δ ln (Owen or Shapley value). Sums to the totals. */
  readonly cost: Readonly<Partial<Record<LeverId, number>>>
  readonly energy: Readonly<Partial<Record<LeverId, number>>>
  /** Levers that played (non-zero adoption that year), in catalogue order. */
  readonly players: readonly LeverId[]
  /**
   * Kernel evaluations made: the coalitions the method needs (2^players for Shapley), fewer when an
   * earlier table was reused.
   */
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

interface Floor {
  readonly index: number
  readonly floor: number
  readonly bit: number
}

/** v(S) for the coalitions of one part (all of them when unsplit): Δ ln cost and Δ ln energy, indexed by coalition bit mask. */
export interface AttributionTable {
  readonly year: number
  readonly method: AttributionMethod
  /**
   * Per lever group with players (catalogue group order), the bit mask of its players. The Owen value
   * needs the coalitions in which at most one of these is partly set (owenCoalitions).
   */
  readonly groupMasks: readonly number[]
  /** Catalogue indices of the players, in bit order. */
  readonly players: readonly number[]
  /** Which part of the table this is, and of how many parts (1 or 2). */
  readonly part: number
  readonly parts: number
  /**
   * The split pair (bit positions of two players) when the table is split in two: this part holds
   * the masks whose two bits agree (part 0) or differ (part 1). Empty when it is not split (one part,
   * or fewer than two players: then part 0 holds every coalition and part 1 none).
   */
  readonly pair: readonly number[]
  /**
   * v(S) indexed by coalition mask (2^players entries); NaN for the masks this part does not hold
   * and, for the Owen value, for the coalitions it does not need.
   */
  readonly cost: Float64Array
  readonly energy: Float64Array
  /** Each player's adoption that year (bit order): what the table's values depend on. */
  readonly adoptions: Float64Array
  /**
   * The plan the deployment search chose for each union of whole lever groups (wholeGroupPlans),
   * on which the coalitions are priced: the values depend on them too, so a slider move that changes
   * one makes the table incomparable.
   */
  readonly hintPlans: Float64Array
  /**
   * Kernel evaluations this table took: the coalitions of its part that the method needs (for the
   * Shapley value 2^players / parts; the empty one counted, though it is the baseline by
   * definition), fewer when it was updated from an earlier one after a slider move.
   */
  readonly evaluations: number
}

/** Levers with non-zero adoption that year that act on this model, in catalogue order. */
export function attributionPlayers(ctx: AnalysisContext, year: number): number[] {
  const adoptions = adoptionsInYear(ctx, year, new Float64Array(ctx.levers.length))
  const players: number[] = []
  for (let l = 0; l < ctx.levers.length; l++)
    if (adoptions[l]! > 0 && ctx.effects[l]!.length > 0) players.push(l)
  return players
}

/**
 * v(S) for the coalitions of part `part` of `parts` (1: all; 2: see the module comment) that the
 * method needs: 2^n / parts kernel evaluations for the Shapley value, about 1,232 / parts for the
 * Owen value with all 17 levers.
 *
 * `previous`: a table computed earlier for the same scenario apart from the sliders (the caller
 * must make sure of that; app workers key it by the scenario without its levers). v(S) depends
 * only on the adoptions of the levers in S and on the plans of the whole-group unions its
 * coalitions are priced on (wholeGroupPlans), so when one lever's adoption changed (a slider move) and the plans did not
 * only the coalitions containing it are evaluated again, half of each part; when more changed, or
 * the players differ, the table is computed afresh.
 */
export function attributionTable(
  ctx: AnalysisContext,
  year: number,
  part = 0,
  parts = 1,
  previous?: AttributionTable,
  method: AttributionMethod = DEFAULT_ATTRIBUTION_METHOD,
): AttributionTable {
  const adoptions = adoptionsInYear(ctx, year, new Float64Array(ctx.levers.length))
  const players = attributionPlayers(ctx, year)
  const n = players.length
  const twoParts = parts === 2 ? 2 : 1
  const groupMasks = groupMasksOf(ctx, players)
  const pair =
    twoParts === 2 && n >= 2 ? splitPair(ctx, players, method === 'owen' ? groupMasks : []) : []
  const size = 1 << n
  const playerAdoptions = Float64Array.from(players, (l) => adoptions[l]!)
  const hintPlans =
    n > 0 ? wholeGroupPlans(ctx, playerAdoptions, players, groupMasks) : new Float64Array(0)
  const table = (cost: Float64Array, energy: Float64Array, computed: number): AttributionTable => ({
    year,
    method,
    groupMasks,
    players,
    part,
    parts: twoParts,
    pair,
    cost,
    energy,
    adoptions: playerAdoptions,
    hintPlans,
    evaluations: computed,
  })
  // An unsplit table asked for as part 1 of 2 (fewer than two players): part 0 holds everything.
  if (twoParts === 2 && pair.length === 0 && part === 1) {
    const none = new Float64Array(size).fill(Number.NaN)
    return table(none, none.slice(), 0)
  }

  const changed =
    previous && previous.method === method
      ? changedPlayers(previous, year, players, part, twoParts, pair, playerAdoptions)
      : undefined
  // The whole-group unions whose plan moved with the sliders (a bit per union): every coalition
  // priced on one of them changes too.
  const replanned = changed !== undefined ? replannedUnions(previous!.hintPlans, hintPlans) : 0
  if (previous && changed !== undefined && changed.length === 0 && replanned === 0)
    return table(previous.cost, previous.energy, 0)
  // Updated where one lever moved, or only plans did: the coalitions that hold the moved lever or
  // are priced on a replanned union are evaluated again, the others kept.
  const update = changed !== undefined && changed.length <= 1
  const moved = update ? changed[0] : undefined
  const refresh = update ? { update: { replanned, ...(moved !== undefined ? { moved } : {}) } } : {}
  const cost = update ? previous!.cost.slice() : new Float64Array(size).fill(Number.NaN)
  const energy = update ? previous!.energy.slice() : new Float64Array(size).fill(Number.NaN)
  const computed =
    method === 'owen'
      ? fillTable(
          ctx,
          playerAdoptions,
          players,
          cost,
          energy,
          {
            fixedOn: [],
            free: [],
            masks: owenCoalitions(groupMasks, speculationBits(ctx, players)),
            part,
            pair,
            ...refresh,
          },
          groupMasks,
          hintPlans,
        )
      : fillTable(
          ctx,
          playerAdoptions,
          players,
          cost,
          energy,
          // Only the moved lever's coalitions, unless a plan moved too: then every coalition is
          // visited and those the update needs are evaluated.
          replanned === 0
            ? coalitionsOf(n, part, pair, moved)
            : { ...coalitionsOf(n, part, pair), ...refresh },
          groupMasks,
          hintPlans,
        )
  return table(cost, energy, computed)
}

/**
 * Per lever group (catalogue order) that has players, the bit mask of its players. Groups follow the
 * article (levers/ids.ts LEVER_GROUPS).
 */
function groupMasksOf(ctx: AnalysisContext, players: readonly number[]): number[] {
  const masks = Object.values(LEVER_GROUPS)
    .map((ids: readonly LeverId[]) =>
      players.reduce((mask, l, p) => (ids.includes(ctx.levers[l]!.id) ? mask | (1 << p) : mask), 0),
    )
    .filter((mask) => mask !== 0)
  const grouped = masks.reduce((a, g) => a | g, 0)
  const loose = players.filter((_, p) => ((grouped >> p) & 1) === 0)
  if (loose.length > 0)
    throw new Error(
      `attribution: lever ${loose.map((l) => ctx.levers[l]!.id).join(', ')} is in no lever group (levers/ids.ts LEVER_GROUPS)`,
    )
  return masks
}

/** Bits of the players whose effects only set the speculation (see fillTable). */
function speculationBits(ctx: AnalysisContext, players: readonly number[]): number {
  return players.reduce(
    (mask, l, p) => (speculationOnly(ctx.effects[l]!) ? mask | (1 << p) : mask),
    0,
  )
}

/** The set bits of a mask, lowest first. */
function bitsOf(mask: number): number[] {
  const bits: number[] = []
  for (let p = 0; mask >> p !== 0; p++) if ((mask >> p) & 1) bits.push(p)
  return bits
}

/**
 * The coalitions the Owen value reads: those in which at most one group is partly on (every other
 * group all on or all off), each once, ordered so that consecutive ones differ in few levers. For
 * each group k: the unions of whole other groups in Gray-code order, and within each the subsets of
 * group k in Gray-code order, a speculation-only lever on the fastest bit (so the kernel recalls
 * the coalition without it, kernel/evaluate.ts).
 */
export function owenCoalitions(groupMasks: readonly number[], speculation = 0): number[] {
  const all = groupMasks.reduce((a, g) => a | g, 0)
  // The empty coalition first: with no players it is the only one.
  const seen = new Set<number>([0])
  const masks: number[] = [0]
  for (let k = 0; k < groupMasks.length; k++) {
    const others = groupMasks.filter((_, j) => j !== k)
    const own = bitsOf(groupMasks[k]!)
    const order = [
      ...own.filter((p) => (speculation >> p) & 1),
      ...own.filter((p) => !((speculation >> p) & 1)),
    ]
    let union = 0
    for (let r = 0; r < 1 << others.length; r++) {
      if (r > 0) union ^= others[31 - Math.clz32(r & -r)]!
      let subset = 0
      for (let t = 0; t < 1 << order.length; t++) {
        if (t > 0) subset ^= 1 << order[31 - Math.clz32(t & -t)]!
        const mask = (union | subset) & all
        if (!seen.has(mask)) {
          seen.add(mask)
          masks.push(mask)
        }
      }
    }
  }
  return masks
}

/**
 * Which coalitions a fill visits. A Gray-code walk: `fixedOn` in every one, `free` enumerated,
 * `link[1]` toggled with `link[0]`. Or a list (`masks`, for the Owen value): each mask in turn,
 * evaluated when it lies in part `part` of split pair `pair`. Either way, when `update` is set, only
 * the coalitions that hold the moved player or are priced on a replanned union are evaluated.
 */
interface Walk {
  readonly fixedOn: readonly number[]
  readonly free: readonly number[]
  /** Split pair [a, b]: b toggles whenever a does, so a ⊕ b stays the part's parity. */
  readonly link?: readonly [number, number]
  readonly masks?: readonly number[]
  readonly part?: number
  readonly pair?: readonly number[]
  /**
   * Update an earlier table: evaluate only the coalitions that hold player `moved` or that are
   * priced on a plan of the unions in `replanned` (a bit per union, fillTable).
   */
  readonly update?: { readonly moved?: number; readonly replanned: number }
}

/**
 * The coalitions of part `part` (split pair `pair`, empty when unsplit), or only those that hold
 * player `moved`. With the pair [a, b], b is set by a: b = a ⊕ part.
 */
export function coalitionsOf(
  n: number,
  part: number,
  pair: readonly number[],
  moved?: number,
): Walk {
  const all = Array.from({ length: n }, (_, p) => p)
  if (pair.length !== 2) {
    return moved === undefined
      ? { fixedOn: [], free: all }
      : { fixedOn: [moved], free: all.filter((p) => p !== moved) }
  }
  const [a, b] = pair as [number, number]
  if (moved === a || moved === b) {
    // The moved player is on, so the other of the pair is fixed: on when the part's parity is 0.
    const other = moved === a ? b : a
    return {
      fixedOn: part === 0 ? [moved, other] : [moved],
      free: all.filter((p) => p !== a && p !== b),
    }
  }
  const fixedOn = [...(part === 1 ? [b] : []), ...(moved === undefined ? [] : [moved])]
  return { fixedOn, free: all.filter((p) => p !== b && p !== moved), link: [a, b] }
}

/**
 * The two players whose bits split the table: the last two in bit order that do more than set the
 * speculation (that lever stays on the Gray code's fastest bit, where the kernel recalls its
 * "without speculation" evaluation, fillTable), or the last two when fewer than two do. With
 * `groupMasks` (the Owen value), the last such player of each of the last two groups that have one:
 * a coalition the Owen value needs has at most one group partly on, so two players of different
 * groups agree in exactly half of them (and in half of those that hold any one player).
 */
function splitPair(
  ctx: AnalysisContext,
  players: readonly number[],
  groupMasks: readonly number[] = [],
): number[] {
  const bits = players.map((_, p) => p)
  const other = bits.filter((p) => !speculationOnly(ctx.effects[players[p]!]!))
  const lastOfGroups = groupMasks
    .map((g) => other.filter((p) => (g >> p) & 1).pop())
    .filter((p): p is number => p !== undefined)
  if (lastOfGroups.length >= 2) return lastOfGroups.slice(-2)
  const from = other.length >= 2 ? other : bits
  return [from[from.length - 2]!, from[from.length - 1]!]
}

/** Whether the mask belongs to this part of a table (see AttributionTable.pair). */
export function inPart(mask: number, part: number, pair: readonly number[]): boolean {
  if (pair.length !== 2) return part === 0
  return (((mask >> pair[0]!) ^ (mask >> pair[1]!)) & 1) === part
}

/** The unions (a bit each) whose plan differs between two tables' wholeGroupPlans. */
function replannedUnions(before: Float64Array, after: Float64Array): number {
  let unions = 0
  for (let i = 0; i < after.length; i++)
    if (before[i] !== after[i]) unions |= 1 << Math.floor(i / PLAN_HINT_SIZE)
  return unions
}

/** The players whose adoption differs from `previous`'s, or undefined when the tables are not comparable. */
function changedPlayers(
  previous: AttributionTable,
  year: number,
  players: readonly number[],
  part: number,
  parts: number,
  pair: readonly number[],
  playerAdoptions: Float64Array,
): number[] | undefined {
  const sameShape =
    previous.year === year &&
    previous.part === part &&
    previous.parts === parts &&
    previous.pair.length === pair.length &&
    previous.pair.every((b, i) => b === pair[i]) &&
    previous.players.length === players.length &&
    previous.players.every((l, i) => l === players[i]) &&
    previous.adoptions.length === playerAdoptions.length
  if (!sameShape) return undefined
  const changed: number[] = []
  for (let p = 0; p < players.length; p++)
    if (previous.adoptions[p] !== playerAdoptions[p]) changed.push(p)
  return changed
}

/**
 * Evaluate v(S) for every coalition S = walk.fixedOn ∪ (a subset of walk.free, with the linked
 * player following its pair), writing entry `mask` of `costV` and `energyV`; returns the kernel
 * evaluations made. Subsets are visited in Gray-code order, so each step toggles one lever (two
 * when it is the split pair's first) and updates the parameters incrementally.
 */
/**
 * The parameters of a coalition, kept up to date as players are toggled one at a time (`toggle`),
 * starting from the empty coalition: `work` is what the kernel reads.
 */
interface Walker {
  readonly work: Float64Array
  readonly toggles: readonly (readonly Toggle[])[]
  /** The coalition the parameters stand at, as a bit mask of players. */
  readonly mask: () => number
  readonly toggle: (p: number) => void
  /** Toggle the players in which `next` differs from the current coalition. */
  readonly goTo: (next: number) => void
}

function createWalker(
  ctx: AnalysisContext,
  playerAdoptions: Float64Array,
  players: readonly number[],
): Walker {
  const toggles: Toggle[][] = players.map((l, p) =>
    ctx.effects[l]!.map((e: CompiledEffect) => {
      const amount = playerAdoptions[p]! * e.amount
      const square = e.frontier ? amount * amount * (amount > 0 ? 1 : -1) : 0
      return e.additive
        ? { index: e.index, additive: true, frontier: false, square, on: amount, off: -amount }
        : {
            index: e.index,
            additive: false,
            frontier: e.frontier,
            square,
            on: Math.exp(amount),
            off: Math.exp(-amount),
          }
    }),
  )
  const caps: Cap[] = []
  const floors: Floor[] = []
  players.forEach((l, p) => {
    for (const e of ctx.effects[l]!) {
      if (Number.isFinite(e.cap)) caps.push({ index: e.index, cap: e.cap, bit: 1 << p })
      if (Number.isFinite(e.floor)) floors.push({ index: e.index, floor: e.floor, bit: 1 << p })
    }
  })

  // Frontier parameters: running sums of squared log-gains up (square > 0) and down (square < 0).
  const up = new Float64Array(ctx.base.length)
  const down = new Float64Array(ctx.base.length)
  // Parameters each player touches (PARAM_SCALE too when it touches what the mixture-of-experts ×
  // distillation overlap reads), and the caps and floors that apply to each parameter.
  const touched = toggles.map((ts) => {
    const indices = new Set(ts.map((t) => t.index))
    if (ACTIVE_PARAMETER_INPUTS.some((i) => indices.has(i))) indices.add(P.PARAM_SCALE)
    return [...indices]
  })
  const capsByIndex: (Cap[] | undefined)[] = []
  for (const cap of caps) (capsByIndex[cap.index] ??= []).push(cap)
  const floorsByIndex: (Floor[] | undefined)[] = []
  for (const floor of floors) (floorsByIndex[floor.index] ??= []).push(floor)
  const scaleBefore = ctx.base[P.PARAM_SCALE]!
  const activeBefore = activeLinearParams(ctx.base)

  const raw = ctx.base.slice() // base with the non-frontier effects of the current coalition
  const work = ctx.base.slice() // what the kernel reads: raw × frontier multipliers, capped

  let mask = 0
  const refresh = (index: number): void => {
    let value = raw[index]!
    const u = up[index]!
    const d = down[index]!
    // Clamp tiny negative rounding residue of the running sums before the square root.
    if (u !== 0 || d !== 0) value *= Math.exp(frontierLogMultiplier(u > 0 ? u : 0, d > 0 ? d : 0))
    if (index === P.PARAM_SCALE)
      value = parameterScaleAfterOverlap(scaleBefore, activeBefore, value, activeLinearParams(raw))
    const indexCaps = capsByIndex[index]
    if (indexCaps)
      for (const cap of indexCaps) if ((mask & cap.bit) !== 0 && value > cap.cap) value = cap.cap
    const indexFloors = floorsByIndex[index]
    if (indexFloors)
      for (const f of indexFloors) if ((mask & f.bit) !== 0 && value < f.floor) value = f.floor
    work[index] = value
  }

  // Players (as bits) with a multiplier or addend on each parameter: when the last of them leaves
  // the coalition the parameter is its base value again, bit for bit (undoing ×e^a with ×e^−a can
  // leave a last-bit residue, and the kernel recalls a result only for identical parameters).
  const holders = new Int32Array(ctx.base.length)
  // The same for the frontier parameters' running sums of squared gains, up and down: a sum whose
  // last contributor left is 0 again, not a rounding residue that the square root of
  // frontierLogMultiplier would turn from 1e-17 into 3e-9 (up to 3e-7 in ln(cost) over a walk).
  const upHolders = new Int32Array(ctx.base.length)
  const downHolders = new Int32Array(ctx.base.length)
  toggles.forEach((ts, p) => {
    for (const t of ts)
      if (!t.frontier) holders[t.index] = holders[t.index]! | (1 << p)
      else if (t.square > 0) upHolders[t.index] = upHolders[t.index]! | (1 << p)
      else downHolders[t.index] = downHolders[t.index]! | (1 << p)
  })

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
    if (!turningOn)
      for (let k = 0; k < ts.length; k++) {
        const t = ts[k]!
        if (!t.frontier) {
          if ((mask & holders[t.index]!) === 0) raw[t.index] = ctx.base[t.index]!
        } else if ((mask & (t.square > 0 ? upHolders : downHolders)[t.index]!) === 0) {
          if (t.square > 0) up[t.index] = 0
          else down[t.index] = 0
        }
      }
    const indices = touched[p]!
    for (let k = 0; k < indices.length; k++) refresh(indices[k]!)
  }
  const goTo = (next: number): void => {
    for (let diff = mask ^ next; diff !== 0; diff &= diff - 1) toggle(31 - Math.clz32(diff & -diff))
  }
  return { work, toggles, mask: () => mask, toggle, goTo }
}

/**
 * The plan of each union of whole lever groups (index: a bit per group of `groupMasks`), as the
 * deployment search chooses it for that coalition: [tensor, pipeline, attention, inside its domain]
 * (context.ts planHint), four entries per union. Every other coalition is priced on the plans of
 * the unions that bracket it (fillTable).
 */
function wholeGroupPlans(
  ctx: AnalysisContext,
  playerAdoptions: Float64Array,
  players: readonly number[],
  groupMasks: readonly number[],
): Float64Array {
  const walker = createWalker(ctx, playerAdoptions, players)
  const { work } = walker
  work[P.HINT_TENSOR_PARALLEL] = 0
  work[P.HINT2_TENSOR_PARALLEL] = 0
  const out = createOutput()
  const unions = 1 << groupMasks.length
  const plans = new Float64Array(unions * PLAN_HINT_SIZE)
  let union = 0
  for (let i = 0; i < unions; i++) {
    // Gray code over the groups: one group toggled per step.
    if (i > 0) union ^= 1 << (31 - Math.clz32(i & -i))
    let mask = 0
    for (let k = 0; k < groupMasks.length; k++) if ((union >> k) & 1) mask |= groupMasks[k]!
    walker.goTo(mask)
    evaluate(work, out, true)
    plans.set(planHint(out, work), union * PLAN_HINT_SIZE)
  }
  return plans
}

function fillTable(
  ctx: AnalysisContext,
  playerAdoptions: Float64Array,
  players: readonly number[],
  costV: Float64Array,
  energyV: Float64Array,
  walk: Walk,
  groupMasks: readonly number[],
  plans: Float64Array,
): number {
  const { fixedOn, free: freeBits, link } = walk
  const walker = createWalker(ctx, playerAdoptions, players)
  const { work, toggles, toggle } = walker
  const out = createOutput()
  const other = createOutput()
  const lnCost0 = Math.log(ctx.baselineCost)
  const lnEnergy0 = Math.log(ctx.baselineEnergy)
  // The split pair's first player brings the second along. No parameter of the first needs a second
  // refresh: one that a cap, a floor or the overlap rule of the second could change is among the
  // second's own (touched), which its toggle refreshes with both bits set.
  const step = (p: number): void => {
    toggle(p)
    if (link && p === link[0]) toggle(link[1])
  }

  // The plan of union `union` first; where it fails the coalition (it does not fit, or misses a
  // target), the plan of union `fallback` (-1: none), and where that fails too, the search. The
  // attention is left to the plan's evaluation (both ways, where the scenario leaves it to the
  // engine): the two bracketing unions can agree on TP8 with attention split by heads where the
  // coalition between them runs it data-parallel at two thirds of the cost (DeepSeek-V3, the
  // Aggressive preset, processing in memory alone). So is the experts' placement, for the same reason.
  work[P.HINT_ATTENTION_TENSOR] = ATTENTION_CODE.auto
  work[P.HINT2_ATTENTION_TENSOR] = ATTENTION_CODE.auto
  work[P.HINT_EXPERTS_SPLIT] = EXPERT_PLACEMENT.auto
  work[P.HINT2_EXPERTS_SPLIT] = EXPERT_PLACEMENT.auto
  const evaluateOn = (union: number, fallback: number, into: Float64Array): void => {
    const at = union * PLAN_HINT_SIZE
    work[P.HINT_TENSOR_PARALLEL] = plans[at]!
    work[P.HINT_PIPELINE_PARALLEL] = plans[at + 1]!
    work[P.HINT_IN_DOMAIN] = plans[at + 3]!
    const second = fallback * PLAN_HINT_SIZE
    work[P.HINT2_TENSOR_PARALLEL] = fallback >= 0 ? plans[second]! : 0
    work[P.HINT2_PIPELINE_PARALLEL] = fallback >= 0 ? plans[second + 1]! : 0
    work[P.HINT2_IN_DOMAIN] = fallback >= 0 ? plans[second + 3]! : 0
    evaluate(work, into, true, true)
  }
  // Whether an update needs the coalition evaluated again (every one, when it is no update).
  const { update } = walk
  const needed = (mask: number): boolean => {
    if (!update) return true
    if (update.moved !== undefined && ((mask >> update.moved) & 1) === 1) return true
    const { floor, ceiling } = bracketOf(mask, groupMasks)
    return (((update.replanned >> floor) | (update.replanned >> ceiling)) & 1) === 1
  }
  const record = (): void => {
    const mask = walker.mask()
    // The empty coalition is the baseline by definition, evaluated on its own searched plan.
    if (mask === 0) {
      costV[0] = 0
      energyV[0] = 0
      return
    }
    // A coalition is priced on the plan the search chose for the whole groups it holds entirely
    // (its floor) or for those it touches (its ceiling), the better of the two: one plan for every
    // coalition (the scenario's) priced DeepSeek-V3 at 2x to 21x its searched cost without the
    // levers that shrink the model, and put the wrong sign on whole levers (mixture of experts
    // raised the Conservative preset's cost; docs/architecture.md). A union of whole groups, the
    // grand coalition among them, is priced on its own searched plan, so the shares sum to
    // ln(scenario ÷ baseline) exactly.
    const { floor, ceiling } = bracketOf(mask, groupMasks)
    const two = floor !== ceiling && !samePlan(plans, floor, ceiling)
    evaluateOn(ceiling, two ? floor : -1, out)
    let best = out
    // Where the ceiling's plan held, the floor's is tried too (where it failed, the kernel fell
    // back to the floor's already).
    if (two && !ranOn(out, plans, floor)) {
      evaluateOn(floor, -1, other)
      if (betterResult(other, out)) best = other
    }
    // One step from the chosen plan, where the coalition may want another size than both unions:
    // a batch held down by memory may fit better in twice the stages (DeepSeek-V3 on eight
    // accelerators where the search takes sixteen); otherwise a single-stage group is tried at half
    // its width, whole accelerators (one accelerator where both unions took two, for a coalition
    // that shrank the model). A half that does not fit, or splits heads unevenly, falls back.
    // Not for a union of whole groups (floor = ceiling): it keeps its own searched plan, or the
    // grand coalition would no longer price the scenario's plan and the shares would not sum to
    // ln(scenario ÷ baseline) (Llama 3.1 405B on MI300X, 2027, all levers: 8.68× against the
    // scenario's 8.60×, the twice-the-stages step cheaper than the search's plan).
    const tensor = best[O.TENSOR_PARALLEL]!
    const stages = best[O.PIPELINE_PARALLEL]!
    const capacityBound = best[O.BATCH_LIMIT] === BATCH_LIMIT_CAPACITY && 2 * stages <= MAX_PIPELINE
    if (floor !== ceiling && (capacityBound || (tensor >= 2 && stages === 1))) {
      const into = best === out ? other : out
      work[P.HINT_TENSOR_PARALLEL] = capacityBound ? tensor : Math.floor(tensor / 2)
      work[P.HINT_PIPELINE_PARALLEL] = capacityBound ? 2 * stages : 1
      work[P.HINT_IN_DOMAIN] = 1
      work[P.HINT2_TENSOR_PARALLEL] = tensor
      work[P.HINT2_PIPELINE_PARALLEL] = stages
      work[P.HINT2_IN_DOMAIN] = 1
      evaluate(work, into, true, true)
      if (betterResult(into, best)) best = into
    }
    costV[mask] = Math.log(best[O.USD_PER_M_OUTPUT]!) - lnCost0
    energyV[mask] = Math.log(best[O.J_PER_OUTPUT_TOKEN]!) - lnEnergy0
  }

  if (walk.masks) {
    // A list of coalitions: toggle the levers in which each differs from the one before.
    const { masks } = walk
    const part = walk.part ?? 0
    const pair = walk.pair ?? []
    let evaluated = 0
    for (const next of masks) {
      if (!inPart(next, part, pair) || !needed(next)) continue
      walker.goTo(next)
      record()
      evaluated++
    }
    return evaluated
  }

  for (const p of fixedOn) toggle(p)
  // A lever that only sets the speculation (tokens accepted and verified per step) goes on the
  // fastest bit of the Gray code: every subset with it is then visited right beside the same subset
  // without it, which is exactly the kernel's "without speculation" evaluation of the first, and the
  // kernel recalls it instead of searching again (kernel/evaluate.ts). The order of the visits does
  // not change what is computed for each subset.
  const order = [
    ...freeBits.filter((p) => speculationOnly(toggles[p]!)),
    ...freeBits.filter((p) => !speculationOnly(toggles[p]!)),
  ]
  const size = 1 << order.length
  let evaluated = 0
  for (let i = 0; i < size; i++) {
    // Gray code: step i toggles the lowest set bit of i; only that lever's parameters change.
    if (i > 0) step(order[31 - Math.clz32(i & -i)]!)
    if (!needed(walker.mask())) continue
    record()
    evaluated++
  }
  return evaluated
}

/**
 * The unions of whole groups that bracket a coalition (a bit per group): those it holds entirely
 * (floor) and those it touches (ceiling).
 */
function bracketOf(
  mask: number,
  groupMasks: readonly number[],
): { floor: number; ceiling: number } {
  let floor = 0
  let ceiling = 0
  for (let k = 0; k < groupMasks.length; k++) {
    const on = mask & groupMasks[k]!
    if (on === groupMasks[k]) floor |= 1 << k
    if (on !== 0) ceiling |= 1 << k
  }
  return { floor, ceiling }
}

/**
 * Whether unions `a` and `b` have the same plan in `plans` (wholeGroupPlans): the same group and
 * stages, and the same shape at another domain (the attention is tried both ways either way).
 */
function samePlan(plans: Float64Array, a: number, b: number): boolean {
  const x = a * PLAN_HINT_SIZE
  const y = b * PLAN_HINT_SIZE
  return plans[x] === plans[y] && plans[x + 1] === plans[y + 1] && plans[x + 3] === plans[y + 3]
}

/** Whether `out` was evaluated on the plan of union `union` (its tensor and pipeline degrees). */
function ranOn(out: Float64Array, plans: Float64Array, union: number): boolean {
  return (
    out[O.TENSOR_PARALLEL] === plans[union * PLAN_HINT_SIZE] &&
    out[O.PIPELINE_PARALLEL] === plans[union * PLAN_HINT_SIZE + 1]
  )
}

/** Whether a player's effects touch only the tokens accepted and verified per decode step. */
function speculationOnly(effects: readonly { readonly index: number }[]): boolean {
  return (
    effects.length > 0 &&
    effects.every((t) => t.index === P.TOKENS_PER_STEP || t.index === P.VERIFY_TOKENS_PER_STEP)
  )
}

/** Shapley weights by coalition size s: s! (n-s-1)! / n! = 1 / (n × C(n-1, s)). */
function shapleyWeights(n: number): Float64Array {
  const weights = new Float64Array(Math.max(1, n))
  for (let s = 0; s < n; s++) {
    let binomial = 1
    for (let k = 1; k <= s; k++) binomial = (binomial * (n - 1 - s + k)) / k
    weights[s] = 1 / n / binomial
  }
  return weights
}

/** The attribution from a table of v(S) computed in one part (efficiency: the values sum to v(N)). */
export function attributionFromTable(ctx: AnalysisContext, table: AttributionTable): Attribution {
  return attributionFromPartials([
    attributionPartial(ctx, table.year, { part: table.part, parts: table.parts }, table),
  ])
}

/** The attribution in one thread: the Owen value by default, the exact Shapley value on request. */
export function attribution(
  ctx: AnalysisContext,
  year: number,
  method: AttributionMethod = DEFAULT_ATTRIBUTION_METHOD,
): Attribution {
  return attributionFromTable(ctx, attributionTable(ctx, year, 0, 1, undefined, method))
}

/**
 * Writes into `coefficients` the weight of v(S) in each player's value (φ_p = Σ_S c_p(S) v(S)) and
 * returns whether any is non-zero. Shapley: +w(|S| − 1) when p is in S and −w(|S|) when it is not
 * (φ_i = Σ_S w(|S|) (v(S ∪ i) − v(S)), regrouped by coalition). Owen (module comment): non-zero
 * only when at most one group is partly in S; then for p of group k, with r the whole groups other
 * than k in S and u = |S ∩ G_k|: +a(r) b_k(u − 1) when p is in S, −a(r) b_k(u) when it is not, where
 * a are the Shapley weights between groups and b_k those within group k.
 */
type Coefficients = (mask: number, coefficients: Float64Array) => boolean

function coefficientsFor(table: AttributionTable): Coefficients {
  const n = table.players.length
  if (table.method === 'shapley') {
    const weights = shapleyWeights(n)
    return (mask, c) => {
      const s = popcount(mask)
      const inside = weights[s - 1] ?? 0
      const outside = s < n ? weights[s]! : 0
      for (let p = 0; p < n; p++) c[p] = (mask & (1 << p)) !== 0 ? inside : -outside
      return true
    }
  }
  const groups = table.groupMasks
  const m = groups.length
  const between = shapleyWeights(m)
  const within = groups.map((g) => shapleyWeights(popcount(g)))
  const groupOf = new Int32Array(n)
  groups.forEach((g, k) => {
    for (const p of bitsOf(g)) groupOf[p] = k
  })
  return (mask, c) => {
    let partial = -1
    let whole = 0
    for (let k = 0; k < m; k++) {
      const on = mask & groups[k]!
      if (on === groups[k]) whole++
      else if (on !== 0) {
        if (partial >= 0) return false
        partial = k
      }
    }
    for (let p = 0; p < n; p++) {
      const k = groupOf[p]!
      if (partial >= 0 && partial !== k) {
        c[p] = 0
        continue
      }
      const own = mask & groups[k]!
      const u = popcount(own)
      // Whole groups beside k: all of them when k is the partial one, else those on but k.
      const r = partial === k ? whole : whole - (own === groups[k] ? 1 : 0)
      const g = within[k]!
      c[p] = (mask & (1 << p)) !== 0 ? between[r]! * g[u - 1]! : -between[r]! * (g[u] ?? 0)
    }
    return true
  }
}

function popcount(mask: number): number {
  let count = 0
  for (let x = mask; x !== 0; x &= x - 1) count++
  return count
}

/**
 * One part's share of the attribution, for a recompute split across workers: Σ over this part's
 * coalitions S of each player's coefficient × v(S) (coefficientsFor). That is linear in v, so the
 * parts may hold any coalitions; `attributionFromPartials` (partials.ts) adds them up.
 */
export function attributionPartial(
  ctx: AnalysisContext,
  year: number,
  split: SplitPart,
  table: AttributionTable = attributionTable(ctx, year, split.part, split.parts),
): AttributionPartial {
  const n = table.players.length
  const costV = table.cost
  const energyV = table.energy
  const size = costV.length
  const cost = new Float64Array(n)
  const energy = new Float64Array(n)
  const { part, pair } = table
  if (part !== split.part || table.parts !== split.parts)
    throw new Error(
      `attribution: a table of part ${part} of ${table.parts} was passed as part ${split.part} of ${split.parts}`,
    )
  const coefficientsOf = coefficientsFor(table)
  const c = new Float64Array(n)
  // The Owen value's coalitions, or (Shapley) every mask below `size`, without listing them.
  const masks = table.method === 'owen' ? owenCoalitions(table.groupMasks) : undefined
  const count = masks ? masks.length : size
  for (let i = 0; i < count; i++) {
    const m = masks ? masks[i]! : i
    if (m === 0 || !inPart(m, part, pair) || !coefficientsOf(m, c)) continue
    const vc = costV[m]!
    const ve = energyV[m]!
    for (let p = 0; p < n; p++) {
      cost[p] = cost[p]! + c[p]! * vc
      energy[p] = energy[p]! + c[p]! * ve
    }
  }
  // The grand coalition: its bits of the split pair agree, so part 0 holds it.
  const all = size - 1
  const holdsAll = inPart(all, part, pair)
  return {
    year,
    method: table.method,
    part: split.part,
    parts: split.parts,
    players: table.players.map((l) => ctx.levers[l]!.id),
    cost,
    energy,
    ...(holdsAll ? { totalCost: costV[all]!, totalEnergy: energyV[all]! } : {}),
    evaluations: table.evaluations,
  }
}
