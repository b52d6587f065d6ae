/**
 * Places of findings: the position of a value (`report.sources[key]`), the span of several,
 * and a position inside a prose section.
 */
import { createLocator, type Point, type Position } from '../position.js'

function isPoint(value: unknown): value is Point {
  if (value === null || typeof value !== 'object') return false
  const point = value as Record<string, unknown>
  return Number.isFinite(point.line) && Number.isFinite(point.column) && Number.isFinite(point.offset)
}

/** Is `value` a `{ start, end }` position (as read back from JSON, nothing trusted). */
export function isPosition(value: unknown): value is Position {
  if (value === null || typeof value !== 'object') return false
  const position = value as Record<string, unknown>
  return isPoint(position.start) && isPoint(position.end)
}

/** Where each value came from, read defensively from `report.sources`. */
export interface Places {
  /** The position of one key, or `null` when the report does not say. */
  of(key: string): Position | null
  /** The smallest span covering the positions of `keys` that are known, or `null`. */
  span(keys: readonly string[]): Position | null
}

/**
 * Places of a report whose `sources` may be missing or malformed. A class, not closures
 * made per report, which lose their optimized code at every major GC (see `SplitWalk` in
 * `solve/split.ts`).
 */
export function placesOf(sources: unknown): Places {
  return new SourcePlaces(sources !== null && typeof sources === 'object' ? (sources as Record<string, unknown>) : {})
}

class SourcePlaces implements Places {
  constructor(private readonly table: Record<string, unknown>) {}

  of(key: string): Position | null {
    const value = Object.hasOwn(this.table, key) ? this.table[key] : undefined
    return isPosition(value) ? value : null
  }

  span(keys: readonly string[]): Position | null {
    let start: Point | null = null
    let end: Point | null = null
    for (const key of keys) {
      const place = this.of(key)
      if (place === null) continue
      if (start === null || place.start.offset < start.offset) start = place.start
      if (end === null || place.end.offset > end.offset) end = place.end
    }
    return start === null || end === null ? null : { start, end }
  }
}

/**
 * Positions inside a prose string that was cut from the user's text at `origin` (the span in
 * `report.sources['prose.overview']` etc.): `prose[i]` sits at offset `origin.start.offset + i`.
 * Line and column are computed from the prose itself, so the original text is not needed.
 */
export function proseLocator(prose: string, origin: Position | null): ((start: number, end: number) => Position) | null {
  if (origin === null) return null
  const locator = createLocator(prose)
  const point = (index: number): Point => {
    const inner = locator.point(index)
    return {
      line: origin.start.line + inner.line - 1,
      column: inner.line === 1 ? origin.start.column + inner.column - 1 : inner.column,
      offset: origin.start.offset + index,
    }
  }
  return (start, end) => ({ start: point(start), end: point(end) })
}
