/**
 * Branded unit types for quantities that are easy to confuse. They cost nothing at run time:
 * a brand is a compile-time tag on a plain number.
 */
export type Seconds = number & { readonly __unit: 'Seconds' }
export type Joules = number & { readonly __unit: 'Joules' }
export type Bytes = number & { readonly __unit: 'Bytes' }
export type Flops = number & { readonly __unit: 'Flops' }
export type Usd = number & { readonly __unit: 'Usd' }

export const seconds = (x: number): Seconds => x as Seconds
export const joules = (x: number): Joules => x as Joules
export const bytes = (x: number): Bytes => x as Bytes
export const flops = (x: number): Flops => x as Flops
export const usd = (x: number): Usd => x as Usd

/** Bits of storage per element for each number format. */
export const BITS_PER_FORMAT = {
  fp32: 32,
  fp16: 16,
  bf16: 16,
  fp8: 8,
  int8: 8,
  fp4: 4,
  int4: 4,
} as const
