/**
 * docs/validation.md, rendered from the engine's validation runs: the published throughput cases
 * (runValidation) and our own H200 measurements (runGpuValidation). Pure: the same inputs and date
 * give the same text, so a test can regenerate it in memory and compare with the committed file.
 */
import {
  API_PRICE_FAR_ABOVE,
  API_PRICES_READ,
  FAMILY_DEFAULTS,
  GPU_RATIO_BAND,
  MEMORY_ENERGY_FIT as ENERGY_FIT,
  SPECULATIVE_RULES,
  SPECULATIVE_SETS,
  speculativeLeverDeltaRows,
  speculativePairs,
  speculativeScenario,
  runScenario,
} from '../../src/engine/index'
import type {
  ApiPriceRow,
  HardwareFamily,
  ErrorStats,
  RegimeStats,
  GpuPeakRow,
  GpuPowerRow,
  GpuTimeRow,
  GpuTimeSummary,
  GpuValidation,
  ValidationRow,
  ValidationSummary,
} from '../../src/engine/index'

import { median } from './bench-report'

export const VALIDATION_DOC_PATH = 'docs/validation.md'

/**
 * The forward test's figures the first time the engine met it (commit a2d9c9f, 2026-12-06), frozen here:
 * once a result has been seen, a later change to the engine can no longer be judged on it blind, so the
 * report keeps the blind figure beside whatever the current engine scores.
 */
export const FORWARD_FIRST_EVALUATION =
  'commit a2d9c9f (2026-12-06), before anything in the engine was changed in view of it: maximum throughput median 10.3 %, 86 % of 49 cases within 1.5×, bias +7.6 %; time per output token median 20.6 % over 60 cases'

/**
 * The kernel-boundary term (physics/kernels.ts, added 2026-12-07): the validation figures just before it, at its
 * first evaluation, and after the one mapping correction made since, kept as they were.
 */
export const KERNEL_BOUNDARY_EVALUATIONS =
  'Kernel boundaries (physics/kernels.ts, added 2026-12-07): a forward pass pays a fixed time at every kernel boundary, about 6 kernels per layer on a tuned stack and 4 more per mixture-of-experts layer, at a time per boundary measured on our H200 (src/engine/validation/fit-kernel.ts), never on these cases; the derates and the energy scale were fitted again with it on the same fitting data. Validation figures kept as they were, as maximum throughput median and share within 1.5×; time per output token median (bias); energy per token median; power per GPU median (bias). Just before it (commit cd8d312): 18.6 %, 88 %; 24.8 % (−23.7 %); 32.0 %; 11.9 % (+0.6 %). First evaluation: 17.9 %, 89 %; 20.8 % (−19.7 %); 22.4 %; 16.5 % (+16.5 %). Two corrections followed, each read from physics, not from these figures. (1) Our H200 cases had been charged the serving stack’s fixed step overhead (1 ms in the new fit), though what they timed was a CUDA-graph replay with no scheduler or sampler in it: 18.2 %, 89 %; 21.6 % (−20.0 %); 23.0 %; 11.4 % (+9.0 %). (2) Boundary time had been counted at static power, so the energy per byte fitted on our H200’s power window rose by a third to make up the power of its boundaries, and a chip without boundaries could then not stream its own bandwidth within its power limit (an H200 at one sequence with them switched off, a TPU v7 at 35 % clock): a boundary lasts microseconds, far shorter than clock and voltage control act on, so the chip now draws its working power through it. With both, the figures are those above. Two caveats: the refit put the step overhead at 1 ms, the top of its grid ({0.1, 0.2, 0.3, 0.5, 1} ms), a bound rather than an optimum, and every pipeline hand-off and draft pass pays it too; and correction (1) was made after the first figures were seen, so the power comparison on our H200 cases is no longer a clean out-of-sample check'

export const KV_COPIES_EVALUATIONS =
  'KV cache copies under tensor-parallel attention (kernel/collectives.ts kvCopies, added 2026-12-07): attention split by query heads over more accelerators than the model has KV heads holds each KV head on several of them (vLLM’s QKVParallelLinear replicas; a multi-head latent attention cache, one latent per token, on every one), and reads every copy; attention run data-parallel holds the cache once. No constant: copies = n ⌈h / n⌉ / h. A mixture of experts spread over its group runs attention as its source states it (serving.attentionParallelism): the ML.ENERGY vLLM runs tensor-parallel (data_parallel 1), the MLPerf DeepSeek-R1 runs data-parallel (enable_attention_dp). The derates did not move (no fitting case has more accelerators than KV heads). Figures as maximum throughput median and share within 1.5×; time per output token median (ML.ENERGY’s); energy per token median. Before (commit 5e342db): 18.6 %, 90 %; 21.2 % (28.7 %); 30.9 %. An exploratory evaluation first applied the copies to every tensor-parallel group whatever its attention: 21.2 %, 84 %; 20.5 % (26.8 %); 29.4 %, the MLPerf v6.0 DeepSeek-R1 runs falling to a quarter of their measured throughput, because they ran attention data-parallel, as their configurations say (read before this evaluation, for their batch caps). A second evaluation mapped attention from a framework rule (vLLM tensor-parallel) that misread the MLPerf system descriptions, which name vLLM for other benchmarks of the same system: 19.6 %, 87 %. The adopted mapping reads each source’s own parallelism fields, fixed from the configurations, not from these errors: 18.6 %, 90 %; 21.0 % (26.8 %); 29.4 %. The exploratory evaluation’s time per output token (20.5 %) was better than the adopted one’s because it also slowed the MLPerf DeepSeek-R1 steps, wrongly'

export const ELEMENTWISE_EVALUATIONS =
  'The residual stream and the logits between the GEMMs (kernel/elementwise.ts, added 2026-12-07): every layer adds and normalises the residual stream twice (vLLM fused_add_rms_norm: read two hidden vectors, write two), and every generated token’s logits are written in float32 and read by the sampler. Tensor parallelism divides none of it (each rank holds every token’s hidden state), so its time per token stays that of one accelerator while the GEMMs’ falls as 1/n. Before, only a mixture of experts’ dispatch was counted there. Physics, no new constant; the derates were fitted again on the same fitting set (Hopper compute 0.55 → 0.6 and memory 0.85 → 0.8, Blackwell compute 0.45 → 0.5, CDNA 4 memory 0.6 → 0.7) and the energy scale on our H200 window (1.374 → 1.494). Figures as maximum throughput median and share within 1.5× (bias); time per output token median (ML.ENERGY’s); energy per token median; the tensor-parallelism lever pairs. Before (commit ae7f1ed): 18.6 %, 90 % (+18.4 %); 21.0 % (26.8 %); 29.4 %; 7.9 %. After, a single evaluation: 17.3 %, 91 % (+16.8 %); 20.7 % (25.2 %); 26.4 %; 6.0 %. What moved the other way: the forward test’s maximum throughput median 10.2 % → 10.4 % (bias +7.4 % → +8.9 %) and the EAGLE-3 pairs 9.4 % → 11.8 %. The ratio still grows with the group (TensorRT-LLM’s Mixtral 8x7B on H100: about 1.0 at TP1 and 1.33 at TP8), so more of that trend is still missing'
export const MLA_KERNELS_EVALUATIONS =
  'The kernels of multi-head latent attention (physics/kernels.ts EXTRA_KERNELS_PER_MLA_LAYER, added 2026-12-07): a DeepSeek-V3/R1 or Kimi K2 layer launches five kernels more than a grouped-query layer in decode (a second query GEMM with an RMSNorm before it, an RMSNorm on the latent, and the two batched GEMMs of the absorbed up-projections; counted in vLLM’s mla.py and its MLA backends), each paying the kernel-boundary time measured on our H200. No constant was fitted, and no fitting case uses latent attention: the calibration reproduced every fitted value unchanged. The idea came from the speculative pairs’ reading above (the MTP step too short), so those pairs judged its motivation and are not a clean test of it; the count itself comes from the source code. Figures as maximum throughput median, share within 1.5× (bias); time per output token median (bias); the forward test’s maximum throughput median (bias); the DeepSeek-R1 regime (nvidia-blackwell/fp4/tp8/moe); the MTP pairs; the experts-touched pairs. Before (commit 8e98110): 18.8 %, 91 % (+18.1 %); 20.8 % (−19.3 %); 17.8 % (+16.9 %); 25.4 %; 36.8 %; 9.6 %. After, a single evaluation: 18.8 %, 91 % (+18.1 %); 20.8 % (−19.2 %); 16.9 % (+15.2 %); 24.2 %; 31.4 %; 9.4 %. Nothing moved the other way; the DeepSeek-R1 runs stay about a quarter optimistic at maximum throughput, where a step’s fixed time is a small share'
export const KEPT_ATTENTION_EVALUATIONS =
  'Attention kept wide in low-bit checkpoints (kernel/replica.ts keptAttentionBits, catalogue field quantizedAttentionFormat, added 2026-12-07): NVIDIA’s recipe for DeepSeek’s NVFP4 checkpoints leaves every attention module unquantized (TensorRT Model Optimizer examples/deepseek/ptq.py, "*attn*" disabled), so MLA keeps the FP8 of the released model; gpt-oss keeps self_attn in BF16 beside its MXFP4 experts (its quantization_config). Those projections are now stored, read and multiplied at that width (precision per operation, issue 14 item 3); the rest of the model at 4 bits. No constant: the formats come from the checkpoints’ recipes, read and mapped before this evaluation; no fitting case is a mixture of experts, and the calibration reproduced every fitted value. This gap was named (engine README, known gaps) after the MLPerf DeepSeek-R1 runs were seen to be optimistic, so those runs, the forward test’s included, judged its motivation and are no longer a blind test of it; the recipe itself was read from NVIDIA’s code, not fitted to them. Figures as maximum throughput median, share within 1.5× (bias); time per output token median (bias); the forward test’s maximum throughput median (bias); the DeepSeek-R1 FP4 regime (nvidia-blackwell/fp4/tp8/moe); energy per token median; the MTP pairs. Before (commit ca0ee25, whose search change moves no validation figure: each case pins its plan): 18.8 %, 91 % (+18.1 %); 20.8 % (−19.2 %); 16.9 % (+15.2 %); 24.2 %; 26.4 %; 31.4 %. After, a single evaluation: 17.3 %, 91 % (+16.8 %); 20.4 % (−18.4 %); 11.1 % (+9.2 %); 11.7 %; 25.6 %; 30.5 %. What moved the other way: gpt-oss-120b’s time per output token on one B200 under vLLM (nvidia-blackwell/fp4/tp1/moe, 11 cases) 18.7 → 20.6 % (bias +1.5 → +4.4 %). Two caveats: the -v2 checkpoints quantize the attention output projection as well, and which checkpoint each MLPerf submitter loaded is not stated in the results, so the default recipe was mapped to all; and the embedding table and LM head, also left wide by both recipes, are still counted at the weights’ format then (the next item counts them as stored)'
export const HEAD_EVALUATIONS =
  'The embedding table and the LM head as checkpoints store them and as a pass reads them (kernel/replica.ts headBits, catalogue field quantizedHeadFormat, added 2026-12-07): quantized checkpoints quantize the linear layers inside the blocks and keep both ends in BF16 (TensorRT Model Optimizer disables every "*lm_head*" quantizer and gives nn.Embedding none; llm-compressor’s recipes ignore lm_head; DeepSeek-V3’s FP8 and gpt-oss’s MXFP4 releases store both in BF16; our own H200 script kept lm_head in BF16 too). They are now stored at that width, the LM head read and multiplied at it; and a pass no longer streams the embedding table, of which a lookup reads only its tokens’ rows (engine-model.md §3 had counted the whole table in the weights read, 1.05 GB per Llama 3.1 8B step in BF16, 0.5 GB in FP8). Physics, no constant: the recipes were read before this evaluation; the derates were fitted again on the same fitting set (memory shares Hopper 0.8 → 0.75, Blackwell 0.55 → 0.5, Ampere 0.9 → 0.8 with its compute 0.7 → 0.75, overlap loss 0.5 → 0.25; step overhead still 1 ms) and the energy scale on our H200 window (1.494 → 1.487); in-sample error 4.9 % → 4.4 %. Figures as maximum throughput median, share within 1.5× (bias); time per output token median (bias); the forward test’s maximum throughput median (bias); energy per token median; power per GPU median (bias). Before (commit b77d33d): 17.3 %, 91 % (+16.8 %); 20.4 % (−18.4 %); 11.1 % (+9.2 %); 25.6 %; 11.8 % (−3.7 %). After, a single evaluation: 16.8 %, 91 % (+16.6 %); 19.7 % (−16.9 %); 9.7 % (+5.5 %); 24.7 %; 11.4 % (−6.4 %). What moved the other way: the EAGLE-3 tokens-verified pairs 11.8 → 16.3 % (above the 12 % target), the published batch pairs 9.4 → 10.3 %, our H200 batch pairs 4.5 → 8.6 % and context pairs 3.6 → 4.9 %, the published context pairs 4.3 → 5.7 %, the MTP pairs 30.5 → 31.5 %, the experts-touched pairs 9.3 → 10.0 %, nvidia-hopper/fp8/tp1/moe 16.9 → 22.0 %, and the held-out family 51.4 → 52.1 %. The lower memory shares slow every pass that streams weights, draft passes included: the likeliest reason the pairs moved, not checked case by case. Before this, one calibration only (no validation run): the step overhead’s grid widened to 5 ms because the fit sat at its top (1 ms); the fit went to 5 ms, the new top, for an in-sample gain of 0.1 point, so maximum-throughput cases do not identify a fixed time per step, and the grid was put back unread. A review of the change then found each draft pass reading one layer’s share of the LM head on top of the whole head (a slip older than this change, which made it larger at 4 bits); mended (kernel/decode.ts draftWeightBytes), the EAGLE-3 paper’s pairs went 16.3 → 16.6 % and nothing else moved'
export const EXPERT_RANK_EVALUATIONS =
  'The busiest rank’s experts under expert parallelism (physics/routing.ts busiestRankTouchedExperts, kernel/replica.ts weightsReadTimeWith, added 2026-12-08): with the routed experts spread over r ranks, a decode step’s expert layer lasts as long as the rank that streams the most touched experts. Each of a rank’s E/r experts is touched with the probability the step’s tokens give (touched / E), so the count on one rank is close to binomial and the busiest of r is its mean plus Blom’s z for the largest of r draws times its spread (the same order statistic as the compute imbalance the engine already counted); the memory roof’s time counts r × that rank’s experts, the bytes moved (energy) stay those touched. It vanishes once a step touches every expert (large batches, prefill) and on one rank. Uniform routing, so a floor; no constant. With it, spreading the experts can cost more than splitting them at small batches, so the deployment search now tries both placements on every plan of a mixture of experts (deployment.expertParallel left out; kernel/plan.ts evaluatePlan), as it tries both attentions; measured cases keep the placement their sources ran. Not a blind test: the term was proposed after the serving-curve errors of mixtures of experts at small batches (bias −33.6 %) were seen, and a research helper evaluated it on 2026-12-07 before it was landed; the figures are that evaluation’s, reproduced unchanged when it landed. Figures as maximum throughput median, share within 1.5× (bias); time per output token median (bias); energy per token median; power per GPU median (bias); the experts-touched pairs; the small-batch band of mixtures of experts (accuracyFor, 16 or fewer sequences). Before (commit 173a3b2): 16.8 %, 91 % (+16.6 %); 19.7 % (−16.9 %); 24.7 %; 11.4 % (−6.4 %); 10.0 %; 33.6 %. After: 16.8 %, 91 % (+16.6 %); 19.2 % (−15.9 %); 23.4 %; 10.7 % (−6.8 %); 8.2 %; 24.3 %. What moved the other way: the ML.ENERGY weight-format pairs 29.8 → 31.0 %, and the time per output token of nvidia-blackwell/bf16/tp4/moe 17.5 → 22.9 %. Costs move where the search had spread experts at small batches: DeepSeek-V3 FP8 on H200 (chat, the golden case) now splits them over TP8, $3.96 → $4.03 per million, where spread they would cost $5.41. A review then found that where the ranks do not divide the experts some hold one more, and those set the pace even when every expert is touched (Llama 4 Maverick’s 128 over 99 ranks: 198 experts’ worth of time); the busiest rank now holds ⌈E/r⌉ (physics/routing.ts fullestRanks). Every measured case spreads its experts over a group that divides them, so no figure above moved'
export const DATA_PARALLEL_ATTENTION_EVALUATIONS =
  'What data-parallel attention costs, and the choice between the two (kernel/collectives.ts dataParallelRanks, kernel/plan.ts evaluatePlan, added 2026-12-07): every rank holds and reads its own copy of the layers beside the routed experts (TensorRT-LLM’s parallelism guide: under attention data parallelism “all GEMM weights are replicated on every GPU”), a sequence’s attention and those layers run on one rank (a step of fewer sequences than ranks waits for the busiest), no all-reduce runs (only the experts’ all-to-all), and the ranks wait at every expert layer for the one running a step’s prompt. serving.attentionParallelism "auto" (the new default) evaluates each plan both ways and keeps the cheaper; the measured cases keep the attention their sources ran. Physics, no constant; the derates did not move (no fitting case spreads experts). Figures as maximum throughput median and share within 1.5× (bias); time per output token median; the forward test’s maximum throughput median (bias); the DeepSeek-R1 regime (nvidia-blackwell/fp4/tp8/moe, data-parallel attention in every case). Before (commit a38794a): 17.3 %, 91 % (+16.8 %); 20.7 %; 10.4 % (+8.9 %); 9.7 %. Two exploratory evaluations came first. Without the ranks’ wait for a step’s prompt: 19.4 %, 91 %; 21.1 %; 20.8 %; 32.0 %. The same with the attention all-reduces still charged, which no data-parallel stack runs: 17.0 %, 91 %; 20.7 %; 10.0 %; 7.6 %: the old figures were right partly because that charge stood in for costs the engine did not count, so it was not kept. The wait for a step’s prompt was then written from the ranks’ synchronisation at every expert layer, after those two were seen, and evaluated once: 18.8 %, 91 % (+18.1 %); 20.8 %; 17.8 % (+16.9 %); 25.4 %. The MLPerf DeepSeek-R1 runs stay about a quarter optimistic; what is still missing there: NVFP4 checkpoints keep attention and the dense layers at 8 or 16 bits (the engine reads the replicated copies at 4), TensorRT-LLM’s all-gather and reduce-scatter around the experts on an eight-GPU server, and the balancing its scheduler may do (attention_dp_config)'

/** The fitted step overhead when the speculative pairs were first read (2026-12-06), s. */
const STEP_OVERHEAD_AT_FIRST_READING_S = 0.0003

/** The one line that changes from run to run; the up-to-date test ignores it. */
export const GENERATED_LINE_PREFIX = '_Generated by `npm run validate`'

const GPU_DATA_LINK = '../data/gpu-calibration/h200-2026-11-27.json'
const GPU_METHOD_LINK = '../scripts/gpu/README.md'

// ------------------------------------------------------------------------------------------------
// Formatting
// ------------------------------------------------------------------------------------------------

/** Three significant figures, thousands separated, no exponent. */
export function num(x: number): string {
  if (!Number.isFinite(x)) return String(x)
  const a = Math.abs(x)
  if (a >= 100) return Math.round(x).toLocaleString('en-US')
  if (a >= 10) return x.toFixed(1)
  if (a >= 1) return x.toFixed(2)
  if (a === 0) return '0'
  return x.toPrecision(3)
}

const ratio = (x: number): string => x.toFixed(2)
const signedPct = (x: number): string => `${x < 0 ? '−' : '+'}${Math.abs(x).toFixed(1)} %`
const pct = (x: number): string => `${Math.round(x * 100)} %`
const band = (b: readonly [number, number]): string => `${b[0]}–${b[1]}×`

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(cell).join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

// ------------------------------------------------------------------------------------------------
// Sections
// ------------------------------------------------------------------------------------------------

function findRow(rows: readonly GpuTimeRow[], id: string): GpuTimeRow | undefined {
  return rows.find((r) => r.id === id)
}

function groupOf(gpu: GpuValidation, label: string): GpuTimeSummary | undefined {
  return gpu.groups.find((g) => g.label === label)
}

const pctOf = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(1)} %` : '—')
const signedOf = (x: number): string => (Number.isFinite(x) ? signedPct(x) : '—')
const shareOf = (x: number): string => (Number.isFinite(x) ? pct(x) : '—')

function statsCells(s: ErrorStats): string[] {
  return [
    String(s.count),
    pctOf(s.medianAbsErrorPct),
    pctOf(s.p90AbsErrorPct),
    shareOf(s.withinFactorShare),
    signedOf(s.signedBiasPct),
  ]
}

const STATS_HEADER = [
  'cases',
  'median error',
  'P90 error',
  'within 1.5×',
  'signed bias (median)',
] as const

function regimeTable(rows: readonly RegimeStats[]): string {
  return table(
    ['regime (family/format/parallelism/dense-MoE)', ...STATS_HEADER],
    rows.map((r) => [r.regime, ...statsCells(r)]),
  )
}

/**
 * The same engine against two MLPerf rounds of the same model on the same hardware family: what moved is the
 * submitters' software, not the engine. Said beside the forward figure so a low error there is not read as
 * the engine having improved.
 */
function roundContrast(rows: readonly ValidationRow[]): string {
  const of = (round: string) =>
    rows.filter(
      (r) =>
        r.id.startsWith(`mlperf-${round}-`) &&
        r.id.includes('deepseek-r1') &&
        r.regime === 'nvidia-blackwell/fp4/tp8/moe' &&
        Number.isFinite(r.ratio),
    )
  const [earlier, later] = [of('v5-1'), of('v6-0')]
  if (earlier.length === 0 || later.length === 0) return ''
  const med = (xs: readonly ValidationRow[]) => median(xs.map((r) => r.ratio))
  return (
    `Read it with this beside it: on DeepSeek-R1 FP4 over 8 Blackwell GPUs the engine is ${ratio(med(earlier))}× the ` +
    `measured throughput of the v5.1 runs (median of ${earlier.length}) and ${ratio(med(later))}× that of the v6.0 runs ` +
    `(${later.length}); the engine gives both rounds about the same figure, so what closed the gap is the submitters’ ` +
    'software, and many v6.0 entries rerun one vendor configuration under other names: fewer independent points than cases.'
  )
}

function leadSection(v: ValidationSummary): string {
  const m = v.measured
  const t = m.throughputValidation
  const levers = m.levers.filter((l) => l.count > 0)
  return [
    '## Accuracy to expect (validation set: measurements the calibration never saw)',
    '',
    `${m.caseCount} measured cases over ${m.families.length} hardware families (${m.families.join(', ')}) and ` +
      `${m.models.length} models (${m.models.join(', ')}); ${m.fitCount} fit the derates, ${m.validationCount} judge the engine.`,
    '',
    `**Split rule** (recorded in \`src/engine/validation/measured.json\` before any error was computed): ${m.splitRule}`,
    '',
    `- **Maximum throughput, validation set:** median error ${pctOf(t.medianAbsErrorPct)}, P90 ${pctOf(t.p90AbsErrorPct)}, ` +
      `${shareOf(t.withinFactorShare)} of ${t.count} cases within 1.5×, signed bias ${signedOf(t.signedBiasPct)} ` +
      '(above 0: the engine is optimistic). Targets of issue 14: median ≤ 15 %, ≥ 90 % within 1.5×.',
    `- **A family the calibration never saw** (${m.heldOutFamily}, held out whole): median error ` +
      `${pctOf(m.throughputHeldOut.medianAbsErrorPct)} over ${m.throughputHeldOut.count} maximum-throughput cases, signed bias ` +
      `${signedOf(m.throughputHeldOut.signedBiasPct)}; dense models ${pctOf(m.throughputHeldOutByKind.dense.medianAbsErrorPct)} ` +
      `(${m.throughputHeldOutByKind.dense.count}), mixtures of experts ${pctOf(m.throughputHeldOutByKind.moe.medianAbsErrorPct)} ` +
      `(${m.throughputHeldOutByKind.moe.count}). A family with no measurement at all (Groq, Cerebras, Trainium, ` +
      'Inferentia, Gaudi, Rubin) is never given a smaller error band than the held-out family’s on dense models ' +
      '(its few MoE cases, MLPerf Mixtral runs, measure the MoE gap every family shares more than the move to a ' +
      'new family; the nearest measured MoE regime carries that gap).',
    `- **Time per output token on serving curves:** median error ${pctOf(m.tpot.medianAbsErrorPct)} over ${m.tpot.count} cases, ` +
      `signed bias ${signedOf(m.tpot.signedBiasPct)} (below 0: the engine predicts shorter steps than measured). Target: median ≤ 20 %. ` +
      `By source: ${m.tpotBySource.map((s) => `${s.source} ${pctOf(s.stats.medianAbsErrorPct)} (${s.stats.count}, bias ${signedOf(s.stats.signedBiasPct)})`).join('; ')}.`,
    `- **Forward test** (${m.forward.round}, published in May 2026 and first read here on 2026-12-06, after the fit: every case ` +
      'validation, none seen by the fit; the mappings of the new parts were written before any engine error on them was computed): maximum throughput median error ' +
      `${pctOf(m.forward.throughput.medianAbsErrorPct)}, P90 ${pctOf(m.forward.throughput.p90AbsErrorPct)}, ` +
      `${shareOf(m.forward.throughput.withinFactorShare)} of ${m.forward.throughput.count} cases within 1.5×, signed bias ` +
      `${signedOf(m.forward.throughput.signedBiasPct)}; time per output token median ${pctOf(m.forward.tpot.medianAbsErrorPct)} ` +
      `over ${m.forward.tpot.count} cases, bias ${signedOf(m.forward.tpot.signedBiasPct)}. By regime in ` +
      '“Forward test” below. These cases are in the validation figures above too; without them the validation ' +
      `median is ${pctOf(m.forward.throughputValidationWithout.medianAbsErrorPct)} over ${m.forward.throughputValidationWithout.count} cases. ` +
      `First evaluation, kept as it was: ${FORWARD_FIRST_EVALUATION}. ${roundContrast(v.rows)}`,
    `- **Energy per output token** (GPU energy, ML.ENERGY v3.0 on H100 and B200 under vLLM): median error ` +
      `${pctOf(m.energy.medianAbsErrorPct)} over ${m.energy.count} cases, ${shareOf(m.energy.withinFactorShare)} within 1.5×, ` +
      `signed bias ${signedOf(m.energy.signedBiasPct)} (below 0: the engine counts less energy than measured). ` +
      `**Power per GPU** on the same runs: median error ${pctOf(m.power.medianAbsErrorPct)}, bias ${signedOf(m.power.signedBiasPct)}.`,
    `- **Lever deltas** (pairs of measurements that differ in one thing): ${levers
      .map((l) => `${l.lever} ${pctOf(l.medianAbsErrorPct)} (${l.count} pairs, ${l.origin})`)
      .join('; ')}.${missingLeverPairs(m.levers)} Target: median ≤ 12 %.`,
    `- **In-sample (fitting set):** median error ${pctOf(m.throughputFit.medianAbsErrorPct)} over ${m.throughputFit.count} cases: ` +
      'what the fit can reproduce, not what to expect elsewhere.',
    `- **${KERNEL_BOUNDARY_EVALUATIONS.split(' (')[0]}**${KERNEL_BOUNDARY_EVALUATIONS.slice(KERNEL_BOUNDARY_EVALUATIONS.indexOf(' ('))}.`,
    `- **${KV_COPIES_EVALUATIONS.split(' (')[0]}**${KV_COPIES_EVALUATIONS.slice(KV_COPIES_EVALUATIONS.indexOf(' ('))}.`,
    `- **${ELEMENTWISE_EVALUATIONS.split(' (')[0]}**${ELEMENTWISE_EVALUATIONS.slice(ELEMENTWISE_EVALUATIONS.indexOf(' ('))}.`,
    `- **${DATA_PARALLEL_ATTENTION_EVALUATIONS.split(' (')[0]}**${DATA_PARALLEL_ATTENTION_EVALUATIONS.slice(DATA_PARALLEL_ATTENTION_EVALUATIONS.indexOf(' ('))}.`,
    `- **${MLA_KERNELS_EVALUATIONS.split(' (')[0]}**${MLA_KERNELS_EVALUATIONS.slice(MLA_KERNELS_EVALUATIONS.indexOf(' ('))}.`,
    `- **${KEPT_ATTENTION_EVALUATIONS.split(' (')[0]}**${KEPT_ATTENTION_EVALUATIONS.slice(KEPT_ATTENTION_EVALUATIONS.indexOf(' ('))}.`,
    `- **${HEAD_EVALUATIONS.split(' (')[0]}**${HEAD_EVALUATIONS.slice(HEAD_EVALUATIONS.indexOf(' ('))}.`,
    `- **${EXPERT_RANK_EVALUATIONS.split(' (')[0]}**${EXPERT_RANK_EVALUATIONS.slice(EXPERT_RANK_EVALUATIONS.indexOf(' ('))}.`,
    '',
    'Every result carries `accuracy: { relativeError, basis }` from `accuracyFor(regimeKey, batch)` ' +
      '(src/engine/validation/accuracy.ts): the validation median error of the nearest regime below, ' +
      'and for a family without validation cases no less than the held-out family’s dense-model error. ' +
      `At ${m.tpotSmallBatch.maxBatch} or fewer sequences per replica it is no less than the time-per-token ` +
      `error of serving-curve validation cases at such a batch: ${pctOf(m.tpotSmallBatch.dense.medianAbsErrorPct)} ` +
      `for dense models (${m.tpotSmallBatch.dense.count} cases), ${pctOf(m.tpotSmallBatch.moe.medianAbsErrorPct)} ` +
      `for mixtures of experts (${m.tpotSmallBatch.moe.count} cases, signed bias ${signedOf(m.tpotSmallBatch.moe.signedBiasPct)}: ` +
      'the engine’s small-batch steps are too short, most of all for mixtures of experts under vLLM).',
  ].join('\n')
}

function regimeSection(v: ValidationSummary): string {
  const m = v.measured
  return [
    '## 1. Maximum throughput: validation error per regime',
    '',
    'Output tokens/s per accelerator at maximum batch, engine ÷ measured. Error = |engine ÷ measured − 1|; ' +
      'signed bias = median of (engine ÷ measured − 1). Only validation cases. TensorRT-LLM’s published tables ' +
      'are finite runs (a listed number of requests of fixed lengths, all queued at once, over the whole run): ' +
      'the engine serves them in rounds of the batch the memory holds, the last round at its own, smaller batch ' +
      '(assumption "trtllm-run"; src/engine/validation/evaluate.ts).',
    '',
    regimeTable(m.throughputValidationByRegime),
    '',
    `### 1b. Forward test: ${m.forward.round}`,
    '',
    `Every maximum-throughput case of ${m.forward.round} (MLPerf Offline runs), by regime. These results were ` +
      'published in May 2026 and first read here on 2026-12-06, after the fit; the rule that makes them validation, ' +
      'and the mapping of their new parts, were written before the first of them was evaluated. Four Cisco runs ' +
      'joined after the first evaluation (a review found the extractor had missed their configuration folder), ' +
      'evaluated by the same, unchanged engine. New parts appear here as the catalogue ' +
      'part they are closest to, with the differences the source states (assumptions "b300-hgx", ' +
      '"mi355x-power-cap" in §5).',
    '',
    regimeTable(m.forward.throughputByRegime),
    '',
    '## 2. Time per output token on serving curves (validation)',
    '',
    'MLPerf Server and Interactive runs and TensorRT-LLM serving sweeps: the mean time per output token at the ' +
      "load the source reports, the engine run at the concurrency Little's law gives (requests per second × mean " +
      'request latency). The ML.ENERGY v3.0 sweeps (vLLM, max_num_seqs from 8 up): the average running batch ÷ the ' +
      'output tokens/s, the engine run at that batch. Engine = `latency.tpotSeconds`.',
    '',
    regimeTable(m.tpotByRegime),
    '',
    table(
      ['source', 'cases', 'median error', 'P90 error', 'within 1.5×', 'signed bias (median)'],
      m.tpotBySource.map((s) => [
        s.source,
        String(s.stats.count),
        pctOf(s.stats.medianAbsErrorPct),
        pctOf(s.stats.p90AbsErrorPct),
        shareOf(s.stats.withinFactorShare),
        signedOf(s.stats.signedBiasPct),
      ]),
    ),
    '',
    '## 2b. Energy and power under load (validation)',
    '',
    'The ML.ENERGY Leaderboard v3.0 (github.com/ml-energy/leaderboard public/data, read by ' +
      '`data/measured/extract_mlenergy.py`): steady-state GPU energy from NVML counters (Zeus) per output token and ' +
      'average GPU power, vLLM on H100 80GB (700 W) and B200 (1,000 W), at each max_num_seqs of the sweep. Engine = ' +
      '`energyPerToken.byBoundary.chip` (the chip boundary: what a GPU counter sees, no host, no facility) and ' +
      '`power.chipWattsPerAccelerator`, at the run’s average batch. Energy per token is power × time ÷ tokens, so its ' +
      'error is the power error and the time error together.',
    '',
    '**Energy per output token**',
    '',
    regimeTable(m.energyByRegime),
    '',
    '**Power per GPU**',
    '',
    regimeTable(m.powerByRegime),
    '',
    '## 3. Lever deltas: what a change does on real silicon',
    '',
    'Pairs of measured cases that differ in one thing only; error = engine ratio ÷ measured ratio − 1. ' +
      'MLPerf pairs keep to one submitter and one round: a weight-format pair that crossed both (a v5.1 AMD FP4 ' +
      'run against a v6.0 Dell_MangoBoost FP8 run of MI355X, engine ratio 0.58 against measured 1.05, error −45 %) ' +
      'appeared when v6.0 joined and was removed by that rule after it had been evaluated.',
    '',
    table(
      ['lever', 'pairs from', 'pairs', 'median error', 'P90 error', 'signed bias (median)'],
      m.levers.map((l) =>
        l.count === 0
          ? [l.lever, '—', '0', 'no measured pair', '—', '—']
          : [
              l.lever,
              l.origin,
              String(l.count),
              pctOf(l.medianAbsErrorPct),
              pctOf(l.p90AbsErrorPct),
              signedOf(l.signedBiasPct),
            ],
      ),
    ),
    '',
    ...mlEnergyFormatNote(m.levers),
    ...speculativeNote(m.levers),
    'Power limit: the pairing rule was tightened after its first evaluation on 2026-12-06. That evaluation paired ' +
      'the H200 MaxQ llama2-70b run with NVIDIA’s CTS system (another thermal design, at 1,000 W) instead of the ' +
      'same system at full power: measured ratio 0.725, engine 0.873, error +20.4 %. A power-limit pair is now the ' +
      'same system description apart from its power marker (_MaxQ, _Power_Cap_<n>W).',
    '',
    '<details><summary>Every lever pair</summary>',
    '',
    table(
      ['lever', 'pairs from', 'change', 'from', 'to', 'measured ratio', 'engine ratio', 'error'],
      m.levers.flatMap((l) =>
        l.rows.map((r) => [
          l.lever,
          r.origin,
          r.change,
          r.from,
          r.to,
          ratio(r.measuredRatio),
          ratio(r.predictedRatio),
          signedPct(r.errorPct),
        ]),
      ),
    ),
    '',
    '</details>',
    '',
    '## 4. In-sample: the fitting set',
    '',
    'The cases the derates were fitted on (`npm run calibrate`). Small errors here say the fit converged, nothing more.',
    '',
    'Three fitting cases were remapped on 2026-12-06, each to the power its source states: NVIDIA’s v4.1 H200 ' +
      'MaxQ llama2-70b Offline run to the 500 W limit its configuration sets on every GPU (assumption ' +
      '"nvidia-maxq-power-limit"; its three MaxQ siblings are validation cases), and the two H200 CTS llama2-70b ' +
      'Offline runs to the 1,000 W their system descriptions state (assumption "nvidia-h200-cts-1000w"; their two ' +
      'Server siblings are validation cases). All had been mapped to the 700 W part. A review of the validation ' +
      'outliers found the first (the MaxQ Mixtral run was 1.54× the measurement), a review of that change the ' +
      'second; the fit was run again after each and gave the same derates.',
    '',
    regimeTable(m.throughputFitByRegime),
  ].join('\n')
}

/**
 * What the ML.ENERGY weight-format pairs say, in numbers from the rows: under vLLM, FP8 gave back little of the
 * time the engine's tuned stack expects from halving the weight bytes.
 */
function mlEnergyFormatNote(levers: ValidationSummary['measured']['levers']): string[] {
  const rows = levers
    .filter((l) => l.lever === 'weight format' && l.origin.includes('ML.ENERGY'))
    .flatMap((l) => l.rows)
  if (rows.length === 0) return []
  const measured = rows.map((r) => r.measuredRatio)
  const engine = rows.map((r) => r.predictedRatio)
  const models = [
    ...new Set(rows.map((r) => r.change.split(', ')[1]?.split(' on ')[0] ?? '')),
  ].join(', ')
  return [
    `The ML.ENERGY weight-format pairs (${models}, BF16 → FP8 at the same GPUs and max_num_seqs under vLLM): ` +
      `measured FP8 time per token ${ratio(Math.min(...measured))}–${ratio(Math.max(...measured))}× the BF16 one, ` +
      `the engine ${ratio(Math.min(...engine))}–${ratio(Math.max(...engine))}×. The tuned stack the engine assumes ` +
      'turns halved weight bytes into time; vLLM’s block-FP8 mixture-of-experts kernels gave back little of it ' +
      '(at small batches FP8 was slower). A software-maturity gap, not a new constant: reported, not fitted.',
    '',
  ]
}

/** " No measured pair yet for …." for the lever kinds without one, or nothing. */
function missingLeverPairs(levers: ValidationSummary['measured']['levers']): string {
  const missing = levers.filter((l) => l.count === 0).map((l) => l.lever)
  return missing.length === 0 ? '' : ` No measured pair yet for ${missing.join(' or ')}.`
}

/** Median |error| of lever rows, percent. */
function medianAbsError(rows: readonly { readonly errorPct: number }[]): number {
  return median(rows.map((r) => Math.abs(r.errorPct)))
}

/**
 * The published speculative-decoding pairs (src/engine/validation/speculative-pairs.json): where they come
 * from, the rules that picked them, what they show, and how much the lengths assumed for MT-bench move them.
 */
function speculativeNote(levers: ValidationSummary['measured']['levers']): string[] {
  const rows = levers.filter((l) => l.lever === 'tokens verified per step').flatMap((l) => l.rows)
  if (rows.length === 0) return []
  const byHead = (head: string) => rows.filter((r) => r.change.startsWith(`${head},`))
  const describe = (head: string): string => {
    const of = byHead(head)
    const measured = of.map((r) => r.measuredRatio)
    const engine = of.map((r) => r.predictedRatio)
    return (
      `${head} (${of.length} pairs): measured ${ratio(Math.min(...measured))}–${ratio(Math.max(...measured))}×, ` +
      `engine ${ratio(Math.min(...engine))}–${ratio(Math.max(...engine))}×, median error ${pctOf(medianAbsError(of))}`
    )
  }
  const heads = [...new Set(rows.map((r) => r.change.split(',')[0]!))]
  const assumedLengths = SPECULATIVE_SETS.filter((set) =>
    set.assumptions.some((a) => a.startsWith('MT-bench lengths')),
  )
  const lengthChecks = assumedLengths.map((set) => {
    const pairs = speculativePairs([set])
    const at = (lengthScale: number) =>
      pctOf(medianAbsError(speculativeLeverDeltaRows(pairs, { lengthScale })))
    return (
      `${set.id}: median error ${at(1)} at the assumed ${set.inputTokens}/${set.outputTokens} tokens, ` +
      `${at(0.5)} at half and ${at(2)} at twice those lengths`
    )
  })
  // Acceptance the sources do not state for these runs (borrowed from another stack): ±10 % on the accepted drafts.
  const borrowedAcceptance = SPECULATIVE_SETS.filter((set) =>
    set.assumptions.some((a) => a.startsWith('The source states no acceptance length')),
  )
  const acceptanceChecks = borrowedAcceptance.flatMap((set) =>
    [...new Set(speculativePairs([set]).map((p) => p.head))].map((head) => {
      const pairs = speculativePairs([set]).filter((p) => p.head === head)
      const at = (acceptanceScale: number) =>
        pctOf(medianAbsError(speculativeLeverDeltaRows(pairs, { acceptanceScale })))
      return `${head}: ${at(1)} as assumed, ${at(0.9)} and ${at(1.1)} with 10 % fewer or more accepted drafts`
    }),
  )
  // Where a source gives the run without speculation in absolute terms: its step against the engine's.
  const baselines = SPECULATIVE_SETS.flatMap((set) => {
    const first = speculativePairs([set])[0]
    if (!set.baseline || !first) return []
    const outcome = runScenario(speculativeScenario(first, false))
    if (!outcome.ok) return []
    const engineMs = outcome.result.latency.tpotSeconds * 1000
    const measuredMs = 1000 / set.baseline.measured
    return [
      `${set.model} at ${set.baseline.batch} request on ${set.accelerators}× ${set.hardware} without speculation: ` +
        `a decode step of ${measuredMs.toFixed(1)} ms measured (${set.baseline.measured} tokens/s per user), ` +
        `${engineMs.toFixed(1)} ms in the engine`,
    ]
  })
  return [
    'Tokens verified per step: published runs with and without speculative or multi-token decoding, transcribed ' +
      'with their sources into `src/engine/validation/speculative-pairs.json` and mapped before the engine was run ' +
      'on them (first evaluation 2026-12-06, kept as it was: nothing their figures depend on was changed in view of ' +
      'them; the adaptive draft choice was mended after a review compared it with these runs, but the pairs run ' +
      'the fixed draft). ' +
      `Rules: ${SPECULATIVE_RULES.join(' ')}`,
    '',
    `By draft head: ${heads.map(describe).join('; ')}. Lengths the sources do not state: ${lengthChecks.join('; ')}. ` +
      `Acceptance the sources do not state (borrowed from vLLM #20780), median error by head: ${acceptanceChecks.join('; ')}.`,
    '',
    'Reading of 2026-12-06, when these pairs were first evaluated (reported, not fitted): with the EAGLE-3 head the engine follows the measured fall of the ' +
      'speedup with the batch; with the weaker EAGLE head it keeps a speedup where SGLang measured none from batch ' +
      '16 up; and on DeepSeek-R1 at one request on 8 B200s it gives less than the measured MTP speedup and loses ' +
      'it faster with each drafted token than the measured runs did. The absolute figures said why: without ' +
      'speculation a decode step of 9.0 ms measured, 1.8 ms in the engine then. A step at one request there is ' +
      'mostly fixed latency (kernels and all-reduces layer after layer), of which the engine had far too little (one ' +
      'fitted step overhead and the collectives’ latency), so each draft pass (a layer’s share of the experts the ' +
      'verified tokens touch, the LM head and that overhead) weighed on a step several times too short. The mapping ' +
      'adds a smaller gap: the source ran attention and the MTP layers in bf16 beside nvfp4 FFN weights, the engine ' +
      'runs the whole model in fp4, so it under-reads those weights (by a rough estimate about 0.5 ms). A per-layer ' +
      'latency was the physics to add next; set in view of these pairs, they would have become in-sample for it.',
    '',
    'Since 2026-12-07 the engine counts kernel boundaries layer after layer (physics/kernels.ts), their time ' +
      'measured on our H200, not on these pairs, and the refit that came with them raised the step overhead to 1 ms. ' +
      `The absolute figures now: ${baselines.join('; ')}. About ` +
      `${((FAMILY_DEFAULTS['nvidia-blackwell'].stepOverheadSeconds - STEP_OVERHEAD_AT_FIRST_READING_S) * 1e3).toFixed(1)} ms ` +
      'of the change comes from the step overhead (0.3 ms at the first reading), the rest from the boundaries; the ' +
      'step is still short of the measured one. Since the evening of 2026-12-07 the count includes the five kernels ' +
      'multi-head latent attention adds to a layer (physics/kernels.ts, counted in vLLM’s source, not from these pairs); ' +
      'the shared experts run on a second stream beside the routed ones and add none. The rest of the gap is still ' +
      'unexplained: copies and concatenations around the latent projections, the router’s grouped top-k, and the ' +
      'attention and MTP layers the source kept at bf16 are the candidates.',
    '',
  ]
}

function caseTable(rows: readonly ValidationRow[]): string {
  return table(
    ['case', 'role', 'regime', 'what was measured', 'mapping', 'measured', 'engine', 'ratio'],
    rows.map((r) => [
      r.id,
      r.role,
      r.regime,
      r.description,
      r.mapping,
      num(r.measured),
      r.refusal ? `refused: ${r.refusal}` : num(r.predicted),
      Number.isFinite(r.ratio) ? ratio(r.ratio) : '—',
    ]),
  )
}

function publishedSection(v: ValidationSummary): string {
  const bySource = new Map<string, string[]>()
  for (const r of [
    ...v.rows,
    ...v.measured.tpotRows,
    ...v.measured.energyRows,
    ...v.measured.powerRows,
  ])
    bySource.set(r.source, [...(bySource.get(r.source) ?? []), r.id])
  return [
    '## 5. Every case',
    '',
    'From `src/engine/validation/measured.json` (built by `data/measured/build_measured.py` from the MLPerf logs in ' +
      '`data/measured/mlperf-llm.json`, the MLPerf submissions’ configuration files in ' +
      '`data/measured/mlperf-configs.json` (the replica and batch cap of the Llama 3.1 and DeepSeek-R1 runs) and the ' +
      'TensorRT-LLM tables in `data/measured/trtllm-perf-overview-v0.17.md`; each MLPerf case runs at its dataset’s ' +
      'mean prompt and the spread of its reference outputs; the ML.ENERGY v3.0 configurations in ' +
      '`data/measured/mlenergy-v3.json`; results read but left out, with the reason: ' +
      '`data/measured/excluded.json`).',
    '',
    '<details><summary>Maximum throughput (tokens/s per accelerator)</summary>',
    '',
    caseTable(v.rows),
    '',
    '</details>',
    '',
    '<details><summary>Time per output token (s)</summary>',
    '',
    caseTable(v.measured.tpotRows),
    '',
    '</details>',
    '',
    '<details><summary>Energy per output token (J, chip boundary)</summary>',
    '',
    caseTable(v.measured.energyRows),
    '',
    '</details>',
    '',
    '<details><summary>Power per accelerator (W, chip)</summary>',
    '',
    caseTable(v.measured.powerRows),
    '',
    '</details>',
    '',
    '<details><summary>Sources</summary>',
    '',
    ...[...bySource].map(
      ([source, ids]) => `- ${source}: ${ids.length} case${ids.length === 1 ? '' : 's'}`,
    ),
    '',
    '</details>',
  ].join('\n')
}

function derateSection(gpu: GpuValidation): string {
  const families = Object.keys(FAMILY_DEFAULTS) as HardwareFamily[]
  const rows = families.map((family) => {
    const f = FAMILY_DEFAULTS[family]
    const basis = f.sources.computeEfficiency
    return [
      family,
      f.computeEfficiency.toFixed(2),
      f.memoryEfficiency.toFixed(2),
      f.communicationEfficiency.toFixed(2),
      (f.stepOverheadSeconds * 1000).toFixed(2),
      f.overlapLoss.toFixed(2),
      (f.collectiveLatencySeconds * 1e6).toFixed(0),
      `${basis?.source ?? ''} (${basis?.grade ?? '?'})`,
    ]
  })
  return [
    '## 6. Family derates in use',
    '',
    'Achieved shares of the datasheet peaks, set once per hardware family in ' +
      '`src/engine/catalog/families.ts` (`FAMILY_DEFAULTS`) and used for every scenario on that family unless the ' +
      'scenario overrides `efficiency`. Section 5 compares them with what we measured on the H200 ' +
      `(${gpu.hardwareName}: compute ${gpu.derates.compute}, memory ${gpu.derates.memory}). ` +
      'The overlap loss is the share of the shorter of a linear kernel’s compute and memory time that it does not ' +
      'hide behind the longer (`src/engine/physics/roofline.ts`): 0 is the ideal roofline, 1 no overlap.',
    '',
    table(
      [
        'family',
        'compute',
        'memory',
        'communication',
        'step overhead (ms)',
        'overlap loss',
        'collective latency (µs)',
        'basis (grade)',
      ],
      rows,
    ),
  ].join('\n')
}

/**
 * What the boundary-time fit leaves, read from the data: the sign of its residuals by batch, and how the engine
 * (its memory derate, not the fit's implied bandwidth, on the bytes) compares with the four cases it was fitted on.
 */
function kernelFitReading(gpu: GpuValidation): string {
  const fit = gpu.kernel
  const batchOf = (id: string): number =>
    gpu.data.cases.find((c) => c.id === id)?.batch ?? Number.NaN
  const signsAt = (batch: number): number[] =>
    fit.cases.flatMap((id, i) => (batchOf(id) === batch ? [Math.sign(fit.residualsMs[i]!)] : []))
  const low = signsAt(1)
  const high = signsAt(8)
  const pattern =
    low.length > 0 && high.length > 0 && low.every((s) => s < 0) && high.every((s) => s > 0)
      ? 'The residuals are negative at batch 1 and positive at batch 8 for both shapes: a batch term the ' +
        'two-parameter fit leaves out. '
      : ''
  const ratios = fit.cases
    .map((id) => gpu.rows.find((r) => r.id === id)?.ratio)
    .filter((r): r is number => r !== undefined)
  const range = `${ratio(Math.min(...ratios))}–${ratio(Math.max(...ratios))}`
  return (
    pattern +
    `The engine runs the bytes at its own memory derate (${pct(gpu.derates.memory)} of the datasheet) rather than at ` +
    `the fit's implied bandwidth, and adds its step pieces beside the layers': on these four cases it gives ` +
    `${range} of the measured time.`
  )
}

function summaryRow(s: GpuTimeSummary): string[] {
  return [
    s.label,
    String(s.count),
    ratio(s.medianRatio),
    `${s.medianAbsErrorPct.toFixed(1)} %`,
    `${ratio(s.bestRatio)}–${ratio(s.worstRatio)}`,
    `${s.withinBand} of ${s.count}`,
  ]
}

function gpuTimeCommentary(gpu: GpuValidation): string[] {
  const peak = (id: string): GpuPeakRow | undefined => gpu.peaks.find((p) => p.id === id)
  const models = gpu.peaks.filter((p) => p.kind === 'model')
  const prefillShares = models.filter((p) => p.derate === 'compute').map((p) => p.share)
  const decodeShares = models.filter((p) => p.derate === 'memory').map((p) => p.share)
  const gemm = peak('gemm-bf16')
  const copy = peak('hbm-copy')
  const prefill = groupOf(gpu, 'prefill, bf16')
  const decode = groupOf(gpu, 'decode, bf16')
  const shortPrompt = gpu.rows.find(
    (r) => r.phase === 'prefill' && r.precision === 'bf16' && /1 × 128 /.test(r.description),
  )
  const out: string[] = []
  if (prefill && gemm && prefillShares.length > 0) {
    out.push(
      `- **Prefill (bf16)**: median ratio ${ratio(prefill.medianRatio)}. A whole plain-PyTorch forward pass ` +
        `reaches ${pct(Math.min(...prefillShares))}–${pct(Math.max(...prefillShares))} of the datasheet peak (section 9), ` +
        `close to the compute derate ${gpu.derates.compute}, while a lone large GEMM reaches ${pct(gemm.share)}: attention, ` +
        `norms, activations and the ${gpu.idle.tdpW} W power limit (the SM clock averaged ` +
        `${num(gpu.power.find((p) => p.phase === 'prefill')?.measuredSmClockMhz ?? Number.NaN)} MHz in the prefill power ` +
        'window, section 8) take the rest.' +
        (shortPrompt
          ? ` The short prompt (${shortPrompt.id}, ratio ${ratio(shortPrompt.ratio)}) is far from both roofs: ` +
            'small GEMMs and per-kernel costs dominate.'
          : ''),
    )
  }
  if (decode && copy && decodeShares.length > 0) {
    out.push(
      `- **Decode (bf16)**: the engine is ${decode.medianRatio < 1 ? 'faster' : 'slower'} than measured ` +
        `(median ratio ${ratio(decode.medianRatio)}). The measured steps move ${pct(Math.min(...decodeShares))}–` +
        `${pct(Math.max(...decodeShares))} of the datasheet bandwidth (batch-1 Llama-3.1-8B is the lowest: many small ` +
        `kernels per layer). The engine streams the bytes at ${pct(gpu.derates.memory)} of it (the memory derate, fitted on ` +
        `TensorRT-LLM, vLLM and MLPerf stacks) and adds the kernel boundaries of ${gpu.kernel.kernelsPerLayer} kernels per ` +
        'layer (generic stack); the fit of the boundary time above implies ' +
        `${pct(gpu.kernel.impliedBandwidthTBps / copy.datasheet)} of the ` +
        `datasheet bandwidth for the bytes, close to the ${pct(copy.share)} a plain copy kernel reaches: what the bytes do ` +
        'not explain at small batch is time per layer, not a bandwidth shortfall.',
    )
  }
  const fp8B1 = findRow(gpu.rows, 'llama31-8b-fp8-decode-b1-c1024')
  const bf16B1 = findRow(gpu.rows, 'llama31-8b-bf16-decode-b1-c1024')
  const staticPrefill = findRow(gpu.rows, 'llama31-8b-fp8-prefill-b8-s1024-static')
  const dynamicPrefill = findRow(gpu.rows, 'llama31-8b-fp8-prefill-b8-s1024')
  if (fp8B1 && bf16B1 && staticPrefill && dynamicPrefill) {
    out.push(
      `- **fp8**: the measured fp8 path quantises activations with unfused PyTorch ops on every call and keeps ` +
        '`lm_head` in bf16. At batch 1 the fp8 decode step took ' +
        `${num(fp8B1.measuredMs)} ms against ${num(bf16B1.measuredMs)} ms in bf16 ` +
        `(${fp8B1.measuredMs > bf16B1.measuredMs ? 'slower, although it reads half the weight bytes' : 'faster'}); ` +
        `the engine expects ${num(fp8B1.predictedMs)} ms. A static scale (a cast, close to a fused kernel) moves ` +
        `the 8 × 1,024 prefill from ratio ${ratio(dynamicPrefill.ratio)} to ${ratio(staticPrefill.ratio)}. These cases run ` +
        "with `serving: { stack: 'generic' }`, the engine's rule for a stack without fused low-bit kernels (formats " +
        'below 16 bits move and multiply as bf16), which was read from these very pairs: their agreement is in-sample. ' +
        "The default `stack: 'tuned'` describes stacks with fused fp8 kernels (the TensorRT-LLM FP8 cases in sections 1 and 4).",
    )
  }
  return out
}

const within = (deviation: number): string =>
  deviation < 1e-4 ? '0.01 %' : `${(deviation * 100).toFixed(2)} %`

function gpuTimeSection(gpu: GpuValidation): string {
  const d = gpu.data
  const rows = gpu.rows.map((r) => [
    r.id,
    r.description,
    r.mapping,
    num(r.measuredMs),
    num(r.predictedMs),
    ratio(r.ratio),
    signedPct(r.errorPct),
    r.bound,
  ])
  const excluded = gpu.excluded.map((r) => [
    r.id,
    num(r.measuredMs),
    num(r.predictedMs),
    ratio(r.ratio),
    r.reason,
  ])
  const flopsDeviation = Math.max(...gpu.rows.map((r) => Math.abs(r.flopsRatio - 1)))
  const bf16Decode = gpu.rows.filter((r) => r.phase === 'decode' && r.precision === 'bf16')
  const bytesDeviation = Math.max(...bf16Decode.map((r) => Math.abs(r.bytesRatio - 1)))
  const fp8Decode = gpu.rows.filter((r) => r.phase === 'decode' && r.precision === 'fp8')
  const fp8Bytes = fp8Decode.map((r) => r.bytesRatio)
  return [
    '## 7. Our H200 measurements: phase times',
    '',
    `Measured with \`scripts/gpu/llama_bench.py\` (method: [scripts/gpu/README.md](${GPU_METHOD_LINK})) on one ` +
      `${d.env.gpu_name} (${d.env.nvml_power_limit_w} W limit), PyTorch ${d.env.torch_version}, CUDA ${d.env.cuda_version}, ` +
      `driver ${d.env.driver_version}, started ${d.started_utc.slice(0, 16).replace('T', ' ')} UTC; data: ` +
      `[${d.source}](${GPU_DATA_LINK}) (trimmed copy: \`src/engine/validation/gpu-h200.json\`). Random weights, ` +
      'plain PyTorch (SDPA attention, no fused kernels beyond it). Each time is the median of at least 3 (prefill) ' +
      'or 10 (decode) CUDA-event-timed repetitions after warm-up.',
    '',
    'Mapping (`src/engine/validation/gpu-cases.ts`), the same for every case: hardware `h200-sxm`, 1 accelerator, ' +
      "the model as measured (`{ base: 'llama-3.1-8b' }`, or `{ base: 'llama-3.1-70b', layers: " +
      `${d.env.llama70b_layers_used} }\` for the truncated 70B), bf16 (fp8 cases: fp8 weights and activations, bf16 ` +
      'KV cache), workload `{ inputTokens: S or c, outputTokens: 1, batchSize: B, minOutputTokensPerSecondPerUser: 0, ' +
      "prefixCacheHitRate: 0 }`, `serving: { stack: 'generic' }` (plain PyTorch), efficiency defaults but `stepOverheadSeconds: 0` " +
      '(what was timed is the replay of one forward pass: no scheduler and no sampler ran in it), energy counted at the chip ' +
      "(`energy: { boundary: 'chip' }`, which changes no time). A prefill case is compared with `prefill.seconds` " +
      '(the whole batch), a decode case (one new token per sequence at context c) with `decode.seconds` of that ' +
      'one-token run, which is one decode step. Where a case was measured both eagerly and as a CUDA graph ' +
      '(decode at batch 1 and 64, and the 1-sequence prefills), only the CUDA graph is compared: the engine’s kernel ' +
      'boundaries are those of a stack that replays graphs, not of Python launching each kernel; the eager twins are listed below. ' +
      `The time per kernel boundary (${(gpu.kernel.kernelBoundarySeconds * 1e6).toFixed(2)} µs) is fitted on four of these cases ` +
      `(${gpu.kernel.cases.join(', ')}): the bf16 CUDA-graph decode steps at batch 8 or less and context 1,024 of the two model ` +
      'shapes, whose bytes per layer differ fourfold, so a least-squares fit of the step time on bytes and layers separates ' +
      `the two: ${(gpu.kernel.secondsPerLayer * 1e6).toFixed(1)} µs per layer of ${gpu.kernel.kernelsPerLayer} kernels, at an implied ` +
      `${gpu.kernel.impliedBandwidthTBps} TB/s (residuals ${gpu.kernel.residualsMs.map((r) => `${r > 0 ? '+' : '−'}${Math.abs(r).toFixed(2)}`).join(', ')} ms). ` +
      'Those four cases are in-sample for it (they stay in the groups below), and so partly are the batch and context ' +
      'pairs built on them (section 3). ' +
      kernelFitReading(gpu),
    '',
    table(
      [
        'group',
        'cases',
        'median ratio',
        'median abs. error',
        'ratio range',
        `within ${band(GPU_RATIO_BAND)}`,
      ],
      [...gpu.groups, gpu.summary].map(summaryRow),
    ),
    '',
    table(
      [
        'case',
        'what was measured',
        'mapping',
        'measured (ms)',
        'predicted (ms)',
        'ratio',
        'error',
        'engine bound',
      ],
      rows,
    ),
    '',
    'Not compared (eager twins):',
    '',
    table(['case', 'measured (ms)', 'predicted (ms)', 'ratio', 'why not compared'], excluded),
    '',
    `**Work counted.** The engine’s FLOP count agrees with the script’s own count (README, “Counting conventions”) ` +
      `within ${within(flopsDeviation)} for every case, and its decode bytes within ` +
      `${within(bytesDeviation)} for bf16. For fp8 decode the engine counts ` +
      `${pct(1 - Math.max(...fp8Bytes))}–${pct(1 - Math.min(...fp8Bytes))} fewer bytes, because it stores \`lm_head\` at the ` +
      'weight format while the script keeps it in bf16. Prefill bytes are not comparable (the script counts only ' +
      'weights and KV written). So the differences below are achieved efficiency, not work.',
    '',
    ...gpuTimeCommentary(gpu),
  ].join('\n')
}

function powerRowCells(p: GpuPowerRow): string[] {
  const perToken = p.phase === 'prefill' ? 'per input token' : 'per output token'
  return [
    p.description,
    `${num(p.measuredW)} (${pct(p.measuredW / p.tdpW)})`,
    `${num(p.predictedW)} (${pct(p.predictedW / p.tdpW)})`,
    ratio(p.wattsRatio),
    `${num(p.cycleW)}`,
    `${num(p.measuredJPerToken)} ${perToken}`,
    num(p.predictedJPerToken),
    ratio(p.joulesRatio),
    `${num(p.measuredTokensPerSecond)} / ${num(p.predictedTokensPerSecond)}`,
    num(p.measuredSmClockMhz),
  ]
}

function powerSection(gpu: GpuValidation): string {
  const decode = gpu.power.find((p) => p.phase === 'decode')
  const prefill = gpu.power.find((p) => p.phase === 'prefill')
  const curve = gpu.decodePowerCurve
  const tdp = gpu.idle.tdpW
  const commentary: string[] = []
  if (decode) {
    const shares = curve.map((c) => c.predictedW / tdp)
    commentary.push(
      `- **Decode is not a low-power phase on this GPU.** At batch ${decode.description.match(/batch (\d+)/)?.[1] ?? '?'} ` +
        `the H200 drew ${num(decode.measuredW)} W, ${pct(decode.measuredW / tdp)} of its ${tdp} W limit ` +
        `(SM clock ${num(decode.measuredSmClockMhz)} MHz, its maximum: not power-limited). ` +
        'engine-model.md §4 once asked the engine to put an H100 at 55–65 % of TDP in decode; the measurement sits ' +
        `${Math.round((decode.measuredW / tdp - 0.65) * 100)} points of TDP above the top of that target. ` +
        `**This window is the energy calibration** (src/engine/validation/fit-energy.ts, \`npm run calibrate\`): ` +
        `the DRAM kinds' energy per bit is scaled by ${ENERGY_FIT.memoryEnergyScale} so that the engine gives ` +
        `${num(decode.predictedW)} W (${pct(decode.predictedW / tdp)}) here; unscaled it gave ` +
        `${num(ENERGY_FIT.engineWattsBefore)} W (${pct(ENERGY_FIT.engineWattsBefore / tdp)}). Across batch ` +
        `${curve[0]?.batch ?? '?'}–${curve[curve.length - 1]?.batch ?? '?'} the engine now gives ` +
        `${pct(Math.min(...shares))}–${pct(Math.max(...shares))} of TDP ` +
        `(${curve.map((c) => `${c.batch}: ${num(c.predictedW)} W`).join(', ')}). One window fits one number; ` +
        'the ML.ENERGY power and energy cases (section 2b: H100 and B200, other models, vLLM) are the test of it.',
      `- **Energy per decode token** is ${ratio(decode.joulesRatio)}× the measurement: the engine’s step is faster ` +
        `(${num(decode.predictedTokensPerSecond)} against ${num(decode.measuredTokensPerSecond)} tokens/s, section 7) ` +
        `and its power ${decode.wattsRatio < 0.98 ? 'lower' : decode.wattsRatio > 1.02 ? 'higher' : 'the measured one'} (${ratio(decode.wattsRatio)}×).`,
    )
  }
  if (prefill) {
    commentary.push(
      `- **Prefill** ran at the power limit (${num(prefill.measuredW)} W, ${pct(prefill.measuredW / tdp)} of TDP) ` +
        `with the SM clock at ${num(prefill.measuredSmClockMhz)} MHz` +
        (decode && decode.measuredSmClockMhz > prefill.measuredSmClockMhz
          ? ` against ${num(decode.measuredSmClockMhz)} MHz in decode: compute-bound prefill is power-capped`
          : '') +
        `; the engine gives ${num(prefill.predictedW)} W ` +
        `(${pct(prefill.predictedW / tdp)} of TDP, engine-model.md asks for about TDP), unthrottled, and ${ratio(prefill.joulesRatio)}× ` +
        'the measured energy per prompt token. This window would pin the energy per FLOP (the share of the limit math ' +
        'draws at full clock, catalog/families.ts COMPUTE_POWER_SHARE, which the measured clock puts above 1), but a ' +
        'throttled prefill moves the compute derates fitted on the throughput cases with it, and the two fits did not ' +
        'settle together in four rounds; it is left unfitted (grade L) and this gap stays.',
    )
  }
  commentary.push(
    `- **Idle**: ${num(gpu.idle.measuredW)} W measured (${pct(gpu.idle.measuredW / tdp)} of TDP) against the engine’s ` +
      `${num(gpu.idle.engineIdleW)} W (${pct(gpu.idle.engineIdleW / tdp)}); its static power while busy is ` +
      `${num(gpu.idle.engineStaticW)} W (${pct(gpu.idle.engineStaticW / tdp)}). Idle power only enters the cost of ` +
      'unused hours (utilization < 1).',
    '- The cycle-average column is the engine’s `power.chipWattsPerAccelerator` for the same scenario: prefill plus ' +
      'one decode step. For the decode window that average is dominated by the prefill of the batch’s prompts, so ' +
      'the phase power (chip energy of the phase ÷ its time) is the number to compare.',
  )
  return [
    '## 8. Our H200 measurements: power and energy',
    '',
    'Whole-board power from the NVML energy counter over sustained windows (1 s warm-up, then about 3 s of repeated ' +
      'prefill or CUDA-graph decode steps), against the engine’s chip-boundary power for the same scenario (section 7 ' +
      'mapping, energy boundary `chip`): the chip energy of the phase divided by its time. Energy per token: prefill ' +
      'per prompt token, decode per output token.',
    '',
    table(
      [
        'window',
        'measured W (of TDP)',
        'engine W (of TDP)',
        'ratio',
        'engine cycle-average W',
        'measured J',
        'engine J',
        'ratio',
        'tokens/s measured / engine',
        'SM clock (MHz)',
      ],
      gpu.power.map(powerRowCells),
    ),
    '',
    ...commentary,
  ].join('\n')
}

function peakSection(gpu: GpuValidation): string {
  const rows = gpu.peaks.map((p) => [
    p.kind === 'kernel' ? p.label : `whole pass: ${p.label}`,
    `${num(p.measured)} ${p.unit}`,
    `${num(p.datasheet)} ${p.unit}`,
    pct(p.share),
    `${p.derate} ${p.engineDerate}`,
  ])
  const kernels = gpu.peaks.filter((p) => p.kind === 'kernel')
  const compute = kernels.filter((p) => p.derate === 'compute' && p.id !== 'gemm-int8')
  const memory = kernels.filter((p) => p.derate === 'memory')
  const int8 = kernels.find((p) => p.id === 'gemm-int8')
  return [
    '## 9. Measured peaks against the family derates',
    '',
    'Micro-benchmarks of single kernels (M = N = K = 8,192 GEMMs; 4 GiB HBM copy, read and write) and whole ' +
      'forward passes (the script’s FLOP and byte counts over the measured time), as shares of the datasheet peaks ' +
      'in the engine’s catalogue.',
    '',
    table(['what', 'measured', 'datasheet peak', 'achieved / peak', 'engine derate'], rows),
    '',
    `- Large GEMMs reach ${pct(Math.min(...compute.map((p) => p.share)))}–${pct(Math.max(...compute.map((p) => p.share)))} ` +
      `of the bf16/fp16/fp8 peaks; the compute derate (${gpu.derates.compute}) is lower because it is a whole-pass ` +
      'efficiency (attention, norms, activations, power capping), and whole passes land near it.' +
      (int8
        ? ` int8 through \`torch._int_mm\` reaches only ${pct(int8.share)}: a weak kernel, not the hardware.`
        : ''),
    `- HBM reaches ${pct(Math.min(...memory.map((p) => p.share)))}–${pct(Math.max(...memory.map((p) => p.share)))} ` +
      `(copy highest, write lowest); the memory derate (${gpu.derates.memory}) sits below the copy peak, so a fused ` +
      'decode kernel can reach it, but above what the plain-PyTorch decode steps achieve.',
  ].join('\n')
}

function priceSection(prices: readonly ApiPriceRow[]): string {
  const usd = (x: number) => `$${x < 1 ? x.toFixed(3) : x.toFixed(2)}`
  const count = (v: ApiPriceRow['verdict']) => prices.filter((p) => p.verdict === v).length
  const bf16 = prices.find((p) => p.model === 'llama-3.3-70b' && p.weights === undefined)
  const fp8 = prices.find((p) => p.model === 'llama-3.3-70b' && p.weights === 'fp8')
  return [
    '## 4b. API list prices: a sanity band for cost (not a measurement)',
    '',
    `Public list prices of open-weight models (\`src/engine/validation/api-prices.json\`, read ${API_PRICES_READ}) ` +
      'against the engine’s all-in cost of serving one request of the chat workload (1,024 prompt and 256 answer ' +
      'tokens) on H100 SXM, owned (TCO), in the model’s native format or the one the listing states: at the chat ' +
      'target (40 tokens/s per user, the search’s plan) and at the engine’s floor (no speed target: the largest ' +
      'batch memory allows). Ratio = list revenue of the request (prompt × input price + answer × output price) ÷ ' +
      'the engine’s cost. A provider’s price holds its margin, discounts, utilisation, speed and hardware, so this ' +
      'is a band, never fitted: a list price **below the floor** says the engine prices serving above what the ' +
      `market charges (or the provider sells below cost); **far above** is more than ${API_PRICE_FAR_ABOVE}× the ` +
      `engine’s cost at the chat target. ${count('within')} of ${prices.length} listings lie within the band, ` +
      `${count('below-floor')} below the floor, ${count('far-above')} far above.`,
    '',
    table(
      [
        'model',
        'listing',
        'list $/M in / out',
        'engine $/M out, chat target',
        'engine $/M out, floor',
        'list ÷ engine (chat / floor)',
        'verdict',
        'source',
      ],
      prices.map((p) => [
        p.model,
        `${p.provider}: ${p.listing}`,
        `${usd(p.inputUsdPerM)} / ${usd(p.outputUsdPerM)}`,
        `${usd(p.engineUsdPerMOutput)} (${p.deployment})`,
        `${usd(p.floorUsdPerMOutput)} (${p.floorDeployment})`,
        `${ratio(p.ratio)} / ${ratio(p.ratioToFloor)}`,
        p.verdict === 'below-floor'
          ? '**below the floor**'
          : p.verdict === 'far-above'
            ? 'far above'
            : 'within',
        p.source,
      ]),
    ),
    '',
    ...prices
      .filter((p) => p.verdict === 'below-floor')
      .map(
        (p) =>
          `- **Below the floor, ${p.model} (${p.provider}):** the engine serves it in ${p.weights ?? 'its native format'} ` +
          `on ${p.floorDeployment} at the floor, and on ${p.deployment} at the chat target. ` +
          (p.weights === undefined
            ? 'The listing does not state its format; a provider at this price most likely serves a narrower one on fewer accelerators.'
            : 'The listing’s own format: the engine prices this model above the market.'),
      ),
    '- **Far above, Cerebras:** its price is for its own wafer-scale hardware at about 3,000 tokens/s per user, ' +
      'not for H100 serving at 40.',
    ...(bf16 && fp8
      ? [
          `- Llama 3.3 70B in BF16 at the chat target: list ÷ engine ${ratio(bf16.ratio)}; the FP8 listing, on the ` +
            `FP8 plan, ${ratio(fp8.ratio)}. At the floor: ${ratio(bf16.ratioToFloor)} and ${ratio(fp8.ratioToFloor)}. ` +
            'A ratio near 1 at the chat target and above it at the floor says providers serve at larger batches or ' +
            'lower speeds than 40 tokens/s per user, or on cheaper hours than owned H100s.',
        ]
      : []),
  ].join('\n')
}

export interface ValidationReportInput {
  readonly published: ValidationSummary
  readonly gpu: GpuValidation
  /** API list prices against the engine's cost (apiPriceRows). */
  readonly prices: readonly ApiPriceRow[]
  /** ISO date (YYYY-MM-DD) of the run. */
  readonly date: string
}

/** The full text of docs/validation.md. */
export function renderValidationReport({
  published,
  gpu,
  prices,
  date,
}: ValidationReportInput): string {
  return [
    '# Validation: the engine against measurements',
    '',
    `${GENERATED_LINE_PREFIX} on ${date} from \`runValidation()\` and \`runGpuValidation()\` (src/engine/validation/); do not edit by hand._`,
    '',
    'How well the engine reproduces measured inference, VALIDATION set first: published maximum-throughput and ' +
      'serving results the calibration never saw (sections 1–3), the fitting set second (section 4), every case ' +
      '(section 5), then the derates in use and our own H200 measurements (sections 6–9). Ratio = engine ÷ measured. ' +
      'For throughput a ratio above 1 means the engine is optimistic; for time, a ratio below 1 does.',
    '',
    leadSection(published),
    '',
    regimeSection(published),
    '',
    priceSection(prices),
    '',
    publishedSection(published),
    '',
    derateSection(gpu),
    '',
    gpuTimeSection(gpu),
    '',
    powerSection(gpu),
    '',
    peakSection(gpu),
    '',
  ].join('\n')
}

/** Drop the generation line, which carries the date. */
export function withoutGeneratedLine(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.startsWith(GENERATED_LINE_PREFIX))
    .join('\n')
}
