/**
 * The roadmap of announced parts (issue 12 item 3): which catalogue accelerators are available in
 * volume by a given year. The roadmap check sets a lever-built chip of year Y beside these parts.
 */
import { ACCELERATORS } from './accelerators'
import type { AcceleratorSpec } from './types'

/**
 * First volume year of a roadmap part. The issue asks for what ships 2025–2028 and names Gaudi 3,
 * Cerebras WSE-3 and SambaNova SN40L, which reached volume in 2024; parts from 2024 on are what a
 * 2026 buyer chooses from, older ones (A100, H100) are the installed base.
 */
export const ROADMAP_FIRST_YEAR = 2024 // calendar year

/**
 * Catalogue accelerators whose `volumeYear` is between ROADMAP_FIRST_YEAR and `year` inclusive,
 * oldest first (then by id, so the order is stable). Older parts (A100, H100…) are the installed
 * base, not the roadmap, and are left out. Pure: the same year always gives the same list.
 */
export function roadmapParts(year: number): readonly AcceleratorSpec[] {
  return ACCELERATORS.filter(
    (part) => part.volumeYear >= ROADMAP_FIRST_YEAR && part.volumeYear <= year,
  )
    .slice()
    .sort((a, b) => a.volumeYear - b.volumeYear || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
