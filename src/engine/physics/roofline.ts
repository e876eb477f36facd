/**
 * The time of a kernel that must both stream its operands from memory and do its math.
 *
 * The roofline model (Williams, Waterman & Patterson, "Roofline", CACM 52(4), 2009) takes the larger
 * of its compute time and its memory time: the shorter one is assumed hidden behind the longer.
 * Real GEMMs hide only part of it. A pipelined kernel pays its prologue and epilogue (the first tiles
 * load before any math, the last math runs after the last load), tile and wave quantisation leave
 * units idle at the edges, and near the ridge point neither unit is saturated; Hockney's
 * half-performance length n½ (Hockney & Jesshope, Parallel Computers 2, 1988) is the same effect for
 * vector pipelines. So a share `overlapLoss` of the shorter time stays exposed:
 *
 *   time = max(compute, memory) + overlapLoss × min(compute, memory)
 *
 * overlapLoss = 0 is the ideal roofline, 1 is no overlap at all (the sum). The share is not a
 * property physics gives per chip, so it is fitted once for all families on the fitting set
 * (validation/fit.ts). It matters most at moderate decode batches, where a linear layer's weight
 * stream and its math take comparable time; a large prefill GEMM is far on the compute side and a
 * batch-1 decode far on the memory side, and there it changes little. Attention kernels in decode
 * are far from their ridge (a few FLOPs per KV byte) and keep the plain maximum.
 */
export function overlappedSeconds(
  computeSeconds: number,
  memorySeconds: number,
  overlapLoss: number,
): number {
  return computeSeconds > memorySeconds
    ? computeSeconds + overlapLoss * memorySeconds
    : memorySeconds + overlapLoss * computeSeconds
}

/**
 * The two parts of overlappedSeconds, for the time split by roof (a clock change acts on the first,
 * the energy and the binding labels read both): the compute roof's share is the whole compute time
 * where it binds, else its exposed part; the memory roof's share likewise. They sum to
 * overlappedSeconds exactly.
 */
export function computeRoofSeconds(
  computeSeconds: number,
  memorySeconds: number,
  overlapLoss: number,
): number {
  return computeSeconds > memorySeconds ? computeSeconds : overlapLoss * computeSeconds
}
export function memoryRoofSeconds(
  computeSeconds: number,
  memorySeconds: number,
  overlapLoss: number,
): number {
  return computeSeconds > memorySeconds ? overlapLoss * memorySeconds : memorySeconds
}
