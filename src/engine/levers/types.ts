import type { Citation, EvidenceGrade } from '../catalog/types'
import type { P } from '../params'

import type { AssumptionSet, LeverGroup, LeverId } from './ids'

export type ParamName = keyof typeof P

/**
 * A number-format floor (physics/precision.ts): `storedFormat` = the narrowest weight / KV format
 * with hardware support (4 bits); `activationFormat` = the narrowest width the chip computes in.
 */
export type FloorKind = 'storedFormat' | 'activationFormat'

/** Low, base and high value of an effect at full adoption. */
export type EffectRange = readonly [low: number, base: number, high: number]

/**
 * What a lever does to one engine parameter at full adoption and full availability.
 * - `mul`: the parameter is multiplied by m^a at adoption a (geometric, so half adoption of a 4×
 *   gain is 2×: a fleet mix in log space);
 * - `add`: a × delta is added; when `scaleBy` names parameters, delta is multiplied by their
 *   product (so an effect can be stated per layer or per hidden unit).
 * `cap` bounds the result (efficiencies stay physical: compute ≤ 0.8, memory ≤ 0.95 of peak);
 * `floor` bounds it from below (number formats stay at widths hardware supports).
 */
export interface LeverEffect {
  readonly param: ParamName
  readonly op: 'mul' | 'add'
  readonly ranges: Readonly<Record<AssumptionSet, EffectRange>>
  readonly scaleBy?: readonly ParamName[]
  readonly cap?: number
  /** Lower bound of the result (number formats), decided from the hardware. */
  readonly floor?: FloorKind
  /** Why this parameter moves, in one line. */
  readonly why: string
  /**
   * This effect's own source and grade, where the lever's sources do not cover it. Required for any
   * effect that raises the power limit (TDP_W) or static power (tests/engine/levers/overlaps.test.ts).
   */
  readonly evidence?: Citation
}

export interface LeverSpec {
  readonly id: LeverId
  readonly name: string
  readonly group: LeverGroup
  /** The mechanism in one sentence. */
  readonly mechanism: string
  readonly effects: readonly LeverEffect[]
  /**
   * Availability (0..1) in 2026, 2027, 2028, 2029, 2030: the share of the lever's full effect, beyond
   * the 2026 reference, that can be deployed at scale that year (from the timelines in
   * lever-evidence.md §2; the adoption ramp of each lever).
   */
  readonly availability: readonly [number, number, number, number, number]
  /** When the lever first ships in volume. */
  readonly firstYear: number
  /** Only for some models: MoE for dense models, state-space for pure transformers. */
  readonly appliesTo?: 'dense' | 'transformer' | 'hbm'
  /** The article's own claim for this lever, where it makes one. */
  readonly articleClaim?: string
  /** The independent evidence range in words. */
  readonly evidenceRange: string
  readonly grade: Readonly<Record<AssumptionSet, EvidenceGrade>>
  readonly sources: readonly Citation[]
}
