export function HeaderControls() {
  return null
}
