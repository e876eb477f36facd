/**
 * How levers that act on the same quantity combine: the overlap rules, in one place.
 *
 * docs/levers.md lists every overlapping pair of levers with the rule that applies to it (the table
 * is generated from `overlapPairs()`, and a test keeps the document in step with the catalogue).
 *
 * 1. Frontier (`frontier`). Technologies that improve the same physical quantity draw on one
 *    frontier: HBM4, 3D stacking, processing in memory and custom memory systems all raise memory
 *    bandwidth, but a package does not get every one of them at full strength on top of the others.
 *    For the FRONTIER_PARAMS the log-gains of the levers combine as a Euclidean norm:
 *    ln m = sqrt(Σ g_i²) over gains in the same direction (two 4× gains give 7.1×, not 16×; one lever
 *    alone is unchanged); gains and losses in opposite directions still add.
 * 2. Independent costs (`multiply`). Capex items are bills of materials: each lever adds or removes
 *    its own line (a dearer wafer, a cheaper package), so their factors multiply.
 * 3. Shares (`add-capped`). Additive shares (prefix-cache hit rate, design mismatch) add and stop at
 *    their cap.
 * 4. Active parameters (`active-parameters`). Mixture of experts and model optimization's
 *    distillation both reach the same quality with fewer parameters per token, so their reductions
 *    of the active parameters combine on the frontier of rule 1: ln r = −sqrt(g_moe² + g_distil²).
 *    MoE keeps its structure (experts, routing); distillation contributes only what is left,
 *    −sqrt(g_moe² + g_distil²) − g_moe, instead of its full g_distil.
 * 5. Memory generation headstart (`hbm-headstart`). The HBM lever's gains are stated from HBM3e
 *    parts. A part that already has HBM4 has travelled part of that road, so each HBM effect keeps
 *    only what is left: ln m − ln(headstart), never past 1×. Parts without HBM (SRAM, GDDR, LPDDR)
 *    do not take the lever at all (apply.ts `leverApplies`).
 *
 * All rules are scalar arithmetic on the packed vector: nothing here allocates, because the
 * analyses apply levers ~10^5 times per second.
 */
import { MEMORY_KIND_CODE, P } from '../params'

import { LEVERS } from './catalog'
import type { LeverId } from './ids'
import type { ParamName } from './types'

/** Physical quantities that several technologies improve along one frontier (rule 1). */
export const FRONTIER_PARAMS: ReadonlySet<ParamName> = new Set<ParamName>([
  'PEAK_16_FLOPS',
  'PEAK_8_FLOPS',
  'PEAK_4_FLOPS',
  'MEMORY_BANDWIDTH_BPS',
  'MEMORY_BYTES',
  'PJ_PER_FLOP_16',
  'MEMORY_PJ_PER_BIT',
  'STATIC_W',
  'SCALE_UP_BPS',
  'SCALE_OUT_BPS',
  'SCALE_UP_PJ_PER_BIT',
  'SCALE_OUT_PJ_PER_BIT',
  'COLLECTIVE_LATENCY_S',
  'SCALE_OUT_LATENCY_S',
  'EFF_COMPUTE',
  'EFF_MEMORY',
  'EFF_COMMUNICATION',
  'STEP_OVERHEAD_S',
  'UTILIZATION',
  'KV_ELEMENTS_PER_TOKEN',
  'ATTENTION_FLOPS_PER_CONTEXT',
  'KV_MEMORY_FRACTION',
])

/** Rule 1: combined log-multiplier of a frontier parameter from its sums of squared gains. */
export function frontierLogMultiplier(sumSquaresUp: number, sumSquaresDown: number): number {
  return Math.sqrt(sumSquaresUp) - Math.sqrt(sumSquaresDown)
}

// ---------------- rule 4: active parameters (mixture of experts × distillation) ----------------

/** Linear parameters one token activates (before PARAM_SCALE), count: what MoE reduces. */
export function activeLinearParams(p: Float64Array): number {
  return (
    p[P.ALWAYS_ACTIVE_PARAMS]! + p[P.EXPERTS_PER_TOKEN]! * p[P.EXPERT_PARAMS]! * p[P.MOE_LAYERS]!
  )
}

/**
 * Log change of PARAM_SCALE once a structural reduction of the active parameters is on the same
 * frontier: `distil` = ln(PARAM_SCALE after / before) from the levers, `structural` = ln(active
 * linear parameters after / before). Both reductions (< 0): distillation keeps only what is left,
 * −sqrt(distil² + structural²) − structural; otherwise it is unchanged.
 */
export function distillationLogAfterOverlap(distil: number, structural: number): number {
  if (!(distil < 0 && structural < 0)) return distil
  return -Math.sqrt(distil * distil + structural * structural) - structural
}

/**
 * PARAM_SCALE under rule 4, from PARAM_SCALE and activeLinearParams() before any lever and after
 * every lever effect (before the rule).
 */
export function parameterScaleAfterOverlap(
  scaleBefore: number,
  activeBefore: number,
  scale: number,
  active: number,
): number {
  if (!(scale < scaleBefore && active < activeBefore && scaleBefore > 0 && activeBefore > 0))
    return scale
  const distil = Math.log(scale / scaleBefore)
  const structural = Math.log(active / activeBefore)
  return scaleBefore * Math.exp(distillationLogAfterOverlap(distil, structural))
}

/** Parameters rule 4 reads: a change to any of them can change PARAM_SCALE's combined value. */
export const ACTIVE_PARAMETER_INPUTS: readonly number[] = [
  P.PARAM_SCALE,
  P.ALWAYS_ACTIVE_PARAMS,
  P.EXPERTS_PER_TOKEN,
  P.EXPERT_PARAMS,
  P.MOE_LAYERS,
]

/** Apply rule 4 in place, after every lever effect; the arguments describe the vector before any lever. */
export function applyActiveParameterOverlap(
  params: Float64Array,
  scaleBefore: number,
  activeBefore: number,
): void {
  params[P.PARAM_SCALE] = parameterScaleAfterOverlap(
    scaleBefore,
    activeBefore,
    params[P.PARAM_SCALE]!,
    activeLinearParams(params),
  )
}

// ---------------- rule 5: HBM generation headstart ----------------

/**
 * What an HBM4 part already has over an HBM3e part, per quantity the HBM lever moves (ratio
 * HBM4 / HBM3e). Sources:
 * - bandwidth per stack: JEDEC JESD270-4 HBM4 (April 2025) 2 TB/s per stack; Micron HBM3E
 *   (July 2023) "more than 1.2 TB/s" per stack → 2.0 / 1.2;
 * - capacity per stack: the HBM4 parts that ship carry 36 GB stacks (Rubin: 288 GB in 8 stacks,
 *   NVIDIA CES 2026), the same as 12-high HBM3E (Micron / SK hynix 36 GB 12-high, Sept 2024) → 1:
 *   the capacity road (16-high HBM4E) is still ahead of them;
 * - energy per bit: the engine's own memory table (catalog/families.ts: HBM3e 8.5, HBM4 5.5 pJ/bit,
 *   from SK hynix's "> 40 % better power efficiency") → 5.5 / 8.5;
 * - memory capex: the HBM lever's own premium, "HBM4 ~2× HBM3E pricing per stack" (catalog.ts):
 *   an HBM4 part's price already carries it → 2.
 */
export const HBM4_HEADSTART: Readonly<Partial<Record<ParamName, number>>> = {
  MEMORY_BANDWIDTH_BPS: 2.0 / 1.2,
  MEMORY_BYTES: 1,
  MEMORY_PJ_PER_BIT: 5.5 / 8.5,
  CAPEX_MEMORY_USD: 2,
}

/** The lever whose gains are stated from HBM3e (rule 5). */
export const HEADSTART_LEVER: LeverId = 'hbm'

/** ln(headstart) of a part for one effect of a lever (0 when the rule does not apply). */
export function headstartLog(leverId: LeverId, param: ParamName, memoryKindCode: number): number {
  if (leverId !== HEADSTART_LEVER || memoryKindCode < MEMORY_KIND_CODE.HBM4) return 0
  const ratio = HBM4_HEADSTART[param]
  return ratio === undefined ? 0 : Math.log(ratio)
}

/**
 * A log-gain `g` after a headstart `h` along the same road: g − h, never crossing zero (a part
 * that is already past the lever's end point gains nothing and loses nothing). A headstart in the
 * other direction (or none) leaves the gain unchanged.
 */
export function remainingLogGain(g: number, h: number): number {
  if (h === 0 || g === 0 || g > 0 !== h > 0) return g
  const rest = g - h
  return rest > 0 === g > 0 ? rest : 0
}

// ---------------- the table of overlapping pairs ----------------

export type OverlapRule =
  'frontier' | 'opposite' | 'multiply' | 'add-capped' | 'active-parameters' | 'hbm-headstart'

export interface OverlapPair {
  /** The two sides: two levers, or a lever and the hardware it is applied to. */
  readonly levers: readonly [LeverId, LeverId | 'hardware']
  /** The quantity both move, in the engine's parameter name (or a phrase for cross-parameter rules). */
  readonly quantity: string
  readonly rule: OverlapRule
}

/** Rule for two effects of different levers on one parameter. */
function ruleFor(param: ParamName, op: 'mul' | 'add', upA: boolean, upB: boolean): OverlapRule {
  if (op === 'add') return 'add-capped'
  if (!FRONTIER_PARAMS.has(param)) return 'multiply'
  return upA === upB ? 'frontier' : 'opposite'
}

/**
 * Every pair of levers whose effects meet on one quantity, with its rule: pairs that move the same
 * parameter (from the catalogue), plus the cross-parameter rules 4 and 5.
 */
export function overlapPairs(): OverlapPair[] {
  const pairs: OverlapPair[] = []
  for (let a = 0; a < LEVERS.length; a++)
    for (let b = a + 1; b < LEVERS.length; b++) {
      const la = LEVERS[a]!
      const lb = LEVERS[b]!
      for (const ea of la.effects) {
        const eb = lb.effects.find((e) => e.param === ea.param)
        if (!eb) continue
        const up = (r: readonly [number, number, number], op: 'mul' | 'add'): boolean =>
          op === 'mul' ? r[1] > 1 : r[1] > 0
        pairs.push({
          levers: [la.id, lb.id],
          quantity: ea.param,
          rule: ruleFor(
            ea.param,
            ea.op,
            up(ea.ranges.evidence, ea.op),
            up(eb.ranges.evidence, eb.op),
          ),
        })
      }
    }
  pairs.push({
    levers: ['modelOptimization', 'mixtureOfExperts'],
    quantity: 'active parameters per token',
    rule: 'active-parameters',
  })
  for (const param of Object.keys(HBM4_HEADSTART))
    pairs.push({
      levers: [HEADSTART_LEVER, 'hardware'],
      quantity: param,
      rule: 'hbm-headstart',
    })
  return pairs
}

/** One row of the documentation table: a pair of levers (or a lever and the hardware) and a rule. */
export interface OverlapRow {
  readonly a: LeverId
  readonly b: LeverId | 'hardware'
  readonly quantities: readonly string[]
  readonly rule: OverlapRule
}

/** overlapPairs() grouped by pair and rule, in catalogue order: the rows of docs/levers.md. */
export function overlapRows(): OverlapRow[] {
  const rows: { a: LeverId; b: LeverId | 'hardware'; quantities: string[]; rule: OverlapRule }[] =
    []
  for (const pair of overlapPairs()) {
    const [a, b] = pair.levers
    const row = rows.find((r) => r.a === a && r.b === b && r.rule === pair.rule)
    if (row) row.quantities.push(pair.quantity)
    else rows.push({ a, b, quantities: [pair.quantity], rule: pair.rule })
  }
  return rows
}
