import { useRef, useState, type ReactNode } from 'react'

import { copyTable } from '@/lib/export/clipboard'
import { toCsv } from '@/lib/export/csv'
import { downloadBlob, downloadText, fileName } from '@/lib/export/download'
import {
  EXPORT_IGNORE_ATTRIBUTE,
  frameToVector,
  nodeToPngBlob,
  svgToPngBlob,
} from '@/lib/export/image'
import { toJsonDocument } from '@/lib/export/json'
import { csvPreamble, imageFooter } from '@/lib/export/provenance'
import type { ExportData } from '@/lib/export/table-data'

import { useExportProvenance } from './export-provenance'
import { MenuButton, type MenuItem } from './menu-button'

interface ChartFrameProps {
  /** Chart title, in plain words. */
  readonly title: string
  /** One line under the title: what is shown and the scenario it is for. */
  readonly subtitle?: string
  /** Sources and assumptions behind the numbers, shown under the chart (and in exports). */
  readonly sources?: string
  /** Extra controls for the top-right corner (toggles). They are left out of exported images. */
  readonly actions?: ReactNode
  readonly children: ReactNode
  readonly className?: string
  /** The numbers behind the chart, offered as CSV, JSON and a clipboard table in the export menu. */
  readonly data?: ExportData
  /** Base of the exported file names (default: the title). */
  readonly exportName?: string
  /** Show the export menu (default true). */
  readonly exportable?: boolean
  /**
   * What the exported figures were computed for, where that is not the scenario being edited (the
   * claims' own scenarios, the use cases' models): written into every export's provenance.
   */
  readonly exportScope?: string
}

type ExportKind = 'png' | 'svg' | 'csv' | 'json' | 'copy'

const ignore = { [EXPORT_IGNORE_ATTRIBUTE]: '' }

/**
 * The frame every chart sits in: title, one-line subtitle, the chart, and a sources footer.
 * Its export menu saves the whole frame as PNG (2×) or SVG, so a slide carries its own title,
 * scenario line and sources, and the data (when given) as CSV, JSON or a table on the clipboard.
 */
export function ChartFrame({
  title,
  subtitle,
  sources,
  actions,
  children,
  className,
  data,
  exportName,
  exportable = true,
  exportScope,
}: ChartFrameProps) {
  const frameRef = useRef<HTMLElement>(null)
  const bodyRef = useRef<HTMLDivElement>(null)
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  const provenanceNow = useExportProvenance()
  const base = exportName ?? title

  const run = async (kind: ExportKind): Promise<void> => {
    const frame = frameRef.current
    const body = bodyRef.current
    if (!frame || !body) return
    setBusy(true)
    setStatus(kind === 'png' || kind === 'svg' ? 'Preparing the image…' : '')
    try {
      const scenarioProvenance = provenanceNow()
      const provenance =
        scenarioProvenance && exportScope
          ? { ...scenarioProvenance, scope: exportScope }
          : scenarioProvenance
      const meta = {
        title,
        ...(subtitle ? { subtitle } : {}),
        ...(sources ? { sources } : {}),
        ...(provenance ? { footer: imageFooter(provenance) } : {}),
      }
      if (kind === 'png') {
        const name = fileName(base, 'png')
        const vector = frameToVector(frame, body, meta)
        const blob = await svgToPngBlob(vector, 2).catch(() => nodeToPngBlob(frame, 2))
        downloadBlob(blob, name)
        setStatus(`Saved ${name} (2× resolution).`)
      } else if (kind === 'svg') {
        const name = fileName(base, 'svg')
        downloadText(frameToVector(frame, body, meta).svg, name, 'image/svg+xml')
        setStatus(`Saved ${name}.`)
      } else if (data && kind === 'csv') {
        const name = fileName(base, 'csv')
        // Title, subtitle, the sources line the chart shows, then the provenance.
        const heading = `# ${title}\r\n${subtitle ? `# ${subtitle}\r\n` : ''}`
        const sourcesLine = sources ? `# sources: ${sources.replace(/[\r\n]+/g, ' ')}\r\n` : ''
        const preamble = `${heading}${sourcesLine}${provenance ? csvPreamble(provenance) : ''}`
        downloadText(`${preamble}${toCsv(data)}`, name, 'text/csv')
        setStatus(`Saved ${name}.`)
      } else if (data && kind === 'json') {
        const name = fileName(base, 'json')
        downloadText(
          toJsonDocument(data, {
            title,
            ...(subtitle ? { subtitle } : {}),
            ...(sources ? { sources } : {}),
            exportedAt: provenance?.exportedAt ?? new Date().toISOString(),
            ...(provenance ? { provenance } : {}),
          }),
          name,
          'application/json',
        )
        setStatus(`Saved ${name}.`)
      } else if (data && kind === 'copy') {
        const copied = await copyTable(data, title)
        setStatus(
          copied
            ? 'Table copied: paste it into a spreadsheet or a slide.'
            : 'The browser did not allow copying; use CSV instead.',
        )
      }
    } catch (error) {
      setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}.`)
    } finally {
      setBusy(false)
    }
  }

  const items: readonly MenuItem[] = [
    {
      id: 'png',
      label: 'PNG image',
      hint: '2× resolution, for slides',
      disabled: busy,
      onSelect: () => void run('png'),
    },
    {
      id: 'svg',
      label: 'SVG image',
      hint: 'vector, for editing',
      disabled: busy,
      onSelect: () => void run('svg'),
    },
    ...(data
      ? [
          {
            id: 'csv',
            label: 'CSV data',
            hint: 'for spreadsheets',
            separated: true,
            onSelect: () => void run('csv'),
          },
          {
            id: 'json',
            label: 'JSON data',
            hint: 'with units and sources',
            onSelect: () => void run('json'),
          },
          { id: 'copy', label: 'Copy data as a table', onSelect: () => void run('copy') },
        ]
      : []),
  ]

  return (
    <figure ref={frameRef} className={`card chart-frame ${className ?? ''}`} aria-label={title}>
      <figcaption className="card-title">
        <div>
          <h2>{title}</h2>
          {subtitle ? <p>{subtitle}</p> : null}
        </div>
        {actions || exportable ? (
          <div className="chart-actions" {...ignore}>
            {actions}
            {exportable ? (
              <MenuButton
                label="Export"
                ariaLabel={`Export: ${title}`}
                heading="Export this chart"
                items={items}
              />
            ) : null}
          </div>
        ) : null}
      </figcaption>
      <div className="chart-body" ref={bodyRef}>
        {children}
      </div>
      {sources ? <p className="chart-sources">Sources: {sources}</p> : null}
      <p className="chart-export-status" role="status" {...ignore}>
        {status}
      </p>
    </figure>
  )
}
