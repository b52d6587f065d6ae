/**
 * `validateReport`: the rules of RULES.md over one report.
 *
 * ```
 * report ──inspect──▶ values by key, places, report-malformed findings
 *        ──equations(format)──▶ applications-balance, applications-results-sum,
 *                               applications-row-total, appeals-total
 *        ──cells──▶ count-integer
 *        ──prose──▶ narrative-mismatch
 * ```
 *
 * Each rule lives in its own file under `rules/`, with its doc comment and its messages; the
 * balance identities come from `equations.ts` only.
 */
import type { Diagnostic, Locale } from './diagnostics.js'
import { describe } from './parse.js'
import { appealsTotal } from './rules/appeals-total.js'
import { applicationsBalance } from './rules/applications-balance.js'
import { applicationsResultsSum } from './rules/applications-results-sum.js'
import { applicationsRowTotal } from './rules/applications-row-total.js'
import { checkEquations, type EquationRule, type RuleContext } from './rules/check-equations.js'
import { checkCounts } from './rules/count-integer.js'
import { checkNarrative } from './rules/narrative-mismatch.js'
import { checkValidateOptions } from './rules/options.js'
import type { Layout } from './rules/layout.js'
import { inspectReport } from './rules/report-malformed.js'

/** Options of {@link validateReport} and {@link validateSeries}. */
export interface ValidateOptions {
  /** Language of the messages: `zh-CN` (default) or `en`. */
  locale?: Locale
  /** Check blank cells as 0 instead of reporting the rule as not assessable. */
  blankAsZero?: boolean
  /** Only these rule ids. */
  rules?: readonly string[]
  /** Not these rule ids. */
  ignoreRules?: readonly string[]
}

/** The balance rules, in the order their findings come. */
const balanceRules: readonly EquationRule[] = [applicationsBalance, applicationsResultsSum, applicationsRowTotal, appealsTotal]

/**
 * Check a report against the rules: the balance identities (`applications-balance`,
 * `applications-results-sum`, `applications-row-total`, `appeals-total`), `count-integer`,
 * and `narrative-mismatch` (the prose against the tables).
 *
 * One diagnostic per failing equation, with the equation and its numbers in the message,
 * the keys in `path` and the place of the cell most likely wrong (or of the row); an `info`
 * where a rule is not assessable because cells are blank (unless `blankAsZero`). Accepts a
 * report read back from JSON or built by hand: what is malformed in it gets
 * `report-malformed` diagnostics, never an exception. A non-object is a `TypeError`.
 *
 * @example
 * ```js
 * validateReport(parseReport(text)).filter((finding) => finding.severity === 'error')
 * ```
 */
export function validateReport(report: unknown, options?: ValidateOptions): Diagnostic[] {
  if (report === null || typeof report !== 'object' || Array.isArray(report)) {
    throw new TypeError(`validateReport expects a report object, got ${describe(report)}`)
  }
  const { locale, blankAsZero, enabled } = checkValidateOptions(options, 'validateReport')
  const inspected = inspectReport(report as Record<string, unknown>, locale)
  const findings = inspected.findings.filter((finding) => enabled(finding.ruleId))
  if (inspected.format === null) return findings
  const context: RuleContext = {
    format: inspected.format,
    lookup: inspected.lookup,
    layout: inspected.layout as Layout,
    values: inspected.values,
    places: inspected.places,
    unreadable: inspected.unreadable,
    locale,
    blankAsZero,
    enabled,
  }
  findings.push(...checkEquations(balanceRules, context), ...checkCounts(context), ...checkNarrative(context, inspected.prose, inspected.year, inspected.claims))
  return findings
}
