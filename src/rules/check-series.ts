/**
 * Checking the identities of `series-equations.ts` over two reports a year apart: the engine
 * the three cross-year rules (`carry-over`, `active-in-force-trend`, `licensing-previous`)
 * share. Each rule file brings its id, severity and messages.
 *
 * Each finding names both reports (`reports`: their indexes in the caller's array, earlier
 * first; the message: their titles and years); `path` holds the keys as FIELDS.md names
 * them, later report's first; `place` is in the later report, at its first key.
 */
import { diagnostic, RULES_URL, type Diagnostic, type Locale, type Message, type Severity } from '../diagnostics.js'
import type { Format } from '../model.js'
import { blankOperands, isBalanced, residual, sumOf, type Lookup } from './evaluate.js'
import type { Places } from './places.js'
import { PRIOR, seriesEquations } from './series-equations.js'

/** One report of a series, as the cross-year rules see it. */
export interface SeriesReport {
  /** Its index in the caller's array. */
  index: number
  format: Format
  year: number
  title: string | null
  lookup: Lookup
  places: Places
}

/** How a message names a report. */
export interface ReportName {
  title: string | null
  year: number
  index: number
}

/** What a failure message is given. */
export interface SeriesFailure {
  scope: string
  earlier: ReportName
  later: ReportName
  /** Values of the left operands (`null` for a blank counted as 0). */
  left: (number | null)[]
  right: (number | null)[]
}

/** What a not-assessable message is given. */
export interface SeriesBlank {
  scope: string
  earlier: ReportName
  later: ReportName
  /** Blank cells, with the report each is in. */
  blanks: { key: string; report: ReportName }[]
}

/** A cross-year rule. */
export interface SeriesRule {
  id: string
  severity: Severity
  failed: Message<SeriesFailure>
  blank: Message<SeriesBlank>
  /**
   * `actual` and `expected` of a failure from the operands (blanks as 0), where the sides'
   * sums are not what a reader expects; by default the left sum and the right sum.
   */
  measure?: (left: readonly number[], right: readonly number[]) => { actual: number; expected: number }
}

/** Name a report in a message: its title and year, or its position in the array. */
export function reportName(report: ReportName, locale: Locale): string {
  if (locale === 'en') return report.title === null ? `report #${report.index + 1} (${report.year})` : `“${report.title}” (${report.year})`
  return report.title === null ? `第 ${report.index + 1} 份报告（${report.year} 年）` : `《${report.title}》（${report.year} 年）`
}

/** Strip the `prior:` prefix. */
function bare(key: string): string {
  return key.startsWith(PRIOR) ? key.slice(PRIOR.length) : key
}

/** Check the identities of `rules` between `earlier` and `later` (a year apart). */
export function checkPair(
  rules: readonly SeriesRule[],
  earlier: SeriesReport,
  later: SeriesReport,
  settings: { locale: Locale; blankAsZero: boolean; enabled: (ruleId: string) => boolean },
): Diagnostic[] {
  const { locale, blankAsZero } = settings
  const lookup: Lookup = (key) => (key.startsWith(PRIOR) ? earlier.lookup(key.slice(PRIOR.length)) : later.lookup(key))
  const names = { earlier: { title: earlier.title, year: earlier.year, index: earlier.index }, later: { title: later.title, year: later.year, index: later.index } }
  const reports = [earlier.index, later.index]
  const findings: Diagnostic[] = []
  for (const equation of seriesEquations(earlier.format, later.format)) {
    const rule = rules.find((candidate) => candidate.id === equation.ruleId)
    if (rule === undefined || !settings.enabled(rule.id)) continue
    const url = `${RULES_URL}${rule.id}.md`
    const keys = [...equation.left, ...equation.right]
    const path = [...new Set(keys.map(bare))]
    const place = later.places.of(equation.left[0] as string)
    const difference = residual(equation, lookup, blankAsZero)
    if (Number.isNaN(difference)) {
      const blanks = blankOperands(equation, lookup).map((key) => ({ key: bare(key), report: key.startsWith(PRIOR) ? names.earlier : names.later }))
      findings.push(diagnostic(rule.id, 'info', rule.blank, { scope: equation.scope, ...names, blanks }, locale, { place, path, url, reports }))
      continue
    }
    const left = sumOf(equation.left, lookup, blankAsZero)
    const right = sumOf(equation.right, lookup, blankAsZero)
    if (isBalanced(difference)) continue
    const value = (key: string) => lookup(key) ?? null
    const data: SeriesFailure = { scope: equation.scope, ...names, left: equation.left.map(value), right: equation.right.map(value) }
    const { actual, expected } = rule.measure?.(data.left.map(Number), data.right.map(Number)) ?? { actual: left, expected: right }
    findings.push(diagnostic(rule.id, rule.severity, rule.failed, data, locale, { place, path, actual, expected, url, reports }))
  }
  return findings
}
