/**
 * Numbers the prose states for single cells, used to choose among the splits of a run
 * (`本年制发行政规范性文件62件` settles `6233440` as `62 | …`) and to check a regrouped
 * table.
 *
 * The prose is read by the same claim reader as `narrative-mismatch` (`src/narrative/`):
 * one reading of the text, no second set of patterns. Only claims with exactly one reading
 * that names exactly one cell become hints; `受理 N 件` (new, or new plus carried over)
 * does not. A hint only narrows splits; when none fits it, it is ignored (whether the prose
 * is right is `narrative-mismatch`'s business).
 */
import type { Format } from '../model.js'
import { extractClaims, type ProseSection } from '../narrative/claims.js'
import { readings } from '../narrative/quantities.js'
import type { Region } from '../template/sections.js'
import type { SectionId } from '../template/types.js'

/** A number the prose states for a key, and where. */
export interface Hint {
  key: string
  value: number
  /** The statement, as written. */
  text: string
  start: number
  end: number
}

const PROSE: readonly ProseSection[] = ['overview', 'problems', 'otherMatters']

/** The hints the prose of `text` (normalized) gives. */
export function findHints(text: string, sections: Partial<Record<SectionId, Region>>, format: Format, year: number | null): Map<string, Hint> {
  const hints = new Map<string, Hint>()
  const conflicting = new Set<string>()
  for (const section of PROSE) {
    const region = sections[section]
    if (region === undefined) continue
    const prose = text.slice(region.start, region.end)
    for (const claim of extractClaims(prose, section, { format, year })) {
      const [only, ...others] = readings(claim.quantity, format)
      if (only === undefined || others.length > 0 || only.plus.length !== 1 || only.minus.length > 0) continue
      const key = only.plus[0] as string
      const existing = hints.get(key)
      // Two statements with different numbers: the prose is unclear, take neither.
      if (existing !== undefined && existing.value !== claim.value) conflicting.add(key)
      const [start, end] = claim.words
      hints.set(key, { key, value: claim.value, text: prose.slice(start, end), start: region.start + start, end: region.start + end })
    }
  }
  for (const key of conflicting) hints.delete(key)
  return hints
}
