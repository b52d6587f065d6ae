/**
 * Comparing what a reader gave back with what was written: the promise of the readers is
 * "the same value, or `null` with a diagnostic saying why — never another number".
 */
import { fieldKeys, flattenReport, parseReport, type Report } from '../../src/index.js'
import { parseHtmlReport } from '../../src/html/index.js'
import type { Format } from '../../src/model.js'
import type { Values } from '../arbitraries/report.js'

/** A cell read back differently from what was written. */
export interface Mismatch {
  key: string
  written: unknown
  read: unknown
  /** Rule ids of the diagnostics that name the key. */
  explained: string[]
}

/** Every FIELDS key of `format` whose value read back is not the value written. */
export function mismatches(format: Format, written: Values, report: Report): Mismatch[] {
  const flat = flattenReport(report)
  const found: Mismatch[] = []
  for (const key of fieldKeys(format)) {
    const expected = written[key] ?? null
    if (flat[key] === expected) continue
    const explained = report.diagnostics.filter((item) => item.path.includes(key)).map((item) => item.ruleId)
    found.push({ key, written: expected, read: flat[key], explained })
  }
  return found
}

/** The mismatches that give another number: the one thing a reader must never do. */
export function wrongNumbers(list: readonly Mismatch[]): Mismatch[] {
  return list.filter((item) => item.read !== null)
}

/** Cells left `null` that no diagnostic names (or names only with other rule ids than `allowed`). */
export function unexplainedNulls(list: readonly Mismatch[], allowed?: readonly string[]): Mismatch[] {
  return list.filter((item) => item.read === null && !item.explained.some((ruleId) => allowed === undefined || allowed.includes(ruleId)))
}

/** A short account of mismatches for a failing assertion. */
export function describeMismatches(list: readonly Mismatch[]): string[] {
  return list.map((item) => `${item.key}: wrote ${String(item.written)}, read ${String(item.read)}${item.explained.length > 0 ? ` (${item.explained.join(', ')})` : ''}`)
}

/**
 * The cells run together with `key` in concatenated text: its row (table 四: the whole
 * table, one run of fifteen numbers).
 */
function runKeys(format: Format, key: string): readonly string[] {
  if (key.startsWith('appeals.')) return fieldKeys(format).filter((candidate) => candidate.startsWith('appeals.'))
  const row = key.slice(0, key.lastIndexOf('.'))
  return fieldKeys(format).filter((candidate) => candidate.slice(0, candidate.lastIndexOf('.')) === row)
}

/**
 * Can `digits` be written as `parts` in order, each number as its digits and each `null`
 * (a cell left empty) as one or more digits? A small dynamic programme over positions.
 */
function spells(digits: string, parts: readonly (number | null)[]): boolean {
  let reachable = new Set([0])
  for (const part of parts) {
    const next = new Set<number>()
    for (const at of reachable) {
      if (part === null) for (let end = at + 1; end <= digits.length; end++) next.add(end)
      else if (digits.startsWith(String(part), at)) next.add(at + String(part).length)
    }
    reachable = next
  }
  return reachable.has(digits.length)
}

/**
 * Wrong numbers that the text cannot tell from the right ones: in cells run together, a
 * report that breaks a rule may write the same digits as one that keeps it (`1|22` where
 * the row total is that of `12|2`), and only the arithmetic tells them apart. Such a
 * mismatch is one where the run writes no blank mark and its cells, as read (cells left
 * empty standing for any digits), spell the digits written.
 */
export function indistinguishable(format: Format, written: Values, report: Report, mismatch: Pick<Mismatch, 'key'>): boolean {
  const flat = flattenReport(report)
  const keys = runKeys(format, mismatch.key)
  // A blank mark written in the run is text the digits do not spell: that run can tell.
  if (keys.some((key) => written[key] === null)) return false
  const digits = keys.map((key) => (typeof written[key] === 'number' ? String(written[key]) : '')).join('')
  return spells(
    digits,
    keys.map((key) => (typeof flat[key] === 'number' ? (flat[key] as number) : null)),
  )
}

/** Read a rendered report with the reader for its layout: `zfxxgk/html` for HTML. */
export function readRendered(rendered: { layout: string; text: string }): Report {
  return rendered.layout === 'html' ? parseHtmlReport(rendered.text) : parseReport(rendered.text)
}
