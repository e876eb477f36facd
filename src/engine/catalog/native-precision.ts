/**
 * The default number formats of a scenario: the formats the model ships in (its `nativePrecision`),
 * adjusted to what the accelerator can run. An honest baseline (issue 12 item 4, review §1.5): a
 * model released in FP8 is priced in FP8, not in BF16, so a lever's fold is measured against 2026
 * practice rather than against a format nobody serves it in.
 */
import type { AcceleratorSpec, ModelSpec, NativePrecision, NumberFormat } from './types'

/** Bits of each format; a local copy so the catalogue needs nothing outside itself. */
const FORMAT_BITS: Readonly<Record<NumberFormat, number>> = {
  fp32: 32,
  fp16: 16,
  bf16: 16,
  fp8: 8,
  int8: 8,
  fp4: 4,
  int4: 4,
}

/** The format the matrix math of a weight x activation product runs in: the wider of the two. */
function mathFormatOf(precision: NativePrecision): NumberFormat {
  return FORMAT_BITS[precision.weights] >= FORMAT_BITS[precision.activations]
    ? precision.weights
    : precision.activations
}

/** Peak of a format on this chip, TFLOP/s; 16- and 32-bit formats always run (on the 16-bit peak). */
function nativePeakTflops(hardware: AcceleratorSpec, format: NumberFormat): number {
  switch (format) {
    case 'fp8':
      return hardware.peakTflops.fp8
    case 'int8':
      return hardware.peakTflops.int8
    case 'fp4':
    case 'int4':
      return hardware.peakTflops.fp4
    case 'fp16':
    case 'bf16':
    case 'fp32':
      return hardware.peakTflops.fp16
  }
}

export interface DefaultPrecision {
  readonly precision: NativePrecision
  /** Set when the chip lacks the model's native math format and the default had to fall back. */
  readonly warning?: string
}

/**
 * Default precision of `model` on `hardware`: the model's native formats, except that when the chip
 * has no tensor-core path for the native math format (FP8 on an A100, FP8 on a TPU v5e), the
 * activations drop to BF16 while the weights keep their stored format. That is what serving stacks
 * do: vLLM runs FP8 checkpoints on GPUs without FP8 math as weight-only W8A16 with its FP8 Marlin
 * kernels (docs.vllm.ai, features/quantization/fp8: "FP8 models will run on compute capability
 * >= 7.5 (Turing) as weight-only W8A16"). The weights keep their memory saving; the math runs at
 * the 16-bit peak.
 */
export function defaultPrecision(model: ModelSpec, hardware: AcceleratorSpec): DefaultPrecision {
  const native = model.nativePrecision
  const math = mathFormatOf(native)
  if (FORMAT_BITS[math] >= 16 || nativePeakTflops(hardware, math) > 0) return { precision: native }
  const precision: NativePrecision = { ...native, activations: 'bf16' }
  return {
    precision,
    warning:
      `${model.name} ships in ${math.toUpperCase()}, but ${hardware.name} has no ${math.toUpperCase()} math: ` +
      `the default keeps ${native.weights} weights and runs the matrix math in bf16 (weight-only, ` +
      `as vLLM serves FP8 checkpoints on GPUs without FP8). Set precision to choose otherwise.`,
  }
}
