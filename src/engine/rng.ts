/**
 * Seeded pseudo-random numbers: the ONLY source of randomness in the engine (house style §3).
 * sfc32 (Chris Doty-Humphrey's Small Fast Counter, from PractRand): 128-bit state, passes
 * BigCrush, and is fast in JavaScript's 32-bit integer arithmetic. Seeded through splitmix32 so
 * nearby seeds give unrelated streams.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  nextFloat(): number
  /** Uniform integer in [0, n). */
  nextInt(n: number): number
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x9e3779b9) >>> 0
    let z = state
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) >>> 0
  }
}

export function createRng(seed: number): Rng {
  const init = splitmix32(seed)
  let a = init()
  let b = init()
  let c = init()
  let d = init()
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return t >>> 0
  }
  for (let i = 0; i < 12; i++) next()
  return {
    nextFloat: () => next() / 4294967296,
    nextInt: (n: number) => Math.floor((next() / 4294967296) * n),
  }
}
