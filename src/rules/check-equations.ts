/**
 * Checking the balance identities of `equations(format)`: the engine that the four balance
 * rules (`applications-balance`, `applications-results-sum`, `applications-row-total`,
 * `appeals-total`) share. Each rule file brings its id and its messages; the equations
 * themselves come from `equations.ts` only.
 *
 * For each equation of an enabled rule:
 * - an operand is blank (and blanks do not count as 0): not assessable, one `info` naming
 *   the blank cells (cells already reported by `report-malformed` are not named again);
 * - the two sides differ: one `error`, with the equation and its numbers in the message,
 *   every key in `path`, `actual` the left side's sum and `expected` the right side's, and
 *   `place` at the cell most likely wrong (see `suspect.ts`) or the span of the equation.
 */
import { diagnostic, RULES_URL, type Diagnostic, type Locale, type Message } from '../diagnostics.js'
import type { Format } from '../model.js'
import { blankOperands, isBalanced, sumOf, type Lookup } from './evaluate.js'
import { residuals as computeResiduals, type Layout } from './layout.js'
import { keyName } from './names.js'
import type { Places } from './places.js'
import { suspectCell } from './suspect.js'

/** What a failure message is given. */
export interface Failure {
  /** `Equation.scope`: the column (`person`), row (`granted`) or group (`review`). */
  scope: string
  /** Values of the left operands, in order (`null` for a blank counted as 0). */
  left: (number | null)[]
  /** Values of the right operands. */
  right: (number | null)[]
  /** The cell most likely wrong, when that is decidable. */
  suspect: string | null
}

/** What a not-assessable message is given. */
export interface Blank {
  scope: string
  /** The blank cells. */
  blanks: string[]
}

/** A balance rule: its id and its messages; its equations are those of `equations.ts` with this `ruleId`. */
export interface EquationRule {
  id: string
  failed: Message<Failure>
  blank: Message<Blank>
}

/** What the rules see of a report. */
export interface RuleContext {
  format: Format
  lookup: Lookup
  /** The compiled format and the values at their indexes (see `layout.ts`). */
  layout: Layout
  values: Float64Array
  places: Places
  /** Cells `report-malformed` already reported. */
  unreadable: ReadonlySet<string>
  locale: Locale
  blankAsZero: boolean
  enabled: (ruleId: string) => boolean
}

/** The note naming the suspect cell, for the rules' messages. */
export function suspectNote(suspect: string | null, locale: Locale): string {
  if (suspect === null) return ''
  return locale === 'en' ? `; most likely wrong: ${keyName(suspect, locale)} (${suspect})` : `；最可能有误的是${keyName(suspect, locale)}（${suspect}）`
}

/** Check every equation of the enabled `rules`. */
export function checkEquations(rules: readonly EquationRule[], context: RuleContext): Diagnostic[] {
  const { lookup, places, locale, blankAsZero } = context
  const list = context.layout.equations
  const byId = new Map(rules.map((rule) => [rule.id, rule]))
  const urls = new Map(rules.map((rule) => [rule.id, `${RULES_URL}${rule.id}.md`]))
  const residuals = computeResiduals(context.layout, context.values, blankAsZero)
  const findings: Diagnostic[] = []
  list.forEach((equation, index) => {
    const rule = byId.get(equation.ruleId)
    if (rule === undefined || !context.enabled(rule.id)) return
    const url = urls.get(rule.id) as string
    const keys = equation.operands as string[]
    const difference = residuals[index] as number
    if (Number.isNaN(difference)) {
      const blanks = blankOperands(equation, lookup).filter((key) => !context.unreadable.has(key))
      if (blanks.length === 0) return
      const place = places.span(blanks) ?? places.span(keys)
      findings.push(diagnostic(rule.id, 'info', rule.blank, { scope: equation.scope, blanks }, locale, { place, path: blanks, url }))
      return
    }
    if (isBalanced(difference)) return
    const left = sumOf(equation.left, lookup, blankAsZero)
    const right = sumOf(equation.right, lookup, blankAsZero)
    const suspect = suspectCell(list, residuals, index)
    const value = (key: string) => lookup(key) ?? null
    const data: Failure = { scope: equation.scope, left: equation.left.map(value), right: equation.right.map(value), suspect }
    const place = (suspect === null ? null : places.of(suspect)) ?? places.span(keys)
    findings.push(diagnostic(rule.id, 'error', rule.failed, data, locale, { place, path: keys, actual: left, expected: right, url }))
  })
  return findings
}
