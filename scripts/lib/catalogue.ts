/**
 * `npm run simulate -- --catalogue`: the engine's catalogues as JSON (engine-model.md §7), so a
 * reviewer can check every figure and its source without reading TypeScript.
 */
import { ACCELERATORS, MODELS } from '../../src/engine/index'

/** Hardware and models with id, name, vendor, year (volume year for hardware), specs and sources. */
export function catalogueJson(): { hardware: unknown[]; models: unknown[] } {
  return {
    hardware: ACCELERATORS.map(({ id, name, vendor, volumeYear, sources, ...specs }) => ({
      id,
      name,
      vendor,
      year: volumeYear,
      specs,
      sources,
    })),
    models: MODELS.map(({ id, name, vendor, year, sources, ...specs }) => ({
      id,
      name,
      vendor,
      year,
      specs,
      sources,
    })),
  }
}
