import type { PhaseResult, SimulationResult } from '@/engine/index'
import { formatCount, formatNumber, formatPercent, formatSeconds } from '@/lib/format'

type Bound = PhaseResult['bound']
type Binding = SimulationResult['decode']['binding']

export interface PhaseBinding {
  readonly phase: 'prefill' | 'decode'
  readonly bound: Binding
  /** "Compute-bound", "Memory-bandwidth-bound", "Mixed: 54 % compute, 30 % memory", … */
  readonly boundLabel: string
  /** One or two plain sentences. */
  readonly sentence: string
  /** Achieved FLOP/s as a share of the accelerators' peak at the precision in use. */
  readonly peakShare: number
  /** Share of the phase's time taken by each kind of work. */
  readonly shares: {
    readonly compute: number
    readonly memory: number
    readonly communication: number
    readonly overhead: number
  }
}

export const BOUND_LABEL: Record<Bound, string> = {
  compute: 'Compute-bound',
  'memory-bandwidth': 'Memory-bandwidth-bound',
  communication: 'Communication-bound',
  overhead: 'Overhead-bound',
}

const TFLOPS = 1e12

/** Achieved FLOP/s per accelerator during a phase over its peak (the precision in use). */
export function peakShare(result: SimulationResult, phase: PhaseResult): number {
  const peak = result.roofline.mathPeakTflops * TFLOPS * result.scenario.accelerators
  return phase.seconds > 0 && peak > 0 ? phase.flops / phase.seconds / peak : 0
}

function shares(p: PhaseResult): PhaseBinding['shares'] {
  const total = p.computeSeconds + p.memorySeconds + p.communicationSeconds + p.overheadSeconds
  const of = (x: number): number => (total > 0 ? x / total : 0)
  return {
    compute: of(p.computeSeconds),
    memory: of(p.memorySeconds),
    communication: of(p.communicationSeconds),
    overhead: of(p.overheadSeconds),
  }
}

const pct = (share: number): string => formatPercent(share)

function prefillSentence(
  result: SimulationResult,
  b: Bound,
  s: PhaseBinding['shares'],
  peak: number,
): string {
  const prompt = `${formatCount(result.scenario.inputTokens)}-token prompts`
  switch (b) {
    case 'compute':
      return `Prefill is compute-bound: ${prompt} keep the tensor cores busy (${pct(peak)} of peak FLOP/s).`
    case 'memory-bandwidth':
      return `Prefill is memory-bandwidth-bound: ${prompt} reuse each weight too little, so moving data takes ${pct(s.memory)} of its time (${pct(peak)} of peak FLOP/s).`
    case 'communication':
      return `Prefill is communication-bound: exchanging activations between the ${result.scenario.accelerators} accelerators takes ${pct(s.communication)} of its time.`
    case 'overhead':
      return `Prefill is overhead-bound: fixed launch and scheduling time (${formatSeconds(result.prefill.overheadSeconds)}) outweighs the work of the ${prompt}.`
  }
}

function batchReason(result: SimulationResult, target: number | undefined): string {
  const batch = formatCount(result.batchSize)
  switch (result.batchLimit) {
    case 'interactivity':
      return target !== undefined && target > 0
        ? `set by the ${formatNumber(target)} tokens/s interactivity target (memory would hold ${formatCount(result.batchCapacity)})`
        : `set by the interactivity target (memory would hold ${formatCount(result.batchCapacity)})`
    case 'capacity':
      return `set by memory: the KV cache of ${batch} sequences fills what the weights leave free`
    case 'requested':
      return 'the batch you set'
    case 'scheduler-cap':
      return `capped by the scheduler's maximum batch`
  }
}

/** The decode badge: one word, or the two roofs' shares when decode is mixed. */
export function decodeBoundLabel(b: Binding, s: PhaseBinding['shares']): string {
  return b === 'mixed'
    ? `Mixed: ${pct(s.compute)} compute, ${pct(s.memory)} memory`
    : BOUND_LABEL[b]
}

function mixedSentence(result: SimulationResult, s: PhaseBinding['shares'], at: string): string {
  const linearOnMemory = result.decode.memoryBoundStepShare > 0
  // Each roof's share holds one kernel class's own time and the part of the linear layers' shorter
  // roof that their GEMMs do not hide (src/engine/physics/roofline.ts).
  const kernels = linearOnMemory
    ? `the linear layers stream their weights from memory (memory-bound, ${pct(s.memory)} of decode time, with attention's KV reads), and the part of their math the streaming does not hide takes the tensor cores ${pct(s.compute)}`
    : `the linear layers run on the tensor cores (compute-bound, ${pct(s.compute)} of decode time) while attention streams each sequence's KV cache from memory, with the weight streaming the math does not hide (memory-bound, ${pct(s.memory)})`
  const other = s.communication + s.overhead
  const rest = other >= 0.005 ? `; communication and overhead take the other ${pct(other)}` : ''
  const r = result.roofline
  const side = r.decodeFlopsPerByte < r.ridgeFlopsPerByte ? 'left' : 'right'
  return `Decode is mixed ${at}: ${kernels}${rest}. On the roofline its average intensity, ${formatNumber(r.decodeFlopsPerByte)} FLOP per byte, sits ${side} of the ${formatNumber(r.ridgeFlopsPerByte)} ridge.`
}

function decodeSentence(
  result: SimulationResult,
  b: Binding,
  s: PhaseBinding['shares'],
  peak: number,
  target: number | undefined,
): string {
  const at = `at batch ${formatCount(result.batchSize)}, ${batchReason(result, target)}`
  const flip = result.decode.boundFlipNote ? ` ${result.decode.boundFlipNote}` : ''
  return decodeCase(result, b, s, peak, at) + flip
}

function decodeCase(
  result: SimulationResult,
  b: Binding,
  s: PhaseBinding['shares'],
  peak: number,
  at: string,
): string {
  switch (b) {
    case 'mixed':
      return mixedSentence(result, s, at)
    case 'memory-bandwidth':
      return `Decode is memory-bandwidth-bound ${at}. Every step streams the weights and each sequence's KV cache from memory (${pct(s.memory)} of decode time); the tensor cores run at ${pct(peak)} of peak.`
    case 'compute':
      return `Decode is compute-bound ${at}. Each weight read serves the whole batch, so the math outweighs memory traffic (${pct(s.compute)} of decode time compute, ${pct(s.memory)} memory).`
    case 'communication':
      return `Decode is communication-bound ${at}. Exchanging activations between the ${result.scenario.accelerators} accelerators at every step takes ${pct(s.communication)} of decode time.`
    case 'overhead':
      return `Decode is overhead-bound ${at}. The fixed launch and scheduling time of each step (${pct(s.overhead)} of decode time) outweighs its work.`
  }
}

/** What binds each phase, in words, from the result (and the interactivity target it carries). */
export function phaseBindings(result: SimulationResult): readonly [PhaseBinding, PhaseBinding] {
  const pShares = shares(result.prefill)
  const dShares = shares(result.decode)
  const pPeak = peakShare(result, result.prefill)
  const dPeak = peakShare(result, result.decode)
  return [
    {
      phase: 'prefill',
      bound: result.prefill.bound,
      boundLabel: BOUND_LABEL[result.prefill.bound],
      sentence: prefillSentence(result, result.prefill.bound, pShares, pPeak),
      peakShare: pPeak,
      shares: pShares,
    },
    {
      phase: 'decode',
      bound: result.decode.binding,
      boundLabel: decodeBoundLabel(result.decode.binding, dShares),
      sentence: decodeSentence(
        result,
        result.decode.binding,
        dShares,
        dPeak,
        result.labels.minOutputTokensPerSecondPerUser,
      ),
      peakShare: dPeak,
      shares: dShares,
    },
  ]
}
