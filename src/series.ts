/**
 * `validateSeries`: the cross-year rules of RULES.md over one organ's reports.
 *
 * STUB: the signature is settled; the rules land with issue #3.
 */
import type { Diagnostic } from './diagnostics.js'
import type { ValidateOptions } from './validate.js'

/** Check one organ's reports, year after year (any order; they are sorted by year). */
export function validateSeries(reports: readonly unknown[], options?: ValidateOptions): Diagnostic[] {
  void reports
  void options
  return []
}
