/**
 * Collective communication time for tensor and expert parallelism.
 *
 * Ring all-reduce: alpha + 2 (N-1)/N x message / bandwidth (Patarasuk & Yuan 2009; the model used
 * by NCCL's own performance notes and by llm-analysis). All-to-all (expert parallel dispatch or
 * combine): alpha + (N-1)/N x message / bandwidth, where message is what one accelerator sends.
 * When the replica spans more than one scale-up domain the slower scale-out link bounds the
 * collective and its extra latency is added.
 */

/** Effective per-direction bandwidth available to a collective over N accelerators, bytes/s. */
export function collectiveBandwidth(
  accelerators: number,
  scaleUpDomain: number,
  scaleUpBps: number,
  scaleOutBps: number,
  efficiency: number,
): number {
  const link = accelerators <= scaleUpDomain ? scaleUpBps : Math.min(scaleUpBps, scaleOutBps)
  return link * efficiency
}

/** Fixed latency of one collective, s. */
export function collectiveLatency(
  accelerators: number,
  scaleUpDomain: number,
  latencyS: number,
  scaleOutLatencyS: number,
): number {
  return accelerators <= scaleUpDomain ? latencyS : latencyS + scaleOutLatencyS
}

/** Ring all-reduce time of `messageBytes` across N accelerators, s. Zero for N = 1. */
export function allReduceSeconds(
  messageBytes: number,
  accelerators: number,
  bandwidthBps: number,
  latencyS: number,
): number {
  if (accelerators <= 1) return 0
  return latencyS + (2 * (accelerators - 1) * messageBytes) / (accelerators * bandwidthBps)
}

/** Bytes one accelerator puts on the wire in a ring all-reduce of `messageBytes`. */
export function allReduceBytesPerAccelerator(messageBytes: number, accelerators: number): number {
  if (accelerators <= 1) return 0
  return (2 * (accelerators - 1) * messageBytes) / accelerators
}

/** All-to-all time where each accelerator sends `bytesPerAccelerator`, s. Zero for N = 1. */
export function allToAllSeconds(
  bytesPerAccelerator: number,
  accelerators: number,
  bandwidthBps: number,
  latencyS: number,
): number {
  if (accelerators <= 1) return 0
  return latencyS + ((accelerators - 1) * bytesPerAccelerator) / (accelerators * bandwidthBps)
}
