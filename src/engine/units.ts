/**
 * Number formats and their storage width. (The branded unit types that lived here were never used
 * by the kernel, whose public functions take the packed Float64Array; units live in names instead:
 * `joulesPerFlop`, `prefillS`, `weightsBytes`.)
 */
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
