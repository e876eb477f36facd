/** Number tweens last this long (calm motion: every transition under 300 ms). */
export const TWEEN_MS = 250

/** Ease-out cubic on 0..1. */
export function easeOut(t: number): number {
  const clamped = Math.min(1, Math.max(0, t))
  return 1 - (1 - clamped) ** 3
}

/**
 * The value `progress` (0..1) of the way from `from` to `to`. Positive values move on a log scale,
 * so a fall from $1 to $0.003 reads as steady, not as a plunge followed by a crawl.
 */
export function tweenValue(from: number | undefined, to: number, progress: number): number {
  if (from === undefined || !Number.isFinite(from) || !Number.isFinite(to)) return to
  const t = Math.min(1, Math.max(0, progress))
  if (t === 1) return to
  if (from > 0 && to > 0) return from * (to / from) ** t
  return from + (to - from) * t
}
