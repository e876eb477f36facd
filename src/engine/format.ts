/**
 * Number formatting for the words the engine writes on every result (labels, the deployment's
 * "why"). `toLocaleString` goes through Intl and costs microseconds a call, which the result of
 * every simulate() pays several times; whole numbers are grouped by hand here, and anything else
 * falls back to Intl, so the text is identical to `x.toLocaleString('en-US')`.
 */

/** `x.toLocaleString('en-US')`: "1,024", "72", "12.5". */
export function groupedNumber(x: number): string {
  if (!Number.isInteger(x) || Math.abs(x) >= 1e21) return x.toLocaleString('en-US')
  const digits = String(Math.abs(x))
  if (digits.length <= 3) return x < 0 ? `-${digits}` : digits
  let grouped = ''
  const head = digits.length % 3
  if (head > 0) grouped = digits.slice(0, head)
  for (let i = head; i < digits.length; i += 3) {
    grouped += (grouped === '' ? '' : ',') + digits.slice(i, i + 3)
  }
  return x < 0 ? `-${grouped}` : grouped
}
