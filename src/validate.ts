/**
 * `validateReport`: the balance rules of RULES.md over one report.
 *
 * STUB: the signature is settled; the rules land with issue #3.
 */
import type { Diagnostic, Locale } from './diagnostics.js'

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

/**
 * Check a report against the balance rules. Accepts a report read back from JSON; a
 * malformed report gets diagnostics, not an exception.
 */
export function validateReport(report: unknown, options?: ValidateOptions): Diagnostic[] {
  void report
  void options
  return []
}
