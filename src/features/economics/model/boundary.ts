import type { EnergyBoundary } from '@/engine/index'

/** What an energy figure at a boundary includes, in one line for a chart subtitle. */
export function boundaryLabel(boundary: EnergyBoundary, pue: number): string {
  switch (boundary) {
    case 'chip':
      return 'Energy at the chip boundary (accelerators only)'
    case 'node':
      return 'Energy at the node boundary (accelerators and host servers)'
    case 'facility':
      return `Energy at the facility boundary (accelerators, hosts and cooling; PUE ${pue.toFixed(2).replace(/0$/, '')})`
  }
}

/** The boundary in two or three words, for axis labels and table headers. */
export function boundaryShort(boundary: EnergyBoundary): string {
  return boundary === 'facility' ? 'facility' : boundary === 'node' ? 'node' : 'chip'
}
