/**
 * Where an exported file comes from: the app and its version, when, under which assumptions, every
 * lever's value, the model, hardware and workload, and the link that reopens the same view. Every
 * export carries it: the CSV as '#' preamble lines, the JSON as a `provenance` header object, the
 * PNG and SVG as footer lines (InferenceX's CSV preamble and PNG source line are the bar).
 */

export interface ExportProvenance {
  readonly app: string
  /** package.json version of the app that wrote the file. */
  readonly appVersion: string
  /** ISO 8601 time of the export, UTC. */
  readonly exportedAt: string
  /** 'article' or 'evidence': which lever effect set the numbers use. */
  readonly assumptionSet: string
  /** Every lever's adoption (0–1), levers that are off included. */
  readonly levers: Readonly<Record<string, number>>
  readonly model: string
  readonly hardware: string
  readonly workload: string
  readonly year: number
  /**
   * How far the figures can be trusted: the result's error band (±x %, the validation median error of
   * the nearest measured regime) and its basis, as the key figures show it.
   */
  readonly accuracy: string
  /** Opens the app on the same scenario and view. */
  readonly shareLink: string
  /**
   * Whether the scenario as set runs: "runs as set", or why not (the engine's issue, in words).
   * Where it does not, the figures are the nearest point the engine names, not a cost to quote.
   */
  readonly status?: string
  /**
   * What the exported figures were computed for, where that is not the scenario above (the
   * claims' own scenarios, the use cases' models, measured cases): the model, hardware, workload
   * and accuracy lines then describe the scenario being edited, not each row.
   */
  readonly scope?: string
  /** Inputs of the economics views that are not part of the scenario (target margin, prices, demand). */
  readonly economicsInputs?: string
}

/** The provenance as "label: value" pairs, in the order every format writes them. */
export function provenanceEntries(p: ExportProvenance): readonly (readonly [string, string])[] {
  return [
    ['app', `${p.app} ${p.appVersion}`],
    ['exported', p.exportedAt],
    ['assumptions', p.assumptionSet],
    ['model', p.model],
    ['hardware', p.hardware],
    ['workload', p.workload],
    ['year', String(p.year)],
    ...(p.status ? [['status', p.status] as const] : []),
    ...(p.scope ? [['figures', p.scope] as const] : []),
    ['accuracy', p.accuracy],
    ...(p.economicsInputs ? [['economics inputs', p.economicsInputs] as const] : []),
    [
      'levers',
      Object.entries(p.levers)
        .map(([id, value]) => `${id}=${value}`)
        .join(' '),
    ],
    ['share link', p.shareLink],
  ]
}

/** CSV preamble: one '#' line per entry (spreadsheets and pandas `comment='#'` skip them). */
export function csvPreamble(p: ExportProvenance): string {
  return provenanceEntries(p)
    .map(([label, value]) => `# ${label}: ${value.replace(/[\r\n]+/g, ' ')}\r\n`)
    .join('')
}

/** Footer paragraphs for PNG and SVG images (wrapped to the image's width when drawn). */
export function imageFooter(p: ExportProvenance): readonly string[] {
  const levers = Object.entries(p.levers)
  const on = levers.filter(([, v]) => v > 0)
  return [
    `${p.app} ${p.appVersion} · exported ${p.exportedAt} · ${p.assumptionSet} assumptions · ${p.model} · ${p.hardware} · ${p.workload} · ${p.year}`,
    ...(p.status ? [`Status: ${p.status}`] : []),
    ...(p.scope ? [`Figures: ${p.scope}`] : []),
    `Accuracy: ${p.accuracy}`,
    ...(p.economicsInputs ? [`Economics inputs: ${p.economicsInputs}`] : []),
    `Levers (adoption 0–1): ${levers.map(([id, v]) => `${id} ${v}`).join(', ')}${on.length === 0 ? ' (all off)' : ''}`,
    `Reopen: ${p.shareLink}`,
  ]
}
