export function ScenarioControls() {
  return <section aria-label="Scenario" />
}
