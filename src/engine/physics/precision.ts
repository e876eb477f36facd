/**
 * Math throughput and energy per FLOP as a function of number format width.
 *
 * Matrix math runs at the peak of the wider of the weight and activation formats (engine-model.md §2):
 * W4A16 computes at the fp16 peak, W8A8 at the 8-bit peak. Fractional widths appear when a lever
 * is partly adopted (a fleet where some share of traffic runs at the lower precision); the peak is
 * then interpolated geometrically between the bracketing formats, which is the throughput-weighted
 * mean of a traffic mix in log space.
 */

/** Peak FLOP/s at a math width of `bits`, given the 16-, 8- and 4-bit peaks (FLOP/s). */
export function mathPeakFlops(bits: number, peak16: number, peak8: number, peak4: number): number {
  if (bits >= 16) return peak16 * (16 / bits) // fp32 and wider: proportionally slower
  if (bits >= 8) return peak16 * Math.pow(peak8 / peak16, Math.log2(16 / bits))
  if (bits >= 4) return peak8 * Math.pow(peak4 / peak8, Math.log2(8 / bits))
  return peak4
}

/** Width at which matrix math runs: the wider of weights and activations, bits. */
export function mathBits(weightBits: number, activationBits: number): number {
  return weightBits > activationBits ? weightBits : activationBits
}

/**
 * Energy per FLOP at a given peak, pJ. A chip spends about the same power at its peak in any format
 * (the narrower datapath does more operations per joule), so energy per FLOP scales inversely with
 * the format's peak: pJ(bits) = pJ16 x peak16 / peak(bits).
 */
export function picojoulesPerFlop(pj16: number, peak16: number, peakAtBits: number): number {
  return (pj16 * peak16) / peakAtBits
}
