import { describe, expect, it } from 'vitest'

import { analyze } from '@/engine/analysis/analyze'
import {
  attribution,
  attributionPartial,
  attributionPlayers,
  attributionTable,
  coalitionsOf,
  inPart,
  owenCoalitions,
  type AttributionMethod,
} from '@/engine/analysis/attribution'
import { createContext, PLAN_HINT_SIZE } from '@/engine/analysis/context'
import {
  attributionFromPartials,
  bandsFromSamples,
  sampleRange,
  sortSensitivity,
} from '@/engine/analysis/partials'
import { uncertainty, uncertaintySamples } from '@/engine/analysis/uncertainty'
import { LEVER_IDS, resolveScenario, type ScenarioInput } from '@/engine/index'
import { LEVER_GROUPS } from '@/engine/levers/ids'

function contextOf(input: ScenarioInput) {
  const r = resolveScenario(input)
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '))
  return createContext(r.scenario)
}

const CASES: Record<string, ScenarioInput> = {
  'no levers': {},
  'one lever': { year: 2028, levers: { hbm: 1 } },
  'five levers, evidence': {
    year: 2029,
    assumptions: 'evidence',
    levers: { hbm: 0.7, scaleUp: 1, inferenceEngine: 0.4, modelOptimization: 1, designLag: 0.5 },
  },
  'all levers on, 2030': { year: 2030, levers: Object.fromEntries(LEVER_IDS.map((id) => [id, 1])) },
}

describe('heavy analyses split in two (two workers)', () => {
  it('splits the samples into consecutive ranges that cover them once', () => {
    for (const samples of [1, 2, 7, 2000]) {
      const a = sampleRange(samples, { part: 0, parts: 2 })
      const b = sampleRange(samples, { part: 1, parts: 2 })
      expect(a[0]).toBe(0)
      expect(a[1]).toBe(b[0])
      expect(b[1]).toBe(samples)
    }
  })

  for (const [name, input] of Object.entries(CASES)) {
    it(`gives the one-thread bands exactly (${name})`, () => {
      const ctx = contextOf(input)
      const halves = [0, 1].map((part) => uncertaintySamples(ctx, 301, 11, { part, parts: 2 }))
      expect(halves[0]!.cost[0]!.length + halves[1]!.cost[0]!.length).toBe(301)
      expect(bandsFromSamples(halves)).toEqual(uncertainty(ctx, 301, 11))
    })
  }

  for (const method of ['owen', 'shapley'] as const satisfies readonly AttributionMethod[])
    for (const [name, input] of Object.entries(CASES)) {
      it(`gives the one-thread ${method} values to 8 decimals (${name})`, () => {
        const ctx = contextOf(input)
        const year = ctx.scenario.year
        // Each part walks its coalitions in its own order, so the incrementally updated
        // parameters round differently: equal to about 1e-9, not bit for bit.
        const whole = attribution(ctx, year, method)
        const split = attributionFromPartials(
          [1, 0].map((part) =>
            attributionPartial(
              ctx,
              year,
              { part, parts: 2 },
              attributionTable(ctx, year, part, 2, undefined, method),
            ),
          ),
        )
        expect(whole.method).toBe(method)
        expect(split.method).toBe(method)
        expect(split.players).toEqual(whole.players)
        expect(split.totalCost).toBe(whole.totalCost)
        expect(split.totalEnergy).toBe(whole.totalEnergy)
        expect(split.evaluations).toBe(whole.evaluations)
        for (const id of whole.players) {
          expect(split.cost[id]).toBeCloseTo(whole.cost[id]!, 8)
          expect(split.energy[id]).toBeCloseTo(whole.energy[id]!, 8)
        }
        // Efficiency survives the split: the shares add up to the total change.
        const sum = Object.values(split.cost).reduce((t, v) => t + (v ?? 0), 0)
        expect(sum).toBeCloseTo(split.totalCost, 8)
      }, 60_000)
    }

  it('analyze(split) returns partials instead of the split analyses, and the rest as usual', () => {
    const r = resolveScenario(CASES['five levers, evidence'])
    if (!r.ok) throw new Error('invalid')
    const part = analyze(r.scenario, {
      parts: ['uncertainty', 'attribution', 'sensitivity'],
      samples: 50,
      split: { part: 0, parts: 2 },
    })
    expect(part.uncertainty).toBeUndefined()
    expect(part.attribution).toBeUndefined()
    expect(part.partials?.uncertainty?.cost[0]).toHaveLength(25)
    expect(part.partials?.attribution?.players.length).toBeGreaterThan(0)
    expect(part.sensitivity).toBeUndefined()
    expect(part.partials?.sensitivity?.length).toBeGreaterThan(0)
  })

  it('the tornado split by lever combines to exactly the one-thread tornado', () => {
    for (const name of Object.keys(CASES)) {
      const r = resolveScenario(CASES[name]!)
      if (!r.ok) throw new Error('invalid')
      const whole = analyze(r.scenario, { parts: ['sensitivity'] }).sensitivity!
      const halves = [0, 1].map(
        (part) =>
          analyze(r.scenario, { parts: ['sensitivity'], split: { part, parts: 2 } }).partials!
            .sensitivity!,
      )
      // Every lever in play is priced by exactly one part.
      expect(halves[0]!.length + halves[1]!.length).toBe(whole.length)
      expect(halves[0]!.length).toBe(Math.ceil(whole.length / 2))
      expect(sortSensitivity([...halves[0]!, ...halves[1]!])).toEqual(whole)
    }
  })

  it('refuses to combine an incomplete set of parts', () => {
    const ctx = contextOf(CASES['one lever']!)
    const half = attributionPartial(ctx, 2028, { part: 0, parts: 2 })
    expect(() => attributionFromPartials([half])).toThrow(/expected parts 0…1 once each/)
    expect(() => bandsFromSamples([uncertaintySamples(ctx, 10, 1, { part: 1, parts: 2 })])).toThrow(
      /expected parts/,
    )
  })
})

describe('attribution table reused after a slider move', () => {
  // Eleven players (2,048 coalitions) rather than all seventeen (131,072): which coalitions a moved
  // lever touches, and how a split shares them, do not depend on how many play, and the suite's
  // slowest file took a minute with all seventeen. Every group of levers plays, the moved ones (hbm,
  // scaleUp) and the split pair (mixtureOfExperts and designLag, the last two in catalogue order)
  // among them; the seventeen-player table is still checked exactly against its split in the
  // describe above.
  const PLAYERS = LEVER_IDS.filter(
    (id, i) =>
      i < 5 ||
      ['scaleUp', 'scaleOut', 'inferenceEngine', 'modelOptimization', 'mixtureOfExperts'].includes(
        id,
      ) ||
      i === LEVER_IDS.length - 1,
  )
  const all = Object.fromEntries(PLAYERS.map((id) => [id, 1]))
  const before: ScenarioInput = { year: 2030, levers: { ...all, hbm: 0.5 } }
  const moved = (id: string, value: number): ScenarioInput => ({
    year: 2030,
    levers: { ...before.levers, [id]: value },
  })

  // The exact Shapley table: every coalition, so the counts below are powers of two. The Owen
  // value's table reuses coalitions the same way (its own test below).
  function tables(
    input: ScenarioInput,
    part: number,
    parts: number,
    previous?: ReturnType<typeof attributionTable>,
    method: AttributionMethod = 'shapley',
  ) {
    const ctx = contextOf(input)
    return { ctx, table: attributionTable(ctx, 2030, part, parts, previous, method) }
  }

  /** The table before, the one reused after moving `id` to `value`, and a fresh one for the move. */
  function afterMove(
    id: string,
    value: number,
    part: number,
    parts: number,
    from: ScenarioInput = before,
  ) {
    const first = tables(from, part, parts).table
    const to: ScenarioInput = { ...from, levers: { ...from.levers, [id]: value } }
    const { ctx, table: reused } = tables(to, part, parts, first)
    return { first, reused, fresh: attributionTable(ctx, 2030, part, parts, undefined, 'shapley') }
  }

  type Table = ReturnType<typeof attributionTable>

  /** The unions of whole groups (their index) whose searched plan differs between two tables. */
  function replanned(first: Table, after: Table): number[] {
    const unions: number[] = []
    for (let u = 0; u < after.hintPlans.length / PLAN_HINT_SIZE; u++) {
      const at = PLAN_HINT_SIZE * u
      if (
        first.hintPlans.slice(at, at + PLAN_HINT_SIZE).some((x, i) => x !== after.hintPlans[at + i])
      )
        unions.push(u)
    }
    return unions
  }

  /**
   * How many coalitions of `after`'s part an update from `first` must evaluate again, from the
   * definition rather than the engine's walk: those that hold the moved player (bit `moved`), and
   * those priced on a union of whole groups whose plan changed, i.e. the union of the groups the
   * coalition holds entirely (its floor) or touches (its ceiling).
   */
  function reevaluated(
    first: Table,
    after: Table,
    moved: number | undefined,
    needed: (m: number) => boolean = () => true,
  ): number {
    const changed = new Set(replanned(first, after))
    let count = 0
    for (let m = 0; m < after.cost.length; m++) {
      if (!inPart(m, after.part, after.pair) || !needed(m)) continue
      let floor = 0
      let ceiling = 0
      after.groupMasks.forEach((g, k) => {
        if ((m & g) === g) floor |= 1 << k
        if ((m & g) !== 0) ceiling |= 1 << k
      })
      if ((moved !== undefined && (m >> moved) & 1) || changed.has(floor) || changed.has(ceiling))
        count++
    }
    return count
  }

  /** The bit of lever `id` among the players of `input`. */
  function bitOf(input: ScenarioInput, id: string): number {
    const ctx = contextOf(input)
    return attributionPlayers(ctx, 2030).findIndex((l) => ctx.levers[l]!.id === id)
  }

  it('evaluates only the coalitions with the moved lever, and gives what a fresh table gives', () => {
    for (const [part, parts] of [
      [0, 1],
      [0, 2],
      [1, 2],
    ] as const) {
      // chiplets 1 → 0.9 keeps the plan of every union of whole groups: the coalitions without
      // chiplets are kept, half the table.
      const kept = afterMove('chiplets', 0.9, part, parts)
      expect(replanned(kept.first, kept.reused)).toEqual([])
      expect(kept.reused.evaluations).toBe(kept.fresh.evaluations / 2)
      // scaleUp 1 → 0.9 also moves one union's plan (the groups but efficiency): the coalitions
      // priced on it are evaluated again too, and no others. (Until the power limit's batch was
      // chosen under its own throttle, 2026-12-07, hbm 0.5 → 0.3 moved one instead.)
      const { first, reused, fresh } = afterMove('scaleUp', 0.9, part, parts)
      expect(replanned(first, reused)).toEqual([0b1011])
      expect(reused.evaluations).toBe(reevaluated(first, reused, bitOf(before, 'scaleUp')))
      expect(reused.evaluations).toBeLessThan(fresh.evaluations * 0.6)
      expect(reused.adoptions).toEqual(fresh.adoptions)
      let largest = 0
      let held = 0
      let otherPartNaN = 0
      for (let m = 0; m < fresh.cost.length; m++) {
        // The part's own coalitions are numbers; the other part's are NaN in both tables.
        if (!inPart(m, part, fresh.pair)) {
          if (Number.isNaN(reused.cost[m]!) && Number.isNaN(fresh.cost[m]!)) otherPartNaN++
          continue
        }
        held++
        largest = Math.max(
          largest,
          Math.abs(reused.cost[m]! - fresh.cost[m]!),
          Math.abs(reused.energy[m]! - fresh.energy[m]!),
        )
      }
      expect(largest).toBeLessThan(1e-8)
      expect(held).toBe(fresh.cost.length / parts)
      expect(otherPartNaN).toBe(fresh.cost.length - held)
    }
  }, 60_000)

  it('balances a slider move over the two parts whichever lever moved, the split pair included, and gives what a fresh table gives', () => {
    // The split pair is the last two players in bit order that do more than set the speculation:
    // here mixtureOfExperts and designLag. Moving either of them, or any other lever, redoes the same
    // number of coalitions in each part: half of the part's table, a quarter of all coalitions.
    // (Split on one player's bit, moving that player left one worker idle and made the other redo
    // its whole half.)
    const ctx = contextOf(before)
    const players = attributionPlayers(ctx, 2030)
    const n = players.length
    expect(n).toBe(PLAYERS.length)
    const pairIds = tables(before, 0, 2).table.pair.map((b) => ctx.levers[players[b]!]!.id)
    expect(pairIds).toEqual(['mixtureOfExperts', 'designLag'])
    for (const id of ['designLag', 'mixtureOfExperts', 'hbm', 'scaleUp']) {
      // 1 → 0.98 (0.5 → 0.45 for hbm): where no union's plan moves, each part redoes exactly a
      // quarter of all coalitions; where one does (scaleUp here moves one union's plan), also the
      // coalitions priced on it, as the definition counts them.
      const value = id === 'hbm' ? 0.45 : 0.98
      for (const part of [0, 1]) {
        const { first, reused, fresh } = afterMove(id, value, part, 2)
        expect(first.evaluations).toBe(2 ** (n - 1))
        expect(replanned(first, reused).length === 0).toBe(id !== 'scaleUp')
        expect(reused.evaluations).toBe(
          replanned(first, reused).length === 0
            ? 2 ** (n - 2)
            : reevaluated(first, reused, bitOf(before, id)),
        )
        let largest = 0
        for (let m = 0; m < fresh.cost.length; m++) {
          if (!inPart(m, part, fresh.pair)) continue
          largest = Math.max(largest, Math.abs(reused.cost[m]! - fresh.cost[m]!))
          largest = Math.max(largest, Math.abs(reused.energy[m]! - fresh.energy[m]!))
        }
        expect(largest).toBeLessThan(1e-8)
      }
    }
  }, 60_000)

  it('keeps the speculation lever off the split pair, where it stays on the fastest bit', () => {
    // multiTokenDecoding only sets the speculation and is the second-to-last lever in catalogue
    // order: with it and designLag last, the pair skips it for the player before it.
    const levers = { hbm: 1, scaleUp: 1, inferenceEngine: 1, multiTokenDecoding: 1, designLag: 1 }
    const ctx = contextOf({ year: 2030, levers })
    const players = attributionPlayers(ctx, 2030)
    expect(players.map((l) => ctx.levers[l]!.id)).toEqual(Object.keys(levers))
    const table = attributionTable(ctx, 2030, 1, 2, undefined, 'shapley')
    expect(table.pair.map((b) => ctx.levers[players[b]!]!.id)).toEqual([
      'inferenceEngine',
      'designLag',
    ])
  }, 60_000)

  it('refuses a table passed as another part than it holds', () => {
    const ctx = contextOf(before)
    const table = attributionTable(ctx, 2030, 0, 2)
    expect(() => attributionPartial(ctx, 2030, { part: 1, parts: 2 }, table)).toThrow(
      /a table of part 0 of 2 was passed as part 1 of 2/,
    )
  }, 60_000)

  it('assigns every coalition to exactly one part, the grand coalition to part 0', () => {
    const pair = [3, 7]
    let zero = 0
    for (let m = 0; m < 1 << 9; m++) {
      const a = inPart(m, 0, pair)
      expect(a).not.toBe(inPart(m, 1, pair))
      if (a) zero++
    }
    expect(zero).toBe(1 << 8)
    expect(inPart((1 << 9) - 1, 0, pair)).toBe(true)
    // Unsplit: part 0 holds everything, part 1 nothing.
    expect(inPart(5, 0, [])).toBe(true)
    expect(inPart(5, 1, [])).toBe(false)
  })

  it('walks each part of a split exactly once, and after a move only the coalitions with the moved player', () => {
    const n = 6
    const pair = [4, 5]
    const visited = (part: number, moved?: number): number[] => {
      const walk = coalitionsOf(n, part, pair, moved)
      const masks: number[] = []
      const base = walk.fixedOn.reduce((m, p) => m | (1 << p), 0)
      for (let i = 0; i < 1 << walk.free.length; i++) {
        let m = base
        walk.free.forEach((p, k) => {
          if ((i >> k) & 1) {
            m ^= 1 << p
            if (walk.link && p === walk.link[0]) m ^= 1 << walk.link[1]
          }
        })
        masks.push(m)
      }
      return masks.sort((x, y) => x - y)
    }
    const expected = (part: number, moved?: number): number[] => {
      const masks: number[] = []
      for (let m = 0; m < 1 << n; m++)
        if (inPart(m, part, pair) && (moved === undefined || (m >> moved) & 1)) masks.push(m)
      return masks
    }
    for (const part of [0, 1])
      for (const moved of [undefined, 0, 3, 4, 5]) {
        expect(visited(part, moved)).toEqual(expected(part, moved))
      }
  })

  it('after a move that changes the plan of a union of whole groups, evaluates again the coalitions priced on it, and gives what a fresh table gives', () => {
    // Each coalition is priced on the plans the search chose for the unions of whole groups that
    // bracket it: with model optimisation off, advanced packaging 1 → 0.4 moves two of them (TP2 →
    // TP4), so coalitions without advanced packaging change too. (Reusing half the table on a
    // move that changed the one plan every coalition started from once left one coalition 1.8 in
    // ln(cost) off a fresh table.)
    const from: ScenarioInput = { year: 2030, levers: { ...before.levers, modelOptimization: 0 } }
    for (const [part, parts] of [
      [0, 1],
      [1, 2],
    ] as const) {
      const { first, reused, fresh } = afterMove('advancedPackaging', 0.4, part, parts, from)
      expect(replanned(first, reused).length).toBeGreaterThan(0)
      expect(reused.evaluations).toBe(reevaluated(first, reused, bitOf(from, 'advancedPackaging')))
      expect(reused.evaluations).toBeGreaterThan(fresh.evaluations / 2)
      // The kept coalitions were reached by another walk: equal up to the last bits of the
      // products of their levers' multipliers.
      let largest = 0
      for (let m = 0; m < fresh.cost.length; m++) {
        expect(Number.isNaN(reused.cost[m]!)).toBe(Number.isNaN(fresh.cost[m]!))
        if (Number.isNaN(fresh.cost[m]!)) continue
        largest = Math.max(largest, Math.abs(reused.cost[m]! - fresh.cost[m]!))
        largest = Math.max(largest, Math.abs(reused.energy[m]! - fresh.energy[m]!))
      }
      expect(largest).toBeLessThan(1e-8)
    }
  }, 60_000)

  it('recomputes everything when two levers moved or the players changed, and nothing when none moved', () => {
    const first = tables(before, 0, 1).table
    const twoMoved: ScenarioInput = {
      year: 2030,
      levers: { ...before.levers, hbm: 0.9, scaleUp: 0.2 },
    }
    expect(tables(twoMoved, 0, 1, first).table.evaluations).toBe(first.cost.length)
    // hbm at 0 no longer plays: a fresh table of one player fewer, half the coalitions.
    expect(tables(moved('hbm', 0), 0, 1, first).table.evaluations).toBe(first.cost.length / 2)
    expect(tables(before, 0, 1, first).table.evaluations).toBe(0)
  }, 60_000)

  /**
   * The players of `before` and the coalitions the Owen value needs, from its definition here (at
   * most one lever group partly on), not from the engine's list.
   */
  function owenNeeds() {
    const ctx = contextOf(before)
    const players = attributionPlayers(ctx, 2030)
    const groups = Object.values(LEVER_GROUPS).map((ids: readonly string[]) =>
      players.reduce((m, l, p) => (ids.includes(ctx.levers[l]!.id) ? m | (1 << p) : m), 0),
    )
    const needed = (m: number): boolean =>
      groups.filter((g) => (m & g) !== 0 && (m & g) !== g).length <= 1
    return { ctx, players, needed }
  }

  it('reuses an Owen table the same way: only the coalitions it needs that hold the moved lever or a moved plan', () => {
    const { ctx, players, needed } = owenNeeds()
    const scaleUp = players.findIndex((l) => ctx.levers[l]!.id === 'scaleUp')
    let all = 0
    let withScaleUp = 0
    for (let m = 0; m < 1 << players.length; m++)
      if (needed(m)) {
        all++
        if ((m >> scaleUp) & 1) withScaleUp++
      }
    const first = tables(before, 0, 1, undefined, 'owen').table
    expect(first.evaluations).toBe(all)
    const after = moved('scaleUp', 0.9)
    const { ctx: ctx2, table: reused } = tables(after, 0, 1, first, 'owen')
    const fresh = attributionTable(ctx2, 2030, 0, 1, undefined, 'owen')
    // scaleUp 1 → 0.9 also moves one union's plan: its coalitions are evaluated again too.
    expect(replanned(first, reused)).toEqual([0b1011])
    expect(reused.evaluations).toBe(reevaluated(first, reused, scaleUp, needed))
    expect(reused.evaluations).toBeGreaterThan(withScaleUp)
    expect(reused.evaluations).toBeLessThan(all * 0.6)
    let largest = 0
    for (let m = 0; m < fresh.cost.length; m++) {
      expect(Number.isNaN(fresh.cost[m]!)).toBe(!needed(m))
      if (needed(m)) largest = Math.max(largest, Math.abs(reused.cost[m]! - fresh.cost[m]!))
    }
    expect(largest).toBeLessThan(1e-8)
    // A table of the other method is never reused.
    expect(tables(after, 0, 1, first, 'shapley').table.evaluations).toBe(1 << players.length)
  }, 60_000)

  it('splits an Owen table evenly over the two parts, after any slider move too, and gives what a fresh table gives', () => {
    // The pair comes from two groups: two players of one group agree whenever their group is whole,
    // which once put 95 % of the Owen coalitions in part 0.
    const { ctx, players, needed } = owenNeeds()
    let all = 0
    for (let m = 0; m < 1 << players.length; m++) if (needed(m)) all++
    const halves = [0, 1].map((part) => tables(before, part, 2, undefined, 'owen').table)
    const pairIds = halves[0]!.pair.map((b) => ctx.levers[players[b]!]!.id)
    const groupOf = (id: string): number =>
      Object.values(LEVER_GROUPS).findIndex((ids: readonly string[]) => ids.includes(id))
    expect(pairIds).toHaveLength(2)
    expect(groupOf(pairIds[0]!)).not.toBe(groupOf(pairIds[1]!))
    expect(halves.map((t) => t.evaluations)).toEqual([all / 2, all / 2])
    for (const id of [...pairIds, 'hbm', 'scaleUp']) {
      const value = id === 'hbm' ? 0.45 : 0.98
      const bit = players.findIndex((l) => ctx.levers[l]!.id === id)
      let holding = 0
      for (let m = 0; m < 1 << players.length; m++) if (needed(m) && (m >> bit) & 1) holding++
      const to: ScenarioInput = { ...before, levers: { ...before.levers, [id]: value } }
      for (const part of [0, 1]) {
        const { ctx: ctx2, table: reused } = tables(to, part, 2, halves[part], 'owen')
        const fresh = attributionTable(ctx2, 2030, part, 2, undefined, 'owen')
        // Half of the coalitions holding the moved lever in each part where no union's plan moved;
        // and the coalitions priced on one that did, as the definition counts them.
        expect(reused.evaluations).toBe(
          replanned(halves[part]!, reused).length === 0
            ? holding / 2
            : reevaluated(halves[part]!, reused, bit, needed),
        )
        let largest = 0
        for (let m = 0; m < fresh.cost.length; m++)
          if (inPart(m, part, fresh.pair) && needed(m))
            largest = Math.max(largest, Math.abs(reused.cost[m]! - fresh.cost[m]!))
        expect(largest).toBeLessThan(1e-8)
      }
    }
  }, 60_000)

  it('lists each coalition the Owen value needs once: at most one group partly on', () => {
    const groups = [0b000111, 0b011000, 0b100000]
    const masks = owenCoalitions(groups, 0b000100)
    expect(new Set(masks).size).toBe(masks.length)
    const expected: number[] = []
    for (let m = 0; m < 1 << 6; m++)
      if (groups.filter((g) => (m & g) !== 0 && (m & g) !== g).length <= 1) expected.push(m)
    expect([...masks].sort((a, b) => a - b)).toEqual(expected)
    // 2^3 unions of whole groups, plus per group the 2^2 unions of the others times its 2^g - 2
    // partial subsets: 8 + 4 × 6 + 4 × 2 + 4 × 0 = 40.
    expect(masks).toHaveLength(40)
    expect(masks[0]).toBe(0)
    // The speculation-only player (bit 2) toggles on the fastest bit: the first step.
    expect(masks[1]).toBe(0b000100)
  })
})
