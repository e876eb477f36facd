/**
 * Power is a limit, not an output. A phase whose work would draw more than the accelerator's power
 * limit runs at a lower clock, as a power-capped GPU does: our H200 held 700 W in prefill with the
 * SM clock at 1,579 MHz (0.80 of its 1,980 MHz maximum), and stayed at 1,980 MHz in decode at 652 W
 * (data/gpu-calibration/h200-2026-11-27.json, `power`).
 *
 * Model (dynamic voltage and frequency scaling): dynamic power is C V^2 f with V roughly
 * proportional to f in the DVFS range, so arithmetic energy per operation scales as s^2 and the
 * rate of compute-bound kernels as s, where s is the clock share (Horowitz, "Computing's energy
 * problem", ISSCC 2014; Rabaey, Digital Integrated Circuits, ch. 5; grade M). Memory-bound kernels
 * keep their speed (HBM has its own clock) and their energy per byte. Static power is paid for the
 * whole time. Below CLOCK_SHARE_FLOOR the chip cannot lower its clock further; there the model
 * stretches all the work uniformly (duty cycling) so the limit still holds. A memory-bound kernel
 * gains nothing from a clock so low that it turns compute-bound, so the caller may raise the floor
 * to the clock at which its kernels' compute and memory times meet: below it, stretching is faster.
 */

/** Lowest clock share DVFS reaches before the work itself is spread out; H100/H200 idle clocks are ~0.35 of boost. */
import { overlappedSeconds } from '../physics/roofline'

export const CLOCK_SHARE_FLOOR = 0.35 // dimensionless

export interface Throttle {
  /** Clock share s in [CLOCK_SHARE_FLOOR, 1]: 1 when unthrottled. */
  readonly clockShare: number
  /** Uniform stretch of compute- and memory-bound time (>= 1; > 1 only below the clock floor). */
  readonly stretch: number
}

export const UNTHROTTLED: Throttle = { clockShare: 1, stretch: 1 }

/**
 * A phase's work at full clock, split the way a clock change acts on it: two kernel classes
 * (linear layers and attention), each with its compute-roof and memory-roof time (attention runs at
 * the larger; linear layers at the larger plus the exposed share `overlapLoss` of the shorter,
 * physics/roofline.ts), memory-only kernels, plus time no clock changes (collectives, launch
 * overheads). Energies in joules.
 */
export interface PhaseWork {
  readonly computeJ: number
  readonly otherJ: number
  readonly linearComputeS: number
  readonly linearMemoryS: number
  /** Exposed share of the shorter of the linear kernels' two roof times, 0..1. */
  readonly overlapLoss: number
  readonly attentionComputeS: number
  readonly attentionMemoryS: number
  /**
   * Kernels that only move memory (a mixture of experts' dispatch and combine, kernel/dispatch.ts):
   * their time follows no clock, but it is work, so below the clock floor it stretches with the rest.
   */
  readonly memoryS: number
  readonly fixedS: number
}

/** The phase's time at clock share s without stretching: each kernel on its roofs (see PhaseWork). */
function phaseSeconds(w: PhaseWork, s: number): number {
  const linear = overlappedSeconds(w.linearComputeS / s, w.linearMemoryS, w.overlapLoss)
  const attention =
    w.attentionComputeS / s > w.attentionMemoryS ? w.attentionComputeS / s : w.attentionMemoryS
  return linear + attention + w.memoryS + w.fixedS
}

/** Dynamic energy at clock share s: arithmetic energy per operation scales as s^2. */
function dynamicJoules(w: PhaseWork, s: number): number {
  return w.computeJ * s * s + w.otherJ
}

/**
 * The clock share (and, below the floor, the stretch) at which a phase draws at most `limitW`
 * with the shortest time: the clock where the phase's time meets the time its energy needs at the
 * limit (a lower clock only slows it; a higher one needs stretching). Returns null when the limit
 * is below the static power: nothing runs.
 */
export function throttleFor(w: PhaseWork, staticW: number, limitW: number): Throttle | null {
  if (limitW <= staticW) return null
  const headroomW = limitW - staticW
  if (fitsAt(w, 1, headroomW)) return UNTHROTTLED
  if (fitsAt(w, CLOCK_SHARE_FLOOR, headroomW)) {
    return { clockShare: crossingClock(w, headroomW), stretch: 1 }
  }
  // Even at the floor clock: spread the work until its energy over its time meets the limit.
  const s = CLOCK_SHARE_FLOOR
  const variable = phaseSeconds(w, s) - w.fixedS
  const neededS = dynamicJoules(w, s) / headroomW
  const stretch = variable > 0 ? Math.max(1, (neededS - w.fixedS) / variable) : 1
  return { clockShare: s, stretch: stretch * (1 + 1e-14) }
}

/** The phase fits the power headroom at clock share s without stretching: its time is at least what its energy needs. */
function fitsAt(w: PhaseWork, s: number, headroomW: number): boolean {
  return phaseSeconds(w, s) * headroomW >= dynamicJoules(w, s)
}

/**
 * The highest clock share in [CLOCK_SHARE_FLOOR, 1) at which the phase fits its headroom, to
 * 1e-13, given that it fits at the floor and not at 1. Slack h(s) = time(s) x headroom - energy(s)
 * falls with s; Newton steps on h, kept inside the bracket (a bisection step when one would leave
 * it), converge in a few steps where bisection takes 43. The answer is the bracket's low end, so
 * the phase always fits at the clock returned.
 */
function crossingClock(w: PhaseWork, headroomW: number): number {
  let lo = CLOCK_SHARE_FLOOR
  let hi = 1
  let s = 1
  for (let i = 0; i < 100 && hi - lo > 1e-13; i++) {
    // time(s) and its slope: a compute-bound kernel class (compute time / s above its memory
    // time) takes c/s, slope -c/s^2; a memory-bound one is flat, but for linear kernels the exposed
    // share of their compute time (overlapLoss x c/s) still follows the clock.
    let slope = 0
    const linearCompute = w.linearComputeS / s
    let linear: number
    if (linearCompute > w.linearMemoryS) {
      linear = linearCompute + w.overlapLoss * w.linearMemoryS
      slope -= linearCompute / s
    } else {
      linear = w.linearMemoryS + w.overlapLoss * linearCompute
      slope -= (w.overlapLoss * linearCompute) / s
    }
    let attention = w.attentionComputeS / s
    if (attention > w.attentionMemoryS) slope -= attention / s
    else attention = w.attentionMemoryS
    // Summed in phaseSeconds' order, so `h >= 0` is exactly fitsAt.
    const time = linear + attention + w.memoryS + w.fixedS
    const h = time * headroomW - (w.computeJ * s * s + w.otherJ)
    if (h >= 0) lo = s
    else hi = s
    const dh = slope * headroomW - 2 * w.computeJ * s
    let next = s - h / dh
    // Newton has converged onto the crossing from one side: step just across it to close the bracket.
    if (!(Math.abs(next - s) >= 1e-14)) next = h >= 0 ? s + 5e-14 : s - 5e-14
    if (!(next > lo && next < hi)) next = (lo + hi) / 2
    s = next
  }
  return lo
}
