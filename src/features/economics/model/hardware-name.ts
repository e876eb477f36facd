/** A catalogue hardware name without the vendor prefix and memory suffix, for tight labels: "NVIDIA H100 SXM5 80GB" → "H100". */
export function shortHardwareName(name: string): string {
  const short = name
    .replace(/^(NVIDIA|AMD|Google|AWS|Huawei) /, '')
    .replace(/ SXM\d?( \d+GB)?$/, '')
    .replace(/ \d+GB( SXM\d?)?$/, '')
    .replace(/ \(HGX, [^)]*\)$/, '')
  return short || name
}
