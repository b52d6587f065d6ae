/**
 * `validateSeries`: the cross-year rules of RULES.md over one organ's reports.
 *
 * The reports are ordered by year (without touching the caller's array); every report of
 * year y is compared with every report of year y−1. A year missing from the series leaves
 * its neighbours uncompared; a report without a year (or whose format is unknown) cannot be
 * placed, and says so in an `info`.
 */
import { diagnostic, RULES_URL, type Diagnostic, type Message } from './diagnostics.js'
import { describe } from './parse.js'
import { activeInForceTrend } from './rules/active-in-force-trend.js'
import { carryOver } from './rules/carry-over.js'
import { checkPair, type SeriesReport, type SeriesRule } from './rules/check-series.js'
import { licensingPrevious } from './rules/licensing-previous.js'
import { checkValidateOptions } from './rules/options.js'
import { inspectReport } from './rules/report-malformed.js'
import type { ValidateOptions } from './validate.js'

/** The cross-year rules, in the order their findings come. */
const seriesRules: readonly SeriesRule[] = [carryOver, activeInForceTrend, licensingPrevious]

/** A report of the series has no year. */
const yearMissing: Message<{ index: number }> = {
  'zh-CN': ({ index }) => `第 ${index + 1} 份报告没有年份（year 为 null），无法放入年度序列核对`,
  en: ({ index }) => `Report #${index + 1} has no year (year is null) and cannot be placed in the series`,
}

/**
 * Check one organ's reports, year after year (any order; they are sorted by year): the
 * cross-year rules `carry-over`, `active-in-force-trend` (a warning) and
 * `licensing-previous` (2019 template). Each finding's `reports` holds the indexes, in the
 * array you passed, of the two reports involved, earlier year first, and its message names
 * both. Within-report rules are `validateReport`'s. A non-array, or an item that is not an
 * object, is a `TypeError`.
 *
 * @example
 * ```js
 * validateSeries([report2023, report2024]) // [{ ruleId: 'carry-over', reports: [0, 1], … }]
 * ```
 */
export function validateSeries(reports: readonly unknown[], options?: ValidateOptions): Diagnostic[] {
  if (!Array.isArray(reports)) throw new TypeError(`validateSeries expects an array of reports, got ${describe(reports)}`)
  const settings = checkValidateOptions(options, 'validateSeries')
  const { locale, enabled } = settings
  const findings: Diagnostic[] = []
  const placed: SeriesReport[] = []
  ;(reports as unknown[]).forEach((report, index) => {
    if (report === null || typeof report !== 'object' || Array.isArray(report)) {
      throw new TypeError(`validateSeries expects report objects, got ${describe(report)} at index ${index}`)
    }
    const inspected = inspectReport(report as Record<string, unknown>, locale)
    for (const finding of inspected.findings) if (enabled(finding.ruleId)) findings.push({ ...finding, reports: [index] })
    if (inspected.format === null) return
    if (inspected.year === null) {
      if (enabled('report-malformed')) {
        findings.push(diagnostic('report-malformed', 'info', yearMissing, { index }, locale, { path: ['year'], url: `${RULES_URL}report-malformed.md`, reports: [index] }))
      }
      return
    }
    placed.push({ index, format: inspected.format, year: inspected.year, title: inspected.title, lookup: inspected.lookup, places: inspected.places })
  })
  // Stable: reports of one year keep the caller's order.
  placed.sort((a, b) => a.year - b.year || a.index - b.index)
  for (const later of placed) {
    for (const earlier of placed) {
      if (earlier.year === later.year - 1) findings.push(...checkPair(seriesRules, earlier, later, settings))
    }
  }
  return findings
}
