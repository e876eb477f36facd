export function OverviewView() {
  return <section aria-label="Prefill and decode" />
}
