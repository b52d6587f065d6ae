/**
 * `--rules` and `--ignore-rules` over findings, and the counts by severity.
 *
 * The library's `validateReport` takes the same lists; the tool applies them to the
 * reading findings (`row-missing`, `section-missing` …) as well, so that
 * `--rules applications-balance` shows that rule and nothing else.
 */
import type { Diagnostic } from '../diagnostics.js'
import type { ValidateOptions } from '../validate.js'
import type { Settings } from './types.js'

/** Is a finding with this rule id wanted. */
export function wanted(ruleId: string, settings: Pick<Settings, 'rules' | 'ignoreRules'>): boolean {
  if (settings.rules !== undefined && !settings.rules.includes(ruleId)) return false
  return settings.ignoreRules === undefined || !settings.ignoreRules.includes(ruleId)
}

/** Findings counted by severity. */
export interface Counts {
  errors: number
  warnings: number
  infos: number
}

/** Count findings by severity. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0 }
  for (const item of diagnostics) {
    if (item.severity === 'error') counts.errors++
    else if (item.severity === 'warning') counts.warnings++
    else counts.infos++
  }
  return counts
}

/** The library's validation options from the tool's settings. */
export function validateOptions(settings: Settings): ValidateOptions {
  return {
    locale: settings.locale,
    blankAsZero: settings.blankAsZero,
    ...(settings.rules === undefined ? {} : { rules: settings.rules }),
    ...(settings.ignoreRules === undefined ? {} : { ignoreRules: settings.ignoreRules }),
  }
}
