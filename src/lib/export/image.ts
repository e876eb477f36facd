/**
 * Chart images for slides. SVG: a standalone vector file rebuilt from the chart's own <svg>
 * (recharts), with the computed colours and fonts inlined (so CSS variables and the theme survive
 * outside the page), HTML legends, notes and tables redrawn as SVG <text>, <rect> and <line> at
 * their on-screen positions, the title, scenario line and sources as real text, and a provenance
 * footer (app version, time, assumptions, levers, scenario, share link). What is hidden on screen
 * (the accessible data tables, the export menu) is not drawn. PNG: that same SVG drawn by the
 * browser at 2× pixel density, so both files match. Only where the browser cannot draw the SVG
 * does the PNG fall back to html-to-image.
 */
import { toBlob } from 'html-to-image'

/** Elements carrying this attribute (the export menu itself) are left out of every image. */
export const EXPORT_IGNORE_ATTRIBUTE = 'data-export-ignore'

export interface FrameText {
  readonly title: string
  readonly subtitle?: string
  readonly sources?: string
  /** Lines under the sources saying where the image comes from (lib/export/provenance.ts). */
  readonly footer?: readonly string[]
}

const SVG_NS = 'http://www.w3.org/2000/svg'
const PAD = 24 // px around the exported drawing
const TITLE_SIZE = 18 // px
const SUBTITLE_SIZE = 13 // px
const SOURCES_SIZE = 11 // px
const LINE_GAP = 1.35 // line height as a multiple of the font size
/** Average glyph width of a sans-serif font as a share of its size, for wrapping text. */
const GLYPH_WIDTH_EM = 0.55

const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'stop-color',
  'stop-opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const

function keepNode(node: HTMLElement): boolean {
  return !(typeof node.hasAttribute === 'function' && node.hasAttribute(EXPORT_IGNORE_ATTRIBUTE))
}

const TRANSPARENT = new Set(['', 'transparent', 'rgba(0, 0, 0, 0)'])

/** The first opaque background colour at or above `node` (white when none). */
export function backgroundOf(node: Element): string {
  for (let el: Element | null = node; el; el = el.parentElement) {
    const color = getComputedStyle(el).backgroundColor
    if (!TRANSPARENT.has(color)) return color
  }
  return '#ffffff'
}

/** PNG of a DOM node at `pixelRatio` × its CSS size (2 = sharp on slides and retina screens). */
export async function nodeToPngBlob(node: HTMLElement, pixelRatio = 2): Promise<Blob> {
  const blob = await toBlob(node, {
    pixelRatio,
    backgroundColor: backgroundOf(node),
    filter: keepNode,
    skipFonts: true,
  })
  if (!blob) throw new Error('the browser could not draw the image')
  return blob
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** Width of a line of text in px; 0 when the page cannot measure (then the estimate is used). */
export type MeasureText = (text: string, fontSize: number, fontWeight: number) => number

const estimateWidth: MeasureText = (text, fontSize) => text.length * fontSize * GLYPH_WIDTH_EM

/**
 * Greedy word wrap for a line of `fontSize` px text in `maxWidth` px. Widths are measured when
 * `measure` can (a bold title is wider than the estimate, and a clipped title is what the review
 * found), estimated otherwise; a word longer than a line (a share link) is cut into pieces.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: MeasureText = estimateWidth,
  fontWeight = 400,
): string[] {
  const width = (t: string): number =>
    measure(t, fontSize, fontWeight) || estimateWidth(t, fontSize, fontWeight)
  const fits = (t: string): boolean => width(t) <= maxWidth
  const lines: string[] = []
  let line = ''
  for (let word of text.split(/\s+/).filter(Boolean)) {
    if (line && fits(`${line} ${word}`)) {
      line = `${line} ${word}`
      continue
    }
    if (line) lines.push(line)
    while (!fits(word) && word.length > 8) {
      let cut = word.length - 1
      while (cut > 8 && !fits(word.slice(0, cut))) cut = Math.floor(cut * 0.9)
      lines.push(word.slice(0, cut))
      word = word.slice(cut)
    }
    line = word
  }
  if (line) lines.push(line)
  return lines
}

/** Measures text with a hidden span in `host` (so the page's font is used). */
function domMeasure(host: HTMLElement): MeasureText {
  const span = document.createElement('span')
  span.setAttribute('aria-hidden', 'true')
  span.setAttribute(EXPORT_IGNORE_ATTRIBUTE, '')
  span.className = 'export-measure'
  // Out of the layout and never wrapped, so its width is the text's own (CSSOM, allowed by the CSP).
  span.style.position = 'absolute'
  span.style.left = '-10000px'
  span.style.top = '0'
  span.style.whiteSpace = 'nowrap'
  span.style.visibility = 'hidden'
  host.append(span)
  const cache = new Map<string, number>()
  return (text, fontSize, fontWeight) => {
    const key = `${fontSize}/${fontWeight}/${text}`
    const known = cache.get(key)
    if (known !== undefined) return known
    span.style.fontSize = `${fontSize}px`
    span.style.fontWeight = String(fontWeight)
    span.textContent = text
    const measured = span.getBoundingClientRect().width
    cache.set(key, measured)
    return measured
  }
}

/** Initial values of the properties that are not inherited: written only when they differ. */
const INITIAL: Readonly<Record<string, string>> = {
  opacity: '1',
  'stop-color': 'rgb(0, 0, 0)',
  'stop-opacity': '1',
  'dominant-baseline': 'auto',
}

/**
 * Properties a child inherits: written only where they differ from the parent's. That is every
 * copied property but the non-inherited ones above and `display`, which is handled on its own.
 */
const INHERITED = new Set<string>(
  STYLE_PROPERTIES.filter((property) => !(property in INITIAL) && property !== 'display'),
)

/**
 * Copy the computed presentation of `source` and its descendants onto the clone `target`, so the
 * file looks the same outside the page: CSS variables and theme rules become plain values. They
 * are written as SVG presentation attributes (fill="…"), not a style="…" attribute, which the page's
 * Content-Security-Policy (no 'unsafe-inline') would refuse. Only what differs from the parent (or
 * from the initial value), or replaces an attribute the element already has, is written, to keep
 * the file small.
 */
function inlineComputedStyles(
  source: Element,
  target: Element,
  parent?: ReadonlyMap<string, string>,
): void {
  const computed = getComputedStyle(source)
  const values = new Map<string, string>()
  target.removeAttribute('style')
  for (const property of STYLE_PROPERTIES) {
    const value = computed.getPropertyValue(property)
    values.set(property, value)
    if (!value) continue
    if (property === 'display') {
      if (value === 'none') target.setAttribute('display', 'none')
      else target.removeAttribute('display')
    } else if (
      target.hasAttribute(property) ||
      (INHERITED.has(property) ? parent?.get(property) !== value : INITIAL[property] !== value)
    ) {
      target.setAttribute(property, value)
    }
  }
  // Other attributes that name CSS variables would not resolve in a file: drop them.
  for (const attribute of [...target.attributes]) {
    if (attribute.value.includes('var(')) target.removeAttribute(attribute.name)
  }
  const sourceChildren = source.children
  const targetChildren = target.children
  for (let i = 0; i < sourceChildren.length && i < targetChildren.length; i++) {
    inlineComputedStyles(sourceChildren[i]!, targetChildren[i]!, values)
  }
}

function placedSvg(svg: SVGSVGElement, x: number, y: number): string {
  const clone = svg.cloneNode(true) as SVGSVGElement
  inlineComputedStyles(svg, clone)
  const rect = svg.getBoundingClientRect()
  clone.setAttribute('x', String(Math.round(x)))
  clone.setAttribute('y', String(Math.round(y)))
  if (rect.width > 0 && !clone.getAttribute('width'))
    clone.setAttribute('width', String(rect.width))
  if (rect.height > 0 && !clone.getAttribute('height'))
    clone.setAttribute('height', String(rect.height))
  for (const attribute of ['class', 'tabindex', 'role', 'aria-label'])
    clone.removeAttribute(attribute)
  return new XMLSerializer().serializeToString(clone)
}

function textElement(
  text: string,
  x: number,
  y: number,
  size: number,
  color: string,
  weight = 400,
): string {
  return `<text x="${Math.round(x)}" y="${Math.round(y)}" font-size="${size}" font-weight="${weight}" fill="${escapeXml(color)}">${escapeXml(text)}</text>`
}

function colorOf(element: Element | null, fallback: string): string {
  if (!element) return fallback
  const color = getComputedStyle(element).color
  return color || fallback
}

interface Origin {
  readonly left: number
  readonly top: number
}

const isOpaque = (color: string): boolean => !TRANSPARENT.has(color)

/** Hidden on screen: the accessible data tables (.visually-hidden, clip), ignored or not displayed. */
function hiddenOnScreen(el: Element, root: Element, cache: Map<Element, boolean>): boolean {
  const known = cache.get(el)
  if (known !== undefined) return known
  let hidden = false
  if (el !== root) {
    const style = getComputedStyle(el)
    hidden =
      el.hasAttribute(EXPORT_IGNORE_ATTRIBUTE) ||
      el.classList.contains('visually-hidden') ||
      style.display === 'none' ||
      /^rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)$/.test(style.clip) ||
      style.clipPath === 'inset(50%)' ||
      (el.parentElement ? hiddenOnScreen(el.parentElement, root, cache) : false)
  }
  cache.set(el, hidden)
  return hidden
}

/** HTML text (legends, notes, table cells) in `body` as <text>, one per rendered line, at its position. */
function htmlTextParts(
  body: HTMLElement,
  origin: Origin,
  dx: number,
  dy: number,
  hidden: Map<Element, boolean>,
): string[] {
  const parts: string[] = []
  // jsdom (unit tests) has ranges without layout: there is nothing to place.
  if (
    typeof document.createRange !== 'function' ||
    typeof Range.prototype.getBoundingClientRect !== 'function'
  )
    return parts
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text
    const parent = text.parentElement
    if (
      !parent ||
      parent.closest('svg') ||
      !text.data.trim() ||
      hiddenOnScreen(parent, body, hidden)
    )
      continue
    const style = getComputedStyle(parent)
    if (style.visibility === 'hidden') continue
    const upper = style.textTransform === 'uppercase'
    const lines = new Map<number, { x: number; mid: number; words: string[] }>()
    for (const match of text.data.matchAll(/\S+/g)) {
      const range = document.createRange()
      range.setStart(text, match.index)
      range.setEnd(text, match.index + match[0].length)
      const r = range.getBoundingClientRect()
      if (r.width === 0 && r.height === 0) continue
      const word = upper ? match[0].toUpperCase() : match[0]
      const key = Math.round(r.top)
      const line = lines.get(key)
      if (line) line.words.push(word)
      else lines.set(key, { x: r.left, mid: r.top + r.height / 2, words: [word] })
    }
    for (const line of lines.values()) {
      parts.push(
        `<text x="${Math.round(dx + line.x - origin.left)}" y="${Math.round(dy + line.mid - origin.top)}" dominant-baseline="central" font-size="${parseFloat(style.fontSize) || 12}" font-weight="${style.fontWeight || 400}"${style.fontStyle === 'italic' ? ' font-style="italic"' : ''} fill="${escapeXml(style.color || '#17202e')}">${escapeXml(line.words.join(' '))}</text>`,
      )
    }
  }
  return parts
}

const BORDER_SIDES = ['Top', 'Right', 'Bottom', 'Left'] as const

/**
 * Boxes in HTML as <rect>/<line>: legend swatches, table cell backgrounds, table rules and dashed
 * keys, each where it is on screen. Backgrounds equal to the frame's are left out (they are the page).
 */
function htmlBoxParts(
  body: HTMLElement,
  origin: Origin,
  dx: number,
  dy: number,
  hidden: Map<Element, boolean>,
  pageBackground: string,
): string[] {
  const parts: string[] = []
  for (const el of body.querySelectorAll<HTMLElement>('*')) {
    if (el.closest('svg') || hiddenOnScreen(el, body, hidden)) continue
    const r = el.getBoundingClientRect()
    if (r.width === 0 || r.height === 0) continue
    const style = getComputedStyle(el)
    if (style.visibility === 'hidden') continue
    const x = Math.round(dx + r.left - origin.left)
    const y = Math.round(dy + r.top - origin.top)
    const w = Math.round(r.width)
    const h = Math.round(r.height)
    if (isOpaque(style.backgroundColor) && style.backgroundColor !== pageBackground) {
      const radius = parseFloat(style.borderTopLeftRadius) || 0
      parts.push(
        `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${Math.min(radius, r.height / 2)}" fill="${escapeXml(style.backgroundColor)}"/>`,
      )
    }
    for (const side of BORDER_SIDES) {
      const borderWidth =
        parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) || 0
      const borderStyle = style.getPropertyValue(`border-${side.toLowerCase()}-style`)
      const color = style.getPropertyValue(`border-${side.toLowerCase()}-color`)
      if (borderWidth <= 0 || borderStyle === 'none' || !isOpaque(color)) continue
      const dash =
        borderStyle === 'dashed'
          ? ' stroke-dasharray="4 3"'
          : borderStyle === 'dotted'
            ? ' stroke-dasharray="1 2"'
            : ''
      const [x1, y1, x2, y2] =
        side === 'Top'
          ? [x, y, x + w, y]
          : side === 'Bottom'
            ? [x, y + h, x + w, y + h]
            : side === 'Left'
              ? [x, y, x, y + h]
              : [x + w, y, x + w, y + h]
      parts.push(
        `<line x1="${x1}" x2="${x2}" y1="${y1}" y2="${y2}" stroke="${escapeXml(color)}" stroke-width="${borderWidth}"${dash}/>`,
      )
    }
  }
  return parts
}

/** A standalone SVG document of a chart frame, and its size. */
export interface VectorImage {
  readonly svg: string
  /** CSS pixels. */
  readonly width: number
  readonly height: number
}

export function frameToSvgDocument(frame: HTMLElement, body: HTMLElement, text: FrameText): string {
  return frameToVector(frame, body, text).svg
}

/**
 * The frame as a standalone SVG: title, scenario line, every <svg> in the body and its HTML legends,
 * notes and tables at their on-screen positions, the sources and the provenance footer. The image is
 * as wide as the panel on screen (its padding is the image's margin), so a PNG at 2× is exactly
 * twice the panel's width. Nothing is HTML inside SVG: a vector editor opens every part.
 */
export function frameToVector(frame: HTMLElement, body: HTMLElement, text: FrameText): VectorImage {
  const surfaces = [...body.querySelectorAll<SVGSVGElement>('svg')].filter(
    (svg) => !svg.parentElement?.closest('svg') && !svg.closest(`[${EXPORT_IGNORE_ATTRIBUTE}]`),
  )
  const hidden = new Map<Element, boolean>()
  const frameRect = frame.getBoundingClientRect()
  const bodyRect = body.getBoundingClientRect()
  const pad = Math.round(parseFloat(getComputedStyle(frame).paddingLeft)) || PAD
  const width = Math.max(
    320,
    Math.round(
      bodyRect.width ||
        Number(surfaces[0]?.getAttribute('width')) ||
        frameRect.width - 2 * pad ||
        640,
    ),
  )
  const bodyHeight = Math.max(
    Math.round(bodyRect.height),
    ...surfaces.map(
      (svg) => Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height || 0,
    ),
  )
  const textColor = colorOf(frame.querySelector('h2, h3'), '#17202e')
  const mutedColor = colorOf(frame.querySelector('.card-title p'), '#5a6577')
  const faintColor = colorOf(frame.querySelector('.chart-sources'), '#8a93a3')
  const fontFamily = getComputedStyle(frame).fontFamily || 'system-ui, sans-serif'
  const pageBackground = backgroundOf(frame)
  const measure = domMeasure(frame)

  const parts: string[] = []
  let y = pad + TITLE_SIZE
  for (const line of wrapText(text.title, width, TITLE_SIZE, measure, 700)) {
    parts.push(textElement(line, pad, y, TITLE_SIZE, textColor, 700))
    y += TITLE_SIZE * LINE_GAP
  }
  if (text.subtitle) {
    for (const line of wrapText(text.subtitle, width, SUBTITLE_SIZE, measure)) {
      parts.push(textElement(line, pad, y, SUBTITLE_SIZE, mutedColor))
      y += SUBTITLE_SIZE * LINE_GAP
    }
  }
  const bodyTop = y + 4
  parts.push(...htmlBoxParts(body, bodyRect, pad, bodyTop, hidden, pageBackground))
  for (const svg of surfaces) {
    if (hiddenOnScreen(svg, body, hidden)) continue
    const rect = svg.getBoundingClientRect()
    parts.push(placedSvg(svg, pad + rect.left - bodyRect.left, bodyTop + rect.top - bodyRect.top))
  }
  parts.push(...htmlTextParts(body, bodyRect, pad, bodyTop, hidden))
  y = bodyTop + bodyHeight + 12
  const rule = (): void => {
    parts.push(
      `<line x1="${pad}" x2="${pad + width}" y1="${Math.round(y)}" y2="${Math.round(y)}" stroke="${escapeXml(faintColor)}" stroke-opacity="0.4"/>`,
    )
    y += SOURCES_SIZE * 1.6
  }
  if (text.sources) {
    rule()
    for (const line of wrapText(`Sources: ${text.sources}`, width, SOURCES_SIZE, measure)) {
      parts.push(textElement(line, pad, y, SOURCES_SIZE, faintColor))
      y += SOURCES_SIZE * LINE_GAP
    }
  }
  if (text.footer && text.footer.length > 0) {
    if (!text.sources) rule()
    else y += SOURCES_SIZE * 0.4
    for (const paragraph of text.footer) {
      for (const line of wrapText(paragraph, width, SOURCES_SIZE, measure)) {
        parts.push(textElement(line, pad, y, SOURCES_SIZE, faintColor))
        y += SOURCES_SIZE * LINE_GAP
      }
    }
  }
  frame.querySelector('.export-measure')?.remove()
  const totalWidth = width + 2 * pad
  const totalHeight = Math.round(y + pad - SOURCES_SIZE * 0.35)
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="${SVG_NS}" xmlns:xlink="http://www.w3.org/1999/xlink" width="${totalWidth}" height="${totalHeight}" viewBox="0 0 ${totalWidth} ${totalHeight}" font-family="${escapeXml(fontFamily)}">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<rect width="100%" height="100%" fill="${escapeXml(pageBackground)}"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n')
  return { svg, width: totalWidth, height: totalHeight }
}

/** PNG of a standalone SVG at `pixelRatio` × its size, drawn by the browser itself. */
export async function svgToPngBlob(image: VectorImage, pixelRatio = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' }))
  try {
    const img = new Image()
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve()
      img.onerror = () => reject(new Error('the browser could not draw the chart'))
      img.src = url
    })
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(image.width * pixelRatio)
    canvas.height = Math.round(image.height * pixelRatio)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no canvas to draw on')
    context.scale(pixelRatio, pixelRatio)
    context.drawImage(img, 0, 0, image.width, image.height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) =>
          blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG')),
        'image/png',
      ),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}
