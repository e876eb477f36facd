/**
 * The article's headline claims, checked against the physics on the 2026 reference workload
 * (Llama-3.3-70B in bf16 on H100 SXM, replica sized automatically (4 GPUs), chat: 1,024 prompt and 256
 * output tokens at ≥ 40 tokens/s per user, TCO economics; see REFERENCE in scenario.ts), or on any
 * other scenario's model, hardware and workload. A lever "alone" means that lever at full
 * adoption and full availability (2030) with every other lever off.
 *
 * Every claim is a range [low, high] with a ceiling: the article's "cuts 85–95 %" or "up to about
 * 100×" is *within* inside it, *exceeds* above its ceiling and *short* below its floor. An engine
 * figure past the ceiling is not a win for the article: it is more than the article claims, and the
 * verdict says so with the reason (for all levers together, the three largest contributors by the
 * attribution's Owen values).
 */
import { O, createOutput, evaluate } from '../kernel'
import { applyCompiled, compileLever, type CompiledEffect } from '../levers/apply'
import { LEVERS } from '../levers/catalog'
import type { AssumptionSet, LeverId } from '../levers/ids'
import { paramWords } from '../levers/param-words'
import type { LeverSpec } from '../levers/types'
import { packScenario } from '../pack'
import { P } from '../params'
import { resolveScenario, type Scenario, type ScenarioInput } from '../scenario'
import { runScenario } from '../simulate'

import { analyze } from './analyze'
import {
  ARTICLE_FOLD_CEILING,
  ARTICLE_FOLD_FLOOR,
  claimVerdict,
  foldWords,
  listWords,
  type ClaimVerdict,
} from './fold-ceiling'

export {
  ARTICLE_FOLD_CEILING,
  ARTICLE_FOLD_FLOOR,
  claimVerdict,
  foldCeilingCaveat,
  type ClaimVerdict,
} from './fold-ceiling'

export type ClaimMetric =
  'costReduction' | 'energyPerBitReduction' | 'decodeThroughputGain' | 'costFold'

export interface ClaimValue {
  readonly low: number
  readonly base: number
  readonly high: number
}

export interface ClaimCheck {
  readonly id: string
  readonly claim: string
  readonly metric: ClaimMetric
  /** The article's range, in the metric's units (a reduction as a fraction, a gain or fold as ×). */
  readonly articleRange: readonly [number, number]
  /** The engine's base figure and its weak–strong range, per assumption set. */
  readonly engine: Readonly<Record<AssumptionSet, ClaimValue>>
  /** Where each set's base figure lands against the article's range. */
  readonly verdict: Readonly<Record<AssumptionSet, ClaimVerdict>>
  /** One sentence per set: the figure against the range and, when it is outside, why. */
  readonly why: Readonly<Record<AssumptionSet, string>>
  /** The physics behind both sets' figures and the gap between them. */
  readonly explanation: string
}

/** A lever's name without its parenthesised examples: "Model optimization". */
export function shortLeverName(id: LeverId): string {
  const name = LEVERS.find((l) => l.id === id)?.name ?? id
  return name.replace(/\s*\(.*\)\s*$/, '')
}

const STRENGTHS = [0, undefined, 1] as const

/** A scenario without what a claim sets itself (levers, year, assumption set): its conditions. */
export function claimConditions(input: ScenarioInput): ScenarioInput {
  const { levers: _levers, year: _year, assumptions: _assumptions, ...conditions } = input
  return conditions
}

function conditionsScenario(conditions: ScenarioInput): Scenario {
  const r = resolveScenario({ ...conditions, year: 2030 })
  if (!r.ok)
    throw new Error(`claim conditions are invalid: ${r.issues.map((i) => i.message).join('; ')}`)
  return r.scenario
}

interface Evaluation {
  readonly cost: number
  readonly params: Float64Array
  readonly out: Float64Array
}

/** Evaluate the reference with the given levers fully adopted at strength u (0 low, 1 high). */
function withLevers(
  base: Float64Array,
  ids: readonly LeverId[],
  set: AssumptionSet,
  u: number | undefined,
): Evaluation {
  const compiled: CompiledEffect[][] = LEVERS.map((lever) =>
    ids.includes(lever.id) ? compileLever(lever, set, base, u) : [],
  )
  const adoptions = LEVERS.map((lever) => (ids.includes(lever.id) ? 1 : 0))
  const params = base.slice()
  applyCompiled(params, compiled, adoptions)
  const out = evaluate(params, createOutput())
  return { cost: out[O.USD_PER_M_OUTPUT]!, params, out }
}

function values(f: (u: number | undefined) => number): ClaimValue {
  const [low, base, high] = STRENGTHS.map(f) as [number, number, number]
  return { low, base, high }
}

const percent = (x: number): string => `${Math.round(x * 100)} %`
const BOUND_WORDS = ['compute', 'memory bandwidth', 'communication', 'fixed overhead'] as const
const SET_WORDS: Readonly<Record<AssumptionSet, string>> = {
  article: 'Article',
  evidence: 'Evidence',
}

function bindingSentence(e: Evaluation): string {
  const decode = BOUND_WORDS[e.out[O.DECODE_BOUND]!] ?? 'memory bandwidth'
  const prefill = BOUND_WORDS[e.out[O.PREFILL_BOUND]!] ?? 'compute'
  const limits = [
    'as requested',
    'by memory capacity',
    'by the interactivity target',
    'by the scheduler cap',
  ]
  const limit = limits[e.out[O.BATCH_LIMIT]!] ?? ''
  return `prefill is ${prefill}-bound and decode ${decode}-bound at batch ${e.out[O.BATCH]} (set ${limit})`
}

const factor = (x: number): string => `×${Number(x.toPrecision(2))}`

/** The effects whose Article and Evidence sizes differ most, in words: where the gap comes from. */
function gapSentence(lever: LeverSpec): string {
  const gaps = lever.effects
    .map((e) => {
      const article = e.ranges.article[1]
      const evidence = e.ranges.evidence[1]
      const size =
        e.op === 'mul' ? Math.abs(Math.log(article / evidence)) : Math.abs(article - evidence)
      return { e, article, evidence, size }
    })
    .filter((g) => g.size > 1e-9)
    .sort((a, b) => b.size - a.size)
    .slice(0, 2)
  if (gaps.length === 0) return ''
  const parts = gaps.map((g) =>
    g.e.op === 'mul'
      ? `${paramWords(g.e.param)} ${factor(g.article)} (Article) vs ${factor(g.evidence)} (Evidence)`
      : `${paramWords(g.e.param)} +${g.article} vs +${g.evidence}`,
  )
  return `The gap comes from ${parts.join(' and from ')}.`
}

/** A lever's two largest base effects under one set, in words: "weight bits ×0.5 and active parameters ×0.33". */
function effectsWords(lever: LeverSpec | undefined, set: AssumptionSet): string {
  if (!lever) return 'its effect sizes'
  const largest = lever.effects
    .map((e) => {
      const v = e.ranges[set][1]
      return { e, v, size: e.op === 'mul' ? Math.abs(Math.log(v)) : Math.abs(v) }
    })
    .filter((g) => g.size > 1e-9)
    .sort((a, b) => b.size - a.size)
    .slice(0, 2)
  if (largest.length === 0) return 'no effect'
  return listWords(
    largest.map((g) =>
      g.e.op === 'mul'
        ? `${paramWords(g.e.param)} ${factor(g.v)}`
        : `${paramWords(g.e.param)} +${g.v}`,
    ),
  )
}

/** A figure in its metric's words: a reduction "−86 %", a gain "2.8×", a fold "302×". */
export function claimFigureWords(metric: ClaimMetric, value: number): string {
  if (metric === 'costReduction' || metric === 'energyPerBitReduction') {
    const p = Math.round(value * 100)
    return p >= 0 ? `−${p} %` : `+${-p} %`
  }
  return metric === 'costFold' ? foldWords(value) : `${Number(value.toFixed(1))}×`
}

/** "302× against at most 100×, because …": the figure against the range, and the reason when outside it. */
function whySentence(
  metric: ClaimMetric,
  range: readonly [number, number],
  value: number,
  reason: string,
): string {
  const figure = claimFigureWords(metric, value)
  const [low, high] = range
  switch (claimVerdict(low, high, value)) {
    case 'within':
      return `${figure} lies within the article’s ${claimFigureWords(metric, low)} to ${claimFigureWords(metric, high)}.`
    case 'exceeds':
      return `${figure} against at most ${claimFigureWords(metric, high)}, because ${reason}.`
    case 'short':
      return `${figure} against at least ${claimFigureWords(metric, low)}, because ${reason}.`
  }
}

function perSet<T>(f: (set: AssumptionSet) => T): Record<AssumptionSet, T> {
  return { article: f('article'), evidence: f('evidence') }
}

function verdicts(
  range: readonly [number, number],
  engine: Readonly<Record<AssumptionSet, ClaimValue>>,
): Record<AssumptionSet, ClaimVerdict> {
  return perSet((set) => claimVerdict(range[0], range[1], engine[set].base))
}

function leverClaim(
  base: Float64Array,
  baselineCost: number,
  id: LeverId,
  claim: string,
  range: readonly [number, number],
): ClaimCheck {
  const reduction = (set: AssumptionSet) => (u: number | undefined) =>
    1 - withLevers(base, [id], set, u).cost / baselineCost
  const engine = perSet((set) => values(reduction(set)))
  const evidenceRun = withLevers(base, [id], 'evidence', undefined)
  const articleRun = withLevers(base, [id], 'article', undefined)
  const lever = LEVERS.find((l) => l.id === id)
  const verdict = verdicts(range, engine)
  return {
    id,
    claim,
    metric: 'costReduction',
    articleRange: range,
    engine,
    verdict,
    why: perSet((set) =>
      whySentence(
        'costReduction',
        range,
        engine[set].base,
        `the ${SET_WORDS[set]} effect sizes set ${effectsWords(lever, set)}; with the lever alone ${bindingSentence(set === 'article' ? articleRun : evidenceRun)}`,
      ),
    ),
    explanation:
      `Evidence (${lever?.evidenceRange ?? 'independent range'}) gives −${percent(engine.evidence.base)} against the article's ` +
      `−${percent(range[0])}…−${percent(range[1])}. ${lever ? gapSentence(lever) : ''} With the Article effects ` +
      `${bindingSentence(articleRun)}; with the Evidence effects ${bindingSentence(evidenceRun)}.`,
  }
}

/** Every technology lever (design lag is a risk, not a lever the article counts). */
const ALL_TECHNOLOGY_LEVERS: readonly LeverId[] = LEVERS.map((l) => l.id).filter(
  (id) => id !== 'designLag',
)

/**
 * The three largest contributors to the all-levers fold under one set, from the attribution of
 * ln(cost) the dashboard shows (Owen values over the lever groups, analysis/attribution.ts):
 * "model optimization (×6.0), …".
 */
function largestContributors(conditions: ScenarioInput, set: AssumptionSet): string[] {
  const r = resolveScenario({
    ...conditions,
    year: 2030,
    assumptions: set,
    levers: Object.fromEntries(ALL_TECHNOLOGY_LEVERS.map((id) => [id, 1])),
  })
  if (!r.ok) return []
  const shares = analyze(r.scenario, { parts: ['attribution'] }).attribution?.cost ?? {}
  return (Object.entries(shares) as [LeverId, number][])
    .filter(([, share]) => share < 0)
    .sort((a, b) => a[1] - b[1])
    .slice(0, 3)
    .map(([id, share]) => `${shortLeverName(id).toLowerCase()} (${foldWords(Math.exp(-share))})`)
}

function int4Claim(plain: ScenarioInput): ClaimCheck | null {
  // FP16 → INT4 for weights, activations and KV cache (hardware without 4-bit math runs it at its
  // 8-bit peak): decode throughput per accelerator = output tokens / decode time / accelerators
  // (the auto-sized replica shrinks when the model does). Priced on the scenario's conditions where
  // all three formats run there (precisionComparison); a scenario whose own format fits where FP16
  // does not is compared on the deployments each format needs, and said so.
  const comparison = precisionComparison(plain)
  if (!comparison) return null
  const { fp16, int4, weightOnlyInt4, conditionsWords } = comparison
  const gain = int4 / fp16
  const weightOnlyGain = weightOnlyInt4 / fp16
  const gainValue = { low: gain, base: gain, high: gain }
  const int4Range = [2, 4] as const
  const int4Engine = { article: gainValue, evidence: gainValue }
  const int4Reason =
    gain > int4Range[1]
      ? `4-bit weights, activations and KV cache read a quarter of the bytes and fit a larger batch on fewer chips (weight-only INT4 gives ${weightOnlyGain.toFixed(1)}×)`
      : `at the batch the interactivity target allows the linear layers are compute-bound, so fewer bytes help less (weight-only INT4 gives ${weightOnlyGain.toFixed(1)}×)`
  return {
    id: 'fp16ToInt4',
    claim: 'FP16 → INT4 raises decode throughput 2–4×',
    metric: 'decodeThroughputGain',
    articleRange: int4Range,
    engine: int4Engine,
    verdict: verdicts(int4Range, int4Engine),
    why: perSet(
      () =>
        whySentence('decodeThroughputGain', int4Range, gain, int4Reason) +
        (conditionsWords === '' ? '' : ` ${conditionsWords}`),
    ),
    explanation:
      `Pure physics, the same under both sets: 4-bit weights, activations and KV read a quarter of the bytes and fit a larger batch. ` +
      `Weight-only INT4 (W4A16) gives ${weightOnlyGain.toFixed(1)}×: the matrix math still runs at the 16-bit peak, and at the batch the ` +
      'interactivity target allows the linear layers are compute-bound, so fewer weight bytes barely help.',
  }
}

/** Decode throughput per accelerator of the three formats the FP16 → INT4 claim compares. */
interface PrecisionComparison {
  readonly fp16: number
  readonly int4: number
  readonly weightOnlyInt4: number
  /** "" on the scenario's own conditions, else a sentence on what the comparison changed. */
  readonly conditionsWords: string
}

/**
 * The FP16 → INT4 comparison on the scenario's conditions where all three formats run there. FP16
 * weights take four times the bytes of INT4 (twice FP8), so a scenario on a fixed accelerator count
 * that its own format fits may not hold FP16 (DeepSeek-V3 on eight H200s: 1.34 TB of FP16 weights),
 * and a speed target FP8 meets may be out of FP16's reach. Then each format is priced on the
 * deployment the search gives it (the claim is per accelerator, so that is the like-for-like), and
 * failing that at maximum throughput, without the targets. Null where even that does not run (a
 * model no catalogue deployment holds in FP16): the claim is left out rather than guessed.
 */
function precisionComparison(plain: ScenarioInput): PrecisionComparison | null {
  const rate = (conditions: ScenarioInput, format: 'fp16' | 'int4', weightOnly: boolean) => {
    const precision = weightOnly
      ? { weights: format, activations: 'fp16', kvCache: 'fp16' }
      : { weights: format, activations: format, kvCache: format }
    const r = runScenario({ ...conditions, year: 2030, precision })
    if (!r.ok) return Number.NaN
    return (
      (r.result.batchSize * r.result.scenario.outputTokens) /
      r.result.decode.seconds /
      r.result.scenario.accelerators
    )
  }
  const fixedCount =
    (plain.accelerators !== undefined && plain.accelerators !== 'auto') ||
    plain.deployment !== undefined
  const { accelerators: _accelerators, deployment: _deployment, ...autoSized } = plain
  const workload = plain.workload
  const preset = typeof workload === 'string' ? { preset: workload } : (workload ?? {})
  const untargeted: ScenarioInput = {
    ...autoSized,
    workload: { ...preset, minOutputTokensPerSecondPerUser: 0, maxTtftSeconds: 0 },
  }
  const variants: readonly { readonly conditions: ScenarioInput; readonly words: string }[] = [
    { conditions: plain, words: '' },
    ...(fixedCount
      ? [
          {
            conditions: autoSized,
            words:
              'Compared on the deployment the search gives each format: FP16 does not run on the scenario’s fixed accelerator count.',
          },
        ]
      : []),
    {
      conditions: untargeted,
      words:
        'Compared at maximum throughput on the deployment the search gives each format: FP16 cannot run this scenario at its speed targets.',
    },
  ]
  for (const { conditions, words } of variants) {
    const fp16 = rate(conditions, 'fp16', false)
    const int4 = rate(conditions, 'int4', false)
    const weightOnlyInt4 = rate(conditions, 'int4', true)
    if ([fp16, int4, weightOnlyInt4].every((x) => Number.isFinite(x) && x > 0))
      return { fp16, int4, weightOnlyInt4, conditionsWords: words }
  }
  return null
}

/**
 * All claim checks, under both assumption sets, on the 2026 reference workload (`conditions` = {})
 * or on another scenario's model, hardware, workload and prices (its levers, year and assumption
 * set are ignored: each claim sets its own).
 */
export function checkClaims(conditions: ScenarioInput = {}): ClaimCheck[] {
  const plain = claimConditions(conditions)
  const scenario = conditionsScenario(plain)
  // Levers act on the packed conditions with no levers (the scenario has none set).
  const base = withLevers(packScenario(scenario), [], 'article', undefined)
  const baselineCost = base.cost
  const checks: ClaimCheck[] = [
    leverClaim(
      base.params,
      baselineCost,
      'modelOptimization',
      'Model optimization alone cuts cost per token 85–95 %',
      [0.85, 0.95],
    ),
    leverClaim(
      base.params,
      baselineCost,
      'advancedPackaging',
      'Advanced (3D) packaging alone cuts cost per token 80–90 %',
      [0.8, 0.9],
    ),
    leverClaim(
      base.params,
      baselineCost,
      'customSilicon',
      'Custom silicon alone cuts cost per token 70–80 %',
      [0.7, 0.8],
    ),
  ]

  // Co-packaged optics: network energy per transmitted bit, at the scale-out link.
  const perBit = (set: AssumptionSet) => (u: number | undefined) =>
    1 -
    withLevers(base.params, ['coPackagedOptics'], set, u).params[P.SCALE_OUT_PJ_PER_BIT]! /
      base.params[P.SCALE_OUT_PJ_PER_BIT]!
  const cpoRange = [0.5, 0.65] as const
  const cpo = perSet((set) => values(perBit(set)))
  const cpoRun = withLevers(base.params, ['coPackagedOptics'], 'article', undefined)
  const cpoLever = LEVERS.find((l) => l.id === 'coPackagedOptics')
  const costEffect = 1 - cpoRun.cost / baselineCost
  checks.push({
    id: 'coPackagedOptics',
    claim: 'Co-packaged optics cuts network energy per bit 50–65 %',
    metric: 'energyPerBitReduction',
    articleRange: cpoRange,
    engine: cpo,
    verdict: verdicts(cpoRange, cpo),
    why: perSet((set) =>
      whySentence(
        'energyPerBitReduction',
        cpoRange,
        cpo[set].base,
        `the ${SET_WORDS[set]} effect size sets ${effectsWords(cpoLever, set)}${set === 'evidence' ? ': vendors claim −65…70 % per bit (NVIDIA, Broadcom)' : ''}`,
      ),
    ),
    explanation:
      `Vendors claim −65…70 % per bit (NVIDIA, Broadcom), so Evidence lands at −${percent(cpo.evidence.base)}. ` +
      `Network links carry a small share of the reference's energy, so cost per token moves only −${percent(costEffect)}: ` +
      'the value shows up as tokens per MW at power-capped sites and in scale-up beyond copper reach.',
  })

  // FP16 → INT4: left out where no deployment runs all three formats (int4Claim).
  const int4 = int4Claim(plain)
  if (int4) checks.push(int4)

  // All levers together by 2030 (design lag off): fold vs the baseline.
  const fold = (set: AssumptionSet) => (u: number | undefined) =>
    baselineCost / withLevers(base.params, ALL_TECHNOLOGY_LEVERS, set, u).cost
  const all = perSet((set) => values(fold(set)))
  const allRange = [ARTICLE_FOLD_FLOOR, ARTICLE_FOLD_CEILING] as const
  const allVerdict = verdicts(allRange, all)
  const past =
    all.article.base > ARTICLE_FOLD_CEILING
      ? `past its ${ARTICLE_FOLD_CEILING}× ceiling`
      : `within its ${ARTICLE_FOLD_FLOOR}–${ARTICLE_FOLD_CEILING}× range`
  checks.push({
    id: 'allLevers',
    claim: `All levers together: at least ${ARTICLE_FOLD_FLOOR}× cheaper by 2030, up to about ${ARTICLE_FOLD_CEILING}×`,
    metric: 'costFold',
    articleRange: allRange,
    engine: all,
    verdict: allVerdict,
    why: perSet((set) => {
      // The attribution (about a thousand kernel runs) only where the verdict needs a reason.
      const reason =
        allVerdict[set] === 'within'
          ? ''
          : `its three largest contributors (their shares of the fold, Owen values over the article’s lever groups) are ${listWords(largestContributors(plain, set))}${allVerdict[set] === 'exceeds' ? `, each sized at the ${SET_WORDS[set]} set’s effect for that lever alone, so together they compound past the article’s own headline` : ''}`
      return whySentence('costFold', allRange, all[set].base, reason)
    }),
    explanation:
      `Levers overlap through the physics (several act on the same bytes, batch and utilisation, and technologies that improve ` +
      `the same quantity share one frontier), so their effects do not simply multiply. Even so, the Article set's per-lever effects (the article's own sizes where it gives them, the evidence elsewhere) ` +
      `compound to ${foldWords(all.article.base)} at base strengths, ${past}. Evidence gives ${foldWords(all.evidence.base)} ` +
      `(${foldWords(all.evidence.low)}–${foldWords(all.evidence.high)} from low to high strengths).`,
  })
  return checks
}

/** One claim as the CLI's `--analysis` prints it (docs/engine-model.md §7), in one assumption set. */
export interface ClaimSummary {
  readonly id: string
  readonly claim: string
  /** The article's range, in the claim's units: a reduction as a fraction (0.85), a gain or fold as ×. */
  readonly low: number
  readonly high: number
  /** The engine's base figure, same units. */
  readonly value: number
  readonly verdict: ClaimVerdict
  readonly why: string
}

/**
 * The article's claims on a scenario's model, hardware, workload and prices, in the scenario's
 * assumption set: what the CLI's `--analysis` adds as `claims`. For the Article preset the
 * all-levers value is the preset's own 2030 fold.
 */
export function scenarioClaims(input: ScenarioInput): ClaimSummary[] {
  const r = resolveScenario(input)
  const set: AssumptionSet = r.ok ? r.scenario.assumptions : 'article'
  return checkClaims(input).map((c) => ({
    id: c.id,
    claim: c.claim,
    low: c.articleRange[0],
    high: c.articleRange[1],
    value: c.engine[set].base,
    verdict: c.verdict[set],
    why: c.why[set],
  }))
}
