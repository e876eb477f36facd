/**
 * The roadmap check in tables (issue 12 item 3): the lever-built chip of each year beside the
 * announced parts in volume by then. Dumb components: the engine computed every number and
 * caveat (analysis/roadmap-check.ts); these lay them out and name the columns for the exports.
 */
import type { RoadmapCheck, RoadmapEnvelopeAxis, RoadmapRatios } from '@/engine/index'
import type { ExportTable } from '@/lib/export/table-data'
import { formatFold, formatNumber, formatUsd, formatWatts } from '@/lib/format'

import './roadmap-check.css'

/** FLOP/s as PFLOP/s or TFLOP/s. */
export function formatFlops(value: number): string {
  if (!Number.isFinite(value)) return '—'
  return value >= 1e15
    ? `${formatNumber(value / 1e15)} PFLOP/s`
    : `${formatNumber(value / 1e12)} TFLOP/s`
}

/** Bytes/s as TB/s. */
export function formatBandwidth(value: number): string {
  return Number.isFinite(value) ? `${formatNumber(value / 1e12)} TB/s` : '—'
}

/** USD per hour to the cent below $100 ($0.54/h, $1.20/h), as prices per hour are quoted. */
export function formatUsdPerHour(value: number): string {
  if (!Number.isFinite(value)) return '—'
  return value < 100 ? `$${value.toFixed(2)}/h` : `${formatUsd(value)}/h`
}

const AXIS_WORDS: Record<RoadmapEnvelopeAxis['axis'], string> = {
  flops: 'FLOP/s',
  bandwidth: 'bandwidth',
  watts: 'power',
  usdPerHour: '$/hour',
  flopsPerWatt: 'FLOP/s per watt',
  bandwidthPerUsdPerHour: 'bandwidth per $/hour',
}

const RATIO_AXES = ['flops', 'bandwidth', 'watts', 'usdPerHour'] as const
type RatioAxis = (typeof RATIO_AXES)[number]
const RATIO_LABEL: Record<RatioAxis, string> = {
  flops: '× FLOP/s',
  bandwidth: '× bandwidth',
  watts: '× watts',
  usdPerHour: '× $/hour',
}

/** What the $/hour compares, in words. */
export function basisWords(check: RoadmapCheck): string {
  return check.usdPerHourBasis === 'rental'
    ? 'rental price per hour'
    : 'accelerator price recovered per hour (capital recovery)'
}

function envelopeOf(check: RoadmapCheck, axis: RatioAxis): RoadmapEnvelopeAxis | undefined {
  return check.envelope.find((e) => e.axis === axis)
}

/** The numbers behind the per-year table, one row per year. */
export function roadmapCheckExport(checks: readonly RoadmapCheck[]): ExportTable {
  return {
    columns: [
      { key: 'year', label: 'Year' },
      { key: 'format', label: 'Math format' },
      { key: 'flops', label: 'Lever-built chip: peak', unit: 'FLOP/s' },
      { key: 'bandwidth', label: 'Lever-built chip: memory bandwidth', unit: 'bytes/s' },
      { key: 'watts', label: 'Lever-built chip: power limit', unit: 'W' },
      { key: 'usdPerHour', label: 'Lever-built chip', unit: 'USD/hour' },
      { key: 'usdPerHourBasis', label: 'USD/hour basis' },
      { key: 'nearest', label: 'Nearest announced part' },
      ...RATIO_AXES.map((a) => ({ key: `nearest_${a}`, label: `Chip ÷ nearest part, ${a}` })),
      ...RATIO_AXES.map((a) => ({ key: `best_${a}`, label: `Chip ÷ best announced part, ${a}` })),
      { key: 'outside', label: 'Beyond every announced part' },
      { key: 'caveats', label: 'Caveats' },
    ],
    rows: checks.map((c) => ({
      year: c.year,
      format: c.formatLabel,
      flops: c.chip.flopsPerSecond,
      bandwidth: c.chip.memoryBandwidthBytesPerSecond,
      watts: c.chip.powerLimitWatts,
      usdPerHour: c.chip.usdPerHour,
      usdPerHourBasis: c.usdPerHourBasis,
      nearest: c.nearest?.name ?? null,
      ...Object.fromEntries(RATIO_AXES.map((a) => [`nearest_${a}`, c.nearest?.ratios[a] ?? null])),
      ...Object.fromEntries(RATIO_AXES.map((a) => [`best_${a}`, envelopeOf(c, a)?.ratio ?? null])),
      outside: c.outside,
      caveats: c.caveats.join(' · '),
    })),
  }
}

/** The numbers behind one year's parts table. */
export function roadmapPartsExport(check: RoadmapCheck): ExportTable {
  return {
    columns: [
      { key: 'part', label: 'Part' },
      { key: 'id', label: 'Catalogue id' },
      { key: 'volumeYear', label: 'Volume year' },
      { key: 'projected', label: 'Projected (announced, not shipping)' },
      { key: 'flops', label: `Peak at ${check.formatLabel}`, unit: 'FLOP/s' },
      { key: 'bandwidth', label: 'Memory bandwidth', unit: 'bytes/s' },
      { key: 'watts', label: 'Power limit', unit: 'W' },
      { key: 'usdPerHour', label: basisWords(check), unit: 'USD/hour' },
      ...RATIO_AXES.map((a) => ({ key: `ratio_${a}`, label: `Chip ÷ part, ${a}` })),
    ],
    rows: [
      {
        part: `Lever-built chip, ${check.year}`,
        id: null,
        volumeYear: null,
        projected: null,
        flops: check.chip.flopsPerSecond,
        bandwidth: check.chip.memoryBandwidthBytesPerSecond,
        watts: check.chip.powerLimitWatts,
        usdPerHour: check.chip.usdPerHour,
        ...Object.fromEntries(RATIO_AXES.map((a) => [`ratio_${a}`, 1])),
      },
      ...check.parts.map((p) => ({
        part: p.name,
        id: p.id,
        volumeYear: p.volumeYear,
        projected: p.projected,
        flops: p.flopsPerSecond,
        bandwidth: p.memoryBandwidthBytesPerSecond,
        watts: p.powerLimitWatts,
        usdPerHour: p.usdPerHour,
        ...Object.fromEntries(RATIO_AXES.map((a) => [`ratio_${a}`, p.ratios[a]])),
      })),
    ],
  }
}

/** A ratio cell's words: "1.2×", with the direction of concern flagged by the caller. */
function Ratio({ value, outside }: { readonly value: number; readonly outside?: boolean }) {
  return (
    <span className="roadmap-ratio num" data-outside={outside ? 'true' : undefined}>
      {formatFold(value)}
    </span>
  )
}

function ChipCell({ check }: { readonly check: RoadmapCheck }) {
  const c = check.chip
  return (
    <td className="roadmap-chip-cell">
      <span className="roadmap-chip-line num">
        {formatFlops(c.flopsPerSecond)} <span className="roadmap-muted">· {check.formatLabel}</span>
      </span>
      <span className="roadmap-chip-line num roadmap-muted">
        <span className="roadmap-nowrap">{formatBandwidth(c.memoryBandwidthBytesPerSecond)}</span> ·{' '}
        <span className="roadmap-nowrap">{formatWatts(c.powerLimitWatts)}</span> ·{' '}
        <span className="roadmap-nowrap">{formatUsdPerHour(c.usdPerHour)}</span>
      </span>
    </td>
  )
}

/** A compact verdict: within the announced parts, or the axes on which the chip is beyond them all. */
export function EnvelopeVerdict({ check }: { readonly check: RoadmapCheck }) {
  const beyond = check.envelope.filter((e) => e.outside)
  return beyond.length === 0 ? (
    <span className="roadmap-verdict" data-tone="good">
      Within
    </span>
  ) : (
    <span className="roadmap-verdict" data-tone="bad">
      <span aria-hidden="true">⚠ </span>Beyond: {beyond.map((e) => AXIS_WORDS[e.axis]).join(', ')}
    </span>
  )
}

/**
 * One row per year: the lever-built chip, its nearest announced part and the ratios to it, the
 * ratio to the best announced part on each axis underneath, and a verdict; caveats under the table.
 */
export function RoadmapCheckTable({ checks }: { readonly checks: readonly RoadmapCheck[] }) {
  const first = checks[0]
  if (!first) return null
  return (
    // Scrolls sideways on a narrow screen: focusable so a keyboard can scroll it (axe: scrollable-region-focusable).
    <div className="roadmap-check" tabIndex={0} role="region" aria-label="Roadmap check table">
      <table className="roadmap-table roadmap-table-years" aria-label="Roadmap check by year">
        {/* Fixed widths: every row wraps alike, and a narrow frame never pushes the verdict out. */}
        <colgroup>
          <col style={{ width: '5%' }} />
          <col style={{ width: '19%' }} />
          <col style={{ width: '15%' }} />
          {RATIO_AXES.map((a) => (
            <col key={a} style={{ width: '11%' }} />
          ))}
          <col style={{ width: '17%' }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Lever-built chip</th>
            <th scope="col">Nearest announced part</th>
            {RATIO_AXES.map((a) => (
              <th scope="col" key={a} className="roadmap-num">
                {RATIO_LABEL[a]}
              </th>
            ))}
            <th scope="col" className="roadmap-verdict-col">
              All announced parts
            </th>
          </tr>
        </thead>
        <tbody>
          {checks.map((check) => (
            <tr key={check.year} data-outside={check.outside ? 'true' : undefined}>
              <th scope="row" className="num">
                {check.year}
              </th>
              <ChipCell check={check} />
              <td>
                {check.nearest ? (
                  <>
                    <span className="roadmap-chip-line">{check.nearest.shortName}</span>
                    <span className="roadmap-chip-line roadmap-muted">
                      in volume {check.nearest.volumeYear}
                      {check.nearest.projected ? ', projected' : ''}
                    </span>
                  </>
                ) : (
                  <span className="roadmap-muted">no announced part of this memory class</span>
                )}
              </td>
              {RATIO_AXES.map((a) => (
                <td key={a} className="roadmap-num">
                  {check.nearest ? <Ratio value={check.nearest.ratios[a]} /> : '—'}
                  <RatioToBest check={check} axis={a} />
                </td>
              ))}
              <td>
                <EnvelopeVerdict check={check} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <RoadmapCaveats checks={checks} />
      <p className="roadmap-legend">
        Ratios are the lever-built chip ÷ the part: above 1 the chip has more (or costs more per
        hour). Under each ratio, “vs best”: the same against the best announced part on that axis
        (most FLOP/s, bandwidth and power, lowest $/hour); red where the chip is beyond all of them.
        $/hour is the {basisWords(first)}.
      </p>
    </div>
  )
}

function RatioToBest({ check, axis }: { readonly check: RoadmapCheck; readonly axis: RatioAxis }) {
  const best = envelopeOf(check, axis)
  if (!best) return null
  return (
    <span className="roadmap-best num" data-outside={best.outside ? 'true' : undefined}>
      vs best <span className="roadmap-nowrap">{formatFold(best.ratio)}</span>
    </span>
  )
}

/** Every caveat, flagged: what a quoted figure rests on beyond the announced parts. */
export function RoadmapCaveats({ checks }: { readonly checks: readonly RoadmapCheck[] }) {
  const caveats = checks.flatMap((c) => c.caveats)
  if (caveats.length === 0) return null
  return (
    <ul className="roadmap-caveats" aria-label="Roadmap caveats">
      {caveats.map((text) => (
        <li key={text}>
          <span className="roadmap-caveat-flag" aria-hidden="true">
            ⚠
          </span>{' '}
          {text}.
        </li>
      ))}
    </ul>
  )
}

/** One year's lever-built chip against every announced part in volume by then. */
export function RoadmapPartsTable({ check }: { readonly check: RoadmapCheck }) {
  const envelopeRatio = (axis: RatioAxis): RoadmapRatios[RatioAxis] | undefined =>
    envelopeOf(check, axis)?.ratio
  return (
    <div
      className="roadmap-check"
      tabIndex={0}
      role="region"
      aria-label={`Roadmap check ${check.year} table`}
    >
      <RoadmapCaveats checks={[check]} />
      <table className="roadmap-table" aria-label={`Announced parts in volume by ${check.year}`}>
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col" className="roadmap-num">
              Peak ({check.formatLabel})
            </th>
            <th scope="col" className="roadmap-num">
              Bandwidth
            </th>
            <th scope="col" className="roadmap-num">
              Power
            </th>
            <th scope="col" className="roadmap-num">
              $/hour
            </th>
            {RATIO_AXES.map((a) => (
              <th scope="col" key={a} className="roadmap-num">
                {RATIO_LABEL[a]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="roadmap-chip-row" data-outside={check.outside ? 'true' : undefined}>
            <th scope="row">Lever-built chip, {check.year}</th>
            <td className="roadmap-num num">{formatFlops(check.chip.flopsPerSecond)}</td>
            <td className="roadmap-num num">
              {formatBandwidth(check.chip.memoryBandwidthBytesPerSecond)}
            </td>
            <td className="roadmap-num num">{formatWatts(check.chip.powerLimitWatts)}</td>
            <td className="roadmap-num num">{formatUsdPerHour(check.chip.usdPerHour)}</td>
            {RATIO_AXES.map((a) => {
              const r = envelopeRatio(a)
              return (
                <td key={a} className="roadmap-num">
                  {r === undefined ? '—' : <RatioToBest check={check} axis={a} />}
                </td>
              )
            })}
          </tr>
          {check.parts.map((p) => (
            <tr key={p.id} data-nearest={check.nearest?.id === p.id ? 'true' : undefined}>
              <th scope="row">
                {p.shortName}
                <span className="roadmap-muted">
                  {' '}
                  · {p.vendor} · {p.volumeYear}
                  {p.projected ? ', projected' : ''}
                  {check.nearest?.id === p.id ? ' · nearest' : ''}
                </span>
              </th>
              <td className="roadmap-num num">{formatFlops(p.flopsPerSecond)}</td>
              <td className="roadmap-num num">
                {formatBandwidth(p.memoryBandwidthBytesPerSecond)}
              </td>
              <td className="roadmap-num num">{formatWatts(p.powerLimitWatts)}</td>
              <td className="roadmap-num num">{formatUsdPerHour(p.usdPerHour)}</td>
              {RATIO_AXES.map((a) => (
                <td key={a} className="roadmap-num">
                  <Ratio value={p.ratios[a]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="roadmap-legend">
        Ratios are the lever-built chip ÷ the part. The chip’s own row gives its ratio to the best
        part on each axis. $/hour is the {basisWords(check)}.
      </p>
    </div>
  )
}
