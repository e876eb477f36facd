/**
 * Deployment search: for `accelerators: "auto"` and for a fixed count, the plan (tensor parallel
 * within the scale-up domain, pipeline parallel across domains, experts spread over the group,
 * data-parallel replicas) with the lowest cost per output token that meets the workload's targets.
 * Modelled on how serving teams size deployments and on NVIDIA's AIConfigurator, which sweeps
 * parallelism per worker against TTFT/TPOT targets (github.com/ai-dynamo/aiconfigurator; we learn
 * from its approach, not its code).
 *
 * Candidate group sizes follow packaging, not powers of two only: 1, 2, 4, 8, then multiples of 8
 * (servers of eight) about 1.25x apart, 48, every power of two, and the scale-up domain itself (12 for
 * Inferentia2, 72 for NVL72, 576 for a GroqRack network). Beyond the domain a replica either
 * pipelines stages of a whole domain or stretches tensor parallelism over the scale-out network; both
 * are tried.
 *
 * Tensor parallelism splits attention by query heads, evenly: a group that does not divide the heads
 * (and the KV heads or their multiple) is passed by (collectives.ts splitsHeadsEvenly; vLLM and
 * TensorRT-LLM refuse such a degree; Megatron-LM, Shoeybi et al. 2019, §3), except where data-parallel
 * attention splits none or the stack pads them. A mixture of experts may spread its experts wider than its
 * heads (wide expert parallelism: DeepSeek-V3 over 320 GPUs, arXiv 2412.19437 §3.4; attention then
 * runs data-parallel), up to one expert per rank. A candidate wider than that becomes pipeline stages
 * of the widest tensor-parallel group allowed: without this, 70B-class models reached TP512 over the
 * scale-out network at the frontier's fast end.
 */
import { P } from '../params'

import { attentionLeftToEngine, splitsHeadsEvenly } from './collectives'
import { O, OUT_COUNT } from './outputs'
import {
  evaluatePlan,
  footprint,
  STATUS_DOES_NOT_FIT,
  STATUS_POWER_TOO_LOW,
  STATUS_UNEVEN_HEADS,
  usableBytesOn,
  type Footprint,
  type Plan,
} from './plan'
import { shorterDraftOn } from './speculative'

/** Most pipeline stages a replica may have. */
export const MAX_PIPELINE = 64 // stages
/**
 * Auto search: the search stops after this many larger candidates fail to beat the best…
 */
const PATIENCE = 2 // candidates
/**
 * …and only once the candidates have reached this multiple of the best's size. A larger group pays
 * off through the memory its weights leave for the KV cache, which grows faster than the group
 * (n × memory − weights, less the copies data-parallel attention keeps on every accelerator), so the
 * cost per token can rise over a few sizes before it falls. Each attention of a spread mixture of
 * experts (kernel/plan.ts evaluatePlan tries both) follows its own curve and has its own patience.
 */
const PATIENCE_GROWTH = 2 // × the best plan's accelerators
/**
 * Inside the scale-up domain, where both attentions of a spread mixture of experts are priced, the
 * patience reaches further: DeepSeek-R1 FP4 on GB200 NVL72 costs $0.73 per million at 8
 * accelerators with tensor-parallel attention, more from there, while data-parallel attention costs
 * $1.29 at 8, $1.45 at 16, $0.78 at 24 and $0.57 at 40 (its FP8 attention, which the checkpoint keeps,
 * is on every accelerator, and below one prompt per decode step every rank waits for each prompt:
 * kernel/prefill.ts dataParallelPromptWaitSeconds). Twice the best had ended the search at 16, four
 * times at 32, where Llama 4 Maverick on GB200 at 60 tokens/s per user costs 10 % less at 40 than at 8.
 * Eight times found the same plan as a search of every size in the domain in each of 4,608
 * scenarios (every catalogue model on every chip, eight workloads and targets, without levers and
 * with all of them in 2030), at half its time in the all-levers 2030 scenario, whose domain
 * is 576 accelerators. A dense model (one attention) keeps PATIENCE_GROWTH inside the domain too.
 */
const PATIENCE_GROWTH_IN_DOMAIN = 8 // × the best plan's accelerators

/** One attention's costs over the candidates so far, for its patience. */
interface Trend {
  best: number
  /** The best misses a target at a requested batch (ranked after any that meets them: better()). */
  bestMisses: boolean
  bestSize: number
  /** Candidates since the best that priced, no better. */
  since: number
  /** Candidates since the best that did not price (do not fit, or meet no target at any batch). */
  unpriced: number
}

function newTrend(): Trend {
  return { best: Number.POSITIVE_INFINITY, bestMisses: true, bestSize: 0, since: 0, unpriced: 0 }
}

/**
 * A candidate that does not price says nothing about where the costs of those that do are heading:
 * pipeline stages, which lengthen no step less, cannot meet a speed target that tensor parallelism
 * just meets. Counted as worse, two of them ended the search before the next wider group: Llama 3.1
 * 405B on H200 (BF16, 40 tokens/s per user) met the target on sixteen accelerators at one sequence
 * ($329 per million), and the search stopped at stages of eight before thirty-two, which meet it at
 * five ($130; tests/engine/search-patience.test.ts). They end the search only after this many.
 */
const UNPRICED_PATIENCE = 6 // candidates

/**
 * Take a candidate's cost into a trend, ranked as better() ranks plans (meeting the targets first,
 * then the cheaper); `counts`: whether a candidate that is no better counts towards the patience.
 */
function follow(trend: Trend, cost: number, misses: boolean, size: number, counts: boolean): void {
  // An attention that did not price (does not fit) is no better, whatever it would have met.
  const better =
    Number.isFinite(cost) && (trend.bestMisses !== misses ? !misses : cost < trend.best)
  if (better) {
    trend.best = cost
    trend.bestMisses = misses
    trend.bestSize = size
    trend.since = 0
    trend.unpriced = 0
  } else if (counts) {
    if (Number.isFinite(cost)) trend.since++
    else trend.unpriced++
  }
}

/** Whether a trend has had its patience: enough misses, far enough past its best. */
function exhausted(trend: Trend, size: number, growth = PATIENCE_GROWTH): boolean {
  return (
    Number.isFinite(trend.best) &&
    (trend.since >= PATIENCE || trend.unpriced >= UNPRICED_PATIENCE) &&
    size >= growth * trend.bestSize
  )
}
/**
 * Take one candidate into a pair of patience trends and say whether the search should go on.
 * `cost`, `misses`: the candidate's, at the attention chosen; `other`, `otherCode`: the other
 * attention's cost and code where both were evaluated (`both`), `tensorChosen` which one won.
 *
 * The search keeps two pairs: on the cost at each candidate's best draft length, which it ranks by,
 * and on the cost at the full draft. A shorter draft can make the smallest groups a little cheaper,
 * or give the other attention a price at a small size where the full draft had none; the best-draft
 * pair then ran out of patience at sixteen accelerators, before the cost fell again at large
 * groups that the full draft's curve still reached. Qwen3-235B on Rubin CPX (the
 * architecture-group preset, 2030) came out on TP8 at $21.81 per million where TP128 costs $3.25;
 * Kimi K2 on B200 (2028) $4.38 where TP384 costs $2.42 (tests/engine/search-patience.test.ts). Going
 * on while either pair has patience left visits every size the full draft's search visited, so the
 * plan chosen is never dearer than that search's.
 */
function keepsLooking(
  pair: readonly [Trend, Trend],
  both: boolean,
  cost: number,
  misses: boolean,
  other: number,
  otherCode: number,
  tensorChosen: boolean,
  size: number,
  counts: boolean,
  domain: number,
): boolean {
  if (!both) {
    follow(pair[0], cost, misses, size, counts)
    return !exhausted(pair[0], size)
  }
  // Both attentions were evaluated: the chosen one's cost is `cost`, the other's `other`. The
  // other misses a target where the chosen one does (it would have been chosen otherwise), or
  // where its code says so (plan.ts otherAttentionCode 3).
  const otherMisses = misses || otherCode === 3
  follow(pair[0], tensorChosen ? other : cost, tensorChosen ? otherMisses : misses, size, counts)
  follow(pair[1], tensorChosen ? cost : other, tensorChosen ? misses : otherMisses, size, counts)
  // Past the scale-up domain, an attention that never priced (does not fit, or a "max" batch
  // that cannot meet a target) ends with the other.
  // Inside the scale-up domain data-parallel attention's cost rises and falls again (its wait
  // for prompts, PATIENCE_GROWTH above): there the patience reaches further, and an attention
  // that has not priced yet is not done.
  const inDomain = size <= domain
  const growth = inDomain ? PATIENCE_GROWTH_IN_DOMAIN : PATIENCE_GROWTH
  const dataExhausted = exhausted(pair[0], size, growth)
  const tensorExhausted = exhausted(pair[1], size, growth)
  const dataDone = dataExhausted || (!inDomain && !Number.isFinite(pair[0].best))
  const tensorDone = tensorExhausted || (!inDomain && !Number.isFinite(pair[1].best))
  return !(dataDone && tensorDone && (dataExhausted || tensorExhausted))
}

/**
 * A candidate as the attention trends read it. Experts split over the group attend split by heads,
 * so a split plan counts as the tensor-parallel one (the cheaper of it and spread experts attending
 * so, as it was chosen over both); the other is the spread plan's data-parallel attention, whichever
 * of its two the spread trial kept (plan.ts evaluatePlan keeps how it attended). Without this, a split
 * plan's empty slots read as a price of $0 for the other attention, and its patience ran out at once:
 * Jamba 1.5 Mini on Rubin CPX stopped at TP8 ($0.83 per million) before TP32 ($0.43).
 */
function tensorAttentionChosen(out: Float64Array): boolean {
  return out[O.EXPERTS_SPLIT] === 1 || out[O.ATTENTION_TENSOR] === 1
}
function otherAttentionCost(out: Float64Array): number {
  if (out[O.EXPERTS_SPLIT] !== 1) return out[O.ATTENTION_OTHER_USD_PER_M]!
  return out[O.SPREAD_ATTENTION_TENSOR] === 1
    ? out[O.SPREAD_ATTENTION_OTHER_USD_PER_M]!
    : out[O.EXPERTS_OTHER_USD_PER_M]!
}
function otherAttentionCode(out: Float64Array): number {
  if (out[O.EXPERTS_SPLIT] !== 1) return out[O.ATTENTION_OTHER]!
  if (out[O.SPREAD_ATTENTION_TENSOR] === 1) return out[O.SPREAD_ATTENTION_OTHER]!
  // The spread trial kept data-parallel attention: it fitted and met the targets where it priced.
  return Number.isFinite(out[O.EXPERTS_OTHER_USD_PER_M]!) ? 1 : 3
}

/**
 * Once the patience is spent, the search still prices a few sizes far beyond the best, each
 * FAR_PROBE_STEP times the last, starting at FAR_PROBE_START times the best (or the step past the
 * size in hand), and resumes from a probe that beats the best. A spread mixture of experts can be
 * cheapest at a group many times the smallest that holds it, where each accelerator keeps a sliver
 * of the experts and the freed memory buys a batch a hundred times larger, with a ridge of dearer
 * sizes between that the patience does not cross: a review found Kimi K2 on H100 with twice the
 * memory (reasoning) on TP8 at $10.77 per million where TP168 costs $2.74, DeepSeek-V3 on H100 with
 * 1.5x the memory $10.44 against $4.31, and the scale-up lever raising Kimi K2's cost on TPU v5e
 * (tests/engine/search-patience.test.ts). Three probes cost a few plan evaluations each; starting
 * at 4x the best with four of them found the same plans in the review's cases for a third more.
 */
const FAR_PROBES = 3 // probed sizes
const FAR_PROBE_START = 8 // × the best plan's accelerators
const FAR_PROBE_STEP = 2 // × the last probed size
/**
 * A probe prices every candidate from its first size up to this multiple of it: the shapes past the
 * domain come in order of size, and different shapes of nearly one size (16 × 4 = 64 stages of a
 * head-splitting group, 22 × 3 = 66 over scale-out) would otherwise leave all but the first unpriced.
 * Kimi K2 on Rubin CPX (the Conservative preset, 2028: 22-chip domains) is cheapest with its experts
 * spread over 374 chips over scale-out; a probe that priced the 64 stages alone never reached it.
 */
const FAR_PROBE_WINDOW = 1.25 // × the probe's first size
/**
 * The tensor widths the current probe has priced: past its first size, a probe prices only a shape
 * of a width it has not priced yet (the next stage count of the same group adds little a probe needs
 * to see, and pricing each cost the reference scenario 2.5x its plan evaluations).
 */
const probedWidths = new Set<number>()

/** Stages of the widest group past the domain: each count about this much larger than the last. */
const PIPELINE_STEP = 1.1
/** Counts tried above the smallest group that holds the model, below the next packaging size. */
const MAX_EXTRA_COUNTS = 8 // candidates
/** Runner-up plans kept in the result. */
const RUNNERS_UP = 3

/**
 * The most tensor-parallel ranks a group may have: the attention heads (a power of two at most, the
 * degrees serving stacks run), or for a mixture of experts the expert count if that is larger.
 */
export function maxTensorParallel(p: Float64Array): number {
  const heads = p[P.ATTENTION_HEADS]!
  const experts = p[P.EXPERTS_PER_TOKEN]! < p[P.EXPERTS]! ? Math.floor(p[P.EXPERTS]!) : 1
  const byHeads = heads >= 1 ? 2 ** Math.floor(Math.log2(heads)) : 1
  return Math.max(1, byHeads, experts)
}

/** Group sizes (accelerators per stage) the packaging allows, up to `limit`. */
export function groupSizes(domain: number, limit: number): number[] {
  // The sizes depend on the top alone: keyed on it, a lever's fractional limit does not fill the cache.
  const top = Math.min(domain, limit)
  const cached = groupSizeCache.get(top)
  if (cached) return cached
  const sizes: number[] = []
  // 12 between 8 and 16, which are otherwise 2× apart: rack-scale domains (NVL72, Helios) do not
  // need powers of two, and without it the auto search missed a 12-accelerator group 10 % cheaper
  // than both neighbours (DeepSeek-V3 on MI455X).
  for (const s of [1, 2, 4, 8, 12]) if (s <= top) sizes.push(s)
  let s = 16
  if (s < top) sizes.push(s)
  while (s < top) {
    s = Math.max(s + 8, Math.ceil((s * 1.25) / 8) * 8)
    if (s < top) sizes.push(s)
  }
  // Every power of two too: the degrees that split attention heads evenly (collectives.ts
  // splitsHeadsEvenly), which the steps above pass over from 64 on (56, 72; 120, 152).
  for (let two = 64; two < top; two *= 2) if (!sizes.includes(two)) sizes.push(two)
  // And 48, which the steps pass over (40, 56): six servers of eight, and where data-parallel
  // attention of a wide mixture of experts bottoms out on NVL72 (DeepSeek-R1 FP4 on GB200 costs 5 %
  // less at 48 than at 40, the cheapest size the steps held).
  if (48 < top && !sizes.includes(48)) sizes.push(48)
  sizes.sort((a, b) => a - b)
  if (!sizes.includes(top)) sizes.push(top)
  if (groupSizeCache.size < 256) groupSizeCache.set(top, sizes)
  return sizes
}

/**
 * Visit every candidate replica (tensor x pipeline) from `minAccelerators` up to `maxAccelerators`,
 * smallest first, until `visit` returns false. In the domain: one group of each packaging size.
 * Across domains: pipeline stages of a whole domain, or tensor parallel over scale-out. A group
 * wider than `maxTensor` runs as pipeline stages of `maxTensor` ranks (fewer accelerators, never more).
 */
export function forEachCandidate(
  domain: number,
  minAccelerators: number,
  maxAccelerators: number,
  maxTensor: number,
  candidate: (tensor: number, pipeline: number, small: boolean) => boolean,
  stageWidth: number = domain,
): void {
  // Each shape once: a group wider than maxTensor becomes the stages of another candidate, and the
  // in-domain stages below are also the first cross-domain ones where the domain is wider than the
  // group (Kimi K2's TP64 x PP2 on a 512-chip domain was priced twice and listed as its own
  // runner-up). Keyed tensor x 128 + stages (stages <= MAX_PIPELINE < 128).
  visitedShapes.clear()
  const visit = (tensor: number, pipeline: number, small: boolean): boolean => {
    let t = tensor
    let stages = pipeline
    if (t > maxTensor) {
      stages = pipeline * Math.floor(t / maxTensor)
      t = maxTensor
      if (stages > MAX_PIPELINE) return true
    }
    const shape = t * 128 + stages
    if (visitedShapes.has(shape)) return true
    visitedShapes.add(shape)
    return candidate(t, stages, small)
  }
  const top = Math.min(domain, maxAccelerators)
  const sizes = groupSizes(domain, maxAccelerators)
  if (minAccelerators > top) {
    if (!visit(top, 1, false)) return
  } else {
    // The smallest group that holds the model is a candidate too, whatever its size, and the
    // counts above it up to the next packaging size: a model that needs three wafers (Cerebras)
    // should not pay for four, and at the smallest group the KV cache has only a sliver of memory,
    // so one more accelerator can buy a much larger batch (DeepSeek-V3 on WSE-3: 17 wafers $97 per
    // million, 18 $81). These steps are too small to judge the trend by: they do not count
    // towards the patience. Only where the domain is larger than one eight-accelerator server:
    // inside a server, tensor parallelism runs on powers of two.
    let next = top + 1
    for (const t of sizes) {
      if (t > minAccelerators) {
        next = t
        break
      }
    }
    const end = domain > 8 ? Math.min(next, minAccelerators + MAX_EXTRA_COUNTS) : minAccelerators
    for (let n = minAccelerators; n < end; n++) visit(n, 1, true)
    for (const t of sizes) {
      if (t < end) continue
      if (!visit(t, 1, false)) return
      // A spread mixture of experts may take a group wider than its heads split (maxTensor counts
      // its experts); the same accelerators can also run as pipeline stages of the widest group
      // that splits them, each stage spreading its own layers' experts, with attention still split
      // by heads. Across domains the loop below tries such stages; inside a domain nothing did, so a
      // scale-up lever that grew the domain past the plan took it away: Kimi K2 on TPU v5e (2030)
      // ran TP64 × PP2 over two 64-chip domains at $5.19 per million and, with the lever, TP64 at
      // $6.20 (tests/engine/search-patience.test.ts).
      if (maxTensor > stageWidth && stageWidth > 1 && t > stageWidth && t % stageWidth === 0) {
        if (!visit(stageWidth, t / stageWidth, false)) return
      }
    }
  }
  // Across domains, smallest first: stages of a whole domain, tensor parallel over the scale-out
  // network as wide as the heads allow (wider would be pipeline stages of the widest group), and
  // stages of the widest group in the domain that splits the heads evenly, where the whole domain
  // does not (64 of NVL72's 72: otherwise no dense model could span racks). The last need not fill
  // whole domains: Qwen3-235B on a Groq network of 1,152 chips needs about 2,100 of them, and
  // twenty stages of 128 cost $50 per million where two whole domains (eighteen stages) cost $79.
  // Visited in order of size, so the patience judges them as it judges the sizes inside a domain
  // (in the order of their stage counts, the stages of 128 came after the search had stopped).
  // (A domain wider than the tensor-parallel limit runs as stages of maxTensor: visit() above.)
  const width = Math.min(stageWidth, maxTensor)
  let wholeStages = 2
  // From two stages: those that fit inside one domain are candidates here too (a group that splits
  // the heads, run as stages, where the domain's packaging sizes are not multiples of it: Llama 4
  // Maverick's 40 heads on a 256-chip TPU v5e pod, two stages of 40).
  let widthStages = width < domain ? 2 : 0
  for (;;) {
    const whole =
      wholeStages <= MAX_PIPELINE && wholeStages * domain <= maxAccelerators
        ? wholeStages * domain
        : Number.POSITIVE_INFINITY
    const byWidth =
      widthStages > 0 && widthStages <= MAX_PIPELINE && widthStages * width <= maxAccelerators
        ? widthStages * width
        : Number.POSITIVE_INFINITY
    if (!Number.isFinite(whole) && !Number.isFinite(byWidth)) return
    if (byWidth < whole) {
      const stages = widthStages
      // Past the smallest that holds the model, about PIPELINE_STEP apart, as the packaging sizes
      // inside a domain are (groupSizes).
      widthStages =
        byWidth >= minAccelerators
          ? Math.max(stages + 1, Math.ceil((PIPELINE_STEP * byWidth) / width))
          : stages + 1
      if (byWidth >= minAccelerators && !visit(width, stages, false)) return
      continue
    }
    wholeStages++
    if (whole < minAccelerators) continue
    // Tensor parallel over scale-out first: where the patience runs out at this size, the stages
    // must not have taken its turn (Llama 4 Maverick on Rubin CPX, the Conservative preset's 33.9-chip
    // domain: the search stopped after 33 × 2 and never priced TP66 or TP99, $1.89 per million
    // where TP99 costs $0.31; found by a review).
    if (whole <= maxTensor && !visit(whole, 1, false)) return
    if (!visit(domain, wholeStages - 1, false)) return
    if (byWidth === whole) {
      widthStages++
      if (!visit(width, widthStages - 1, false)) return
    }
  }
}

/**
 * Shapes forEachCandidate has visited in the current walk (cleared at its start): module-level, so
 * a search allocates nothing. A walk never starts inside another (the callbacks evaluate plans,
 * which do not search).
 */
const visitedShapes = new Set<number>()

/** The fewest accelerators whose usable memory (usableBytesOn) holds `bytes`. */
function smallestHolding(fp: Footprint, bytes: number, memoryFraction: number): number {
  // Under the "total" rule: bytes / (fraction x memory). Under "free": the weights keep the reserve's
  // share, so fewer, but never fewer than hold the weights in all of their memory; one more
  // accelerator at a time settles the rounding.
  let n = Math.max(
    1,
    Math.ceil(
      (bytes - (fp.freeRule > 0 ? (1 - memoryFraction) * fp.weights : 0)) / fp.usablePerAccelerator,
    ),
  )
  if (fp.freeRule > 0) n = Math.max(n, Math.ceil(fp.weights / fp.memoryPerAccelerator))
  while (usableBytesOn(fp, n, memoryFraction) < bytes) n++
  return n
}

/**
 * The range of replica sizes a search considers: from the fewest accelerators that hold the weights
 * and one sequence up to the fixed count (or, for "auto", MAX_PIPELINE whole domains), and the
 * scale-up domain in whole accelerators.
 */
export function candidateBounds(
  p: Float64Array,
  fixedCount: number,
): {
  minAccelerators: number
  maxAccelerators: number
  domain: number
  maxTensor: number
  stageWidth: number
} {
  // Without the KV cache's copies (kernel/collectives.ts kvCopies), which depend on the group: a lower
  // bound, and a candidate that then does not fit sends the search on to a larger one.
  const fp = footprint(p)
  const oneSequence = fp.weights + fp.sharedPrefix + fp.perSequence
  const domain = Math.max(1, Math.floor(p[P.SCALE_UP_DOMAIN]! + 1e-6))
  // A group that splits the heads evenly divides them: start at the head count.
  let stageWidth = splitsHeadsEvenly(p, domain)
    ? domain
    : Math.min(domain, Math.max(1, Math.floor(p[P.ATTENTION_HEADS]!)))
  while (stageWidth > 1 && !splitsHeadsEvenly(p, stageWidth)) stageWidth--
  return {
    minAccelerators: Math.max(1, smallestHolding(fp, oneSequence, p[P.KV_MEMORY_FRACTION]!)),
    maxAccelerators:
      fixedCount > 0 ? fixedCount : Math.max(1, p[P.SCALE_UP_DOMAIN]!) * MAX_PIPELINE,
    // A lever scales the domain continuously; a plan needs whole accelerators.
    domain,
    maxTensor: maxTensorParallel(p),
    // The widest group in the domain whose heads split evenly (collectives.ts splitsHeadsEvenly).
    stageWidth,
  }
}

/** groupSizes is called per evaluation: keep the few distinct answers. */
const groupSizeCache = new Map<number, number[]>()

interface Scored {
  readonly plan: Plan
  /** Its experts split by tensor parallelism (the placement its evaluation chose: O.EXPERTS_SPLIT). */
  readonly split: boolean
  readonly cost: number
  /** Misses a target at a requested batch: ranked after every plan that meets them. */
  readonly misses: boolean
}

/** Plans that meet the targets first, then the cheaper. */
function better(a: Scored, b: Scored): boolean {
  return a.misses !== b.misses ? !a.misses : a.cost < b.cost
}

/**
 * Scratch buffer for candidate evaluations. Module-level to keep the analyses' hot loops free of
 * allocation; `evaluatePlan` clears it on every use, so nothing passes from one call to the next
 * (tests/engine/kernel-state.test.ts evaluates scenarios in different orders to prove it).
 */
const candidateOut = new Float64Array(OUT_COUNT)
/** The best candidate so far (same rules as candidateOut). */
const bestOut = new Float64Array(OUT_COUNT)

/**
 * Search the plans and evaluate the chosen one into `out`. `fixedCount` > 0: plans that fit in
 * that many accelerators, as many replicas as fit, every accelerator paid; 0: one replica, as many
 * accelerators as it needs. When no plan meets the targets, the fastest plan is evaluated at one
 * sequence (its TARGET_UNMET slot says why) so the result names the nearest point.
 */
export function searchDeployment(
  p: Float64Array,
  fixedCount: number,
  out: Float64Array,
  lean: boolean,
): void {
  const { minAccelerators, maxAccelerators, domain, maxTensor, stageWidth } = candidateBounds(
    p,
    fixedCount,
  )
  const scored: Scored[] = []
  let best: Scored | null = null
  // Patience per attention: [data-parallel or the only one, tensor-parallel], on each candidate's
  // cost at its best draft length (what the search ranks by) and at the full draft (fullTrends).
  const trends = [newTrend(), newTrend()] as const
  const fullTrends = [newTrend(), newTrend()] as const
  // Past the patience: the probes of sizes far beyond the best (FAR_PROBES).
  const probe = { on: false, next: 0, size: 0, left: 0 }
  let fastest: Plan | null = null
  let fastestTpot = Number.POSITIVE_INFINITY
  let largest: Plan | null = null
  // A group that holds the model but splits its heads unevenly: what a fixed count whose every
  // group does so reports (simulate.ts names the heads and the count that splits them).
  let uneven: Plan | null = null
  forEachCandidate(
    domain,
    Math.min(minAccelerators, maxAccelerators),
    maxAccelerators,
    maxTensor,
    (tensor, pipeline, small) => {
      const size = tensor * pipeline
      if (probe.on) {
        if (size < probe.next) return true
        if (probe.size !== 0 && size > probe.size * FAR_PROBE_WINDOW) {
          // Every plan of the last probe's sizes was priced, none better: the next, twice as large.
          probe.left--
          probe.next = FAR_PROBE_STEP * probe.size
          probe.size = 0
          if (probe.left <= 0 || probe.next > maxAccelerators) return false
          if (size < probe.next) return true
        }
        if (probe.size === 0) {
          probe.size = size
          probedWidths.clear()
        } else if (size > probe.size && probedWidths.has(tensor)) return true
        probedWidths.add(tensor)
      }
      const plan: Plan =
        fixedCount > 0
          ? { tensor, pipeline, replicas: Math.floor(fixedCount / size), paid: fixedCount }
          : { tensor, pipeline, replicas: 1, paid: size }
      // Both attentions are tried at every size while either has patience left: one that has
      // run out can still be the cheaper further on, once the other's curve rises (a data-parallel
      // group that was too costly at 16 accelerators was the cheapest at 48; skipping its trials
      // once its own patience ran out at 24 missed that).
      const both = attentionLeftToEngine(p, tensor)
      // In the search with the draft, each candidate at its own best draft length; the full draft's
      // figures are kept for the patience (fullTrends).
      const fullCost = evaluatePlan(p, plan, candidateOut, lean)
      const fullMisses = candidateOut[O.TARGET_UNMET] !== 0
      const fullOther = otherAttentionCost(candidateOut)
      const fullOtherCode = otherAttentionCode(candidateOut)
      const fullTensorChosen = tensorAttentionChosen(candidateOut)
      const cost = shorterDraftOn(p, plan, candidateOut, fullCost, lean)
      // Heads a group cannot split evenly: not a plan a stack runs (plan.ts STATUS_UNEVEN_HEADS).
      if (candidateOut[O.STATUS] === STATUS_UNEVEN_HEADS) {
        uneven = plan
        return true
      }
      largest = plan
      if (candidateOut[O.STATUS] === 1 || candidateOut[O.STATUS] === 3) return true // try larger
      const tpot = candidateOut[O.TPOT_S]!
      if (tpot < fastestTpot) {
        fastest = plan
        fastestTpot = tpot
      }
      // Plans that meet the targets come first; among the rest (a requested batch that misses
      // one) the cheapest.
      const scoredPlan: Scored = {
        plan,
        split: candidateOut[O.EXPERTS_SPLIT] === 1,
        cost,
        misses: candidateOut[O.TARGET_UNMET] !== 0,
      }
      scored.push(scoredPlan)
      if (best === null || better(scoredPlan, best)) {
        best = scoredPlan
        bestOut.set(candidateOut)
      }
      if (fixedCount > 0) return true
      // Patience runs only once some plan meets the targets: with a requested batch every plan is
      // priced, and a cheap plan that misses them is no reason to stop looking for one that meets
      // them (as a "max" batch, whose misses are unpriced, never stops before one).
      const counts = !small && Number.isFinite(best.cost) && !best.misses
      // Both patiences are fed, then the search goes on while either has some left (no
      // short-circuit: each must see every candidate).
      const bestDraftGoesOn = keepsLooking(
        trends,
        both,
        cost,
        scoredPlan.misses,
        otherAttentionCost(candidateOut),
        otherAttentionCode(candidateOut),
        tensorAttentionChosen(candidateOut),
        size,
        counts,
        domain,
      )
      const fullDraftGoesOn = keepsLooking(
        fullTrends,
        both,
        fullCost,
        fullMisses,
        fullOther,
        fullOtherCode,
        fullTensorChosen,
        size,
        counts,
        domain,
      )
      if (bestDraftGoesOn || fullDraftGoesOn) {
        // A probe that beat the best resumes the search from there, with its patience.
        probe.on = false
        probe.size = 0
        return true
      }
      if (probe.on) return true // the probe's other plans of this size, then the next probe
      // Patience spent: probe a few sizes far past the best before stopping (FAR_PROBES).
      const bestSize = best.plan.tensor * best.plan.pipeline
      probe.on = true
      probe.size = 0
      probe.left = FAR_PROBES
      probe.next = Math.max(FAR_PROBE_START * bestSize, FAR_PROBE_STEP * size)
      return probe.next <= maxAccelerators
    },
    stageWidth,
  )
  const found = best as Scored | null
  const chosen = found && Number.isFinite(found.cost) ? found.plan : (fastest ?? largest)
  if (!chosen) {
    const refused = uneven as Plan | null
    if (refused) {
      // Priced as if pinned: a group too small for the model says so (does not fit) with its
      // figures; one that holds it is refused for its heads alone (STATUS_UNEVEN_HEADS).
      const pinned = p[P.PIN_TENSOR_PARALLEL]!
      p[P.PIN_TENSOR_PARALLEL] = refused.tensor
      evaluatePlan(p, refused, out, lean)
      p[P.PIN_TENSOR_PARALLEL] = pinned
      if (out[O.STATUS] !== STATUS_DOES_NOT_FIT && out[O.STATUS] !== STATUS_POWER_TOO_LOW)
        out[O.STATUS] = STATUS_UNEVEN_HEADS
      return
    }
    out.fill(0)
    out[O.STATUS] = 1
    return
  }
  if (found && Number.isFinite(found.cost)) {
    out.set(bestOut)
  } else {
    // Nothing meets the targets: the nearest point is the fastest plan at one sequence per stage.
    const batch = p[P.BATCH]!
    p[P.BATCH] = chosen.pipeline
    evaluatePlan(p, chosen, out, lean)
    p[P.BATCH] = batch
    if (out[O.STATUS] !== 1 && out[O.TARGET_UNMET] === 0) out[O.TARGET_UNMET] = 1
  }
  out[O.PLAN_SEARCHED] = 1
  const others = scored
    .filter((s) => s.plan !== chosen)
    // One entry per shape, never the chosen plan's own (a shape is priced once: forEachCandidate).
    .filter(
      (s, i, all) =>
        !(s.plan.tensor === chosen.tensor && s.plan.pipeline === chosen.pipeline) &&
        all.findIndex(
          (o) => o.plan.tensor === s.plan.tensor && o.plan.pipeline === s.plan.pipeline,
        ) === i,
    )
    .sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0))
    .slice(0, RUNNERS_UP)
  const slots = [
    [O.ALT1_TP, O.ALT1_PP, O.ALT1_REPLICAS, O.ALT1_USD_PER_M, O.ALT1_MISSES, O.ALT1_SPLIT],
    [O.ALT2_TP, O.ALT2_PP, O.ALT2_REPLICAS, O.ALT2_USD_PER_M, O.ALT2_MISSES, O.ALT2_SPLIT],
    [O.ALT3_TP, O.ALT3_PP, O.ALT3_REPLICAS, O.ALT3_USD_PER_M, O.ALT3_MISSES, O.ALT3_SPLIT],
  ] as const
  others.forEach((s, i) => {
    const [tp, pp, replicas, cost, misses, split] = slots[i]!
    out[split] = s.split ? 1 : 0
    out[tp] = s.plan.tensor
    out[pp] = s.plan.pipeline
    out[replicas] = s.plan.replicas
    out[cost] = s.cost
    // A requested batch prices plans that miss a target; ranked after those that meet them, they
    // can be cheaper than the plan chosen (deployment.ts says so).
    out[misses] = s.misses ? 1 : 0
  })
}
