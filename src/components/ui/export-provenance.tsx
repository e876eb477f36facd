import { createContext, useContext } from 'react'

import type { ExportProvenance } from '@/lib/export/provenance'

/**
 * How a chart frame learns where its export comes from: the app provides a function that reads the
 * scenario at the moment of the export (app/export-provenance.ts), so every ChartFrame, the ones
 * added later included, carries the same provenance without passing it down.
 */
export const ExportProvenanceContext = createContext<() => ExportProvenance | undefined>(
  () => undefined,
)

export function useExportProvenance(): () => ExportProvenance | undefined {
  return useContext(ExportProvenanceContext)
}
