/**
 * The options of `validateReport` and `validateSeries`, checked, and the rule ids they may
 * name.
 */
import type { Locale } from '../diagnostics.js'
import { describe } from '../parse.js'
import type { ValidateOptions } from '../validate.js'

/** Every rule id, within one report then across reports. Each has its page under `docs/rules/`. */
export const ruleIds = [
  'report-malformed',
  'applications-balance',
  'applications-results-sum',
  'applications-row-total',
  'appeals-total',
  'count-integer',
  'narrative-mismatch',
  'carry-over',
  'active-in-force-trend',
  'licensing-previous',
] as const

/** A rule id. */
export type RuleId = (typeof ruleIds)[number]

/** The options, checked, with defaults. */
export interface Settings {
  locale: Locale
  blankAsZero: boolean
  /**
   * Is a rule wanted: not in `ignoreRules`, and in `rules` when given. `report-malformed`
   * is wanted unless ignored: a report that cannot be checked must not look like one that
   * passed.
   */
  enabled: (ruleId: string) => boolean
}

function ids(value: unknown, name: string, caller: string): ReadonlySet<string> | undefined {
  if (value === undefined) return undefined
  if (!Array.isArray(value)) throw new TypeError(`${caller}: options.${name} must be an array of rule ids, got ${describe(value)}`)
  for (const item of value as unknown[]) {
    if (typeof item !== 'string' || !(ruleIds as readonly string[]).includes(item)) {
      throw new TypeError(`${caller}: options.${name} holds an unknown rule id ${JSON.stringify(item) ?? String(item)}; known: ${ruleIds.join(', ')}`)
    }
  }
  return new Set(value as string[])
}

/** Check the options; a wrong one is a `TypeError` naming it. */
export function checkValidateOptions(options: unknown, caller: string): Settings {
  if (options === undefined) return { locale: 'zh-CN', blankAsZero: false, enabled: () => true }
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new TypeError(`${caller}: options must be an object, got ${describe(options)}`)
  const { locale = 'zh-CN', blankAsZero = false, rules, ignoreRules } = options as ValidateOptions
  if (locale !== 'zh-CN' && locale !== 'en') throw new TypeError(`${caller}: options.locale must be "zh-CN" or "en", got ${String(locale)}`)
  if (typeof blankAsZero !== 'boolean') throw new TypeError(`${caller}: options.blankAsZero must be a boolean, got ${describe(blankAsZero)}`)
  const only = ids(rules, 'rules', caller)
  const ignored = ids(ignoreRules, 'ignoreRules', caller)
  const enabled = (ruleId: string): boolean => {
    if (ignored?.has(ruleId) === true) return false
    return ruleId === 'report-malformed' || only === undefined || only.has(ruleId)
  }
  return { locale, blankAsZero, enabled }
}
