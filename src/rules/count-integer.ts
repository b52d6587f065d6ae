/**
 * Rule `count-integer`: every count is a whole number, 0 or more.
 *
 * The tables count requests, cases, documents and decisions: a fraction or a negative
 * number there is a typing or reading error. Amounts are exempt: `active.fees.amount`
 * (万元) in the 2021 template; `active.procurement.amount` and the 本年增/减 columns
 * (`*.change`, which may be negative) in the 2019 template — `isAmountKey(format, key)`.
 * Blank cells are not counts and are not reported here.
 */
import { diagnostic, RULES_URL, type Diagnostic, type Message } from '../diagnostics.js'
import type { RuleContext } from './check-equations.js'
import { formatNumber, keyName } from './names.js'

/** This rule's id. */
export const id = 'count-integer'

/** A count that is not a whole number ≥ 0. */
export const notCount: Message<{ key: string; value: number }> = {
  'zh-CN': ({ key, value }) => `${keyName(key, 'zh-CN')}是件数，应为非负整数，但为 ${formatNumber(value)}（${key}）`,
  en: ({ key, value }) => `${keyName(key, 'en')} is a count and must be a whole number ≥ 0, but is ${formatNumber(value)} (${key})`,
}

/** Check every count of the report's template. */
export function checkCounts(context: RuleContext): Diagnostic[] {
  if (!context.enabled(id)) return []
  const findings: Diagnostic[] = []
  const { counts, keys } = context.layout
  for (let at = 0; at < counts.length; at++) {
    const index = counts[at] as number
    const value = context.values[index] as number
    // NaN (blank) fails the first test, whole numbers ≥ 0 the second: only counts gone wrong remain.
    if (value !== value || (Number.isInteger(value) && value >= 0)) continue
    const key = keys[index] as string
    findings.push(
      diagnostic(id, 'error', notCount, { key, value }, context.locale, {
        place: context.places.of(key),
        path: [key],
        actual: value,
        url: `${RULES_URL}${id}.md`,
      }),
    )
  }
  return findings
}
