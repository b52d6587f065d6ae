/**
 * Numbers the prose states for single cells, used to choose among the splits of a run
 * (`本年制发行政规范性文件62件` settles `6233440` as `62 | …`) and to check a regrouped
 * table.
 *
 * They are the report's claims (read once while parsing, by the same reader as
 * `narrative-mismatch`): one reading of the text, no second set of patterns. Only claims
 * with exactly one reading that names exactly one cell become hints; `受理 N 件` (new, or
 * new plus carried over) does not. A hint only narrows splits; when none fits it, it is
 * ignored (whether the prose is right is `narrative-mismatch`'s business).
 */
import type { Format, StatedClaim } from '../model.js'
import { readings } from '../narrative/quantities.js'

/** A number the prose states for a key, and where. */
export interface Hint {
  key: string
  value: number
  /** The statement, as written. */
  text: string
  start: number
  end: number
}

/** The hints the report's claims give for single cells. */
export function findHints(claims: readonly StatedClaim[], format: Format): Map<string, Hint> {
  const hints = new Map<string, Hint>()
  const conflicting = new Set<string>()
  for (const claim of claims) {
    const [only, ...others] = readings(claim.quantity, format)
    if (only === undefined || others.length > 0 || only.plus.length !== 1 || only.minus.length > 0) continue
    const key = only.plus[0] as string
    const existing = hints.get(key)
    // Two statements with different numbers: the prose is unclear, take neither.
    if (existing !== undefined && existing.value !== claim.value) conflicting.add(key)
    hints.set(key, { key, value: claim.value, text: claim.quote, start: claim.place.start.offset, end: claim.place.end.offset })
  }
  for (const key of conflicting) hints.delete(key)
  return hints
}
