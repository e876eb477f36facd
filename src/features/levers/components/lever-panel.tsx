export function LeverPanel() {
  return <section aria-label="Levers" />
}
