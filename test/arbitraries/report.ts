/**
 * fast-check arbitraries for reports whose every balance identity holds.
 *
 * Built, never filtered: the free cells are generated, the rest derived from them. For each
 * applicant column the result rows and 结转下年度 are free; （七）总计 is their sum; 上年结转 is
 * drawn at most 总计 + 结转下年度, and 本年新收 is what balances. The 总计 column is the row
 * sums, and each 总计 of table 四 the sum of its outcomes. Table 二 is free (counts, and
 * amounts where the template has them). Reusable by any test that needs realistic values:
 * the round trips of the layouts, the solver, the rules.
 */
import fc from 'fast-check'
import { equations, fieldKeys, isAmountKey, templates } from '../../src/index.js'
import type { Format } from '../../src/model.js'
import type { Position } from '../../src/position.js'
import { reportFromValues } from '../helpers/report.js'

const parts = ['person', 'business', 'research', 'nonprofit', 'legalService', 'other'] as const
const outcomes = ['upheld', 'corrected', 'other', 'pending'] as const
const groups = ['review', 'lawsuit', 'lawsuitAfterReview'] as const

/** Flat values of a report (`format` plus every FIELDS key of its template). */
export type Values = Record<string, number | string | null>

/** Rows of table 三 (key prefixes) for a format. */
function applicationRows(format: Format): string[] {
  return templates[format].tables.find((table) => table.id === 'applications')?.rows.map((row) => row.key) ?? []
}

/** The result rows （一）…（六）. */
function resultRows(format: Format): string[] {
  const rows = applicationRows(format)
  return rows.slice(rows.indexOf('applications.granted'), rows.indexOf('applications.totalHandled'))
}

/** A count as reports have them: zero often, small mostly, large sometimes. */
const count = (max: number) => fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 5, arbitrary: fc.nat({ max: Math.min(max, 30) }) }, { weight: 1, arbitrary: fc.nat({ max }) })

/** The cells of table 二 (counts and amounts). */
function activeValues(format: Format): fc.Arbitrary<Values> {
  const keys = fieldKeys(format).filter((key) => key.startsWith('active.'))
  return fc.tuple(...keys.map((key) => (isAmountKey(format, key) ? amount(key) : count(100_000)))).map((values) => Object.fromEntries(keys.map((key, index) => [key, values[index] as number])))
}

function amount(key: string): fc.Arbitrary<number> {
  // 本年增/减 may be negative; amounts have up to four decimals (万元).
  if (key.endsWith('.change')) return fc.integer({ min: -50, max: 50 })
  return fc.integer({ min: 0, max: 10_000_000 }).map((value) => value / 10_000)
}

/** Flat values of a balanced report of `format`. */
export function balancedValues(format: Format, max = 500): fc.Arbitrary<Values> {
  const results = resultRows(format)
  const perColumn = fc.record({
    results: fc.tuple(...results.map(() => count(max))),
    carriedForward: count(max),
    carriedOverDraw: fc.nat({ max: 10 * max }),
  })
  const perGroup = fc.tuple(...outcomes.map(() => count(max)))
  return fc
    .record({
      columns: fc.tuple(...parts.map(() => perColumn)),
      groups: fc.tuple(...groups.map(() => perGroup)),
      active: activeValues(format),
      year: fc.integer({ min: 2019, max: 2030 }),
    })
    .map(({ columns, groups: appeals, active, year }) => {
      const values: Values = { format, title: `测试县${year}年政府信息公开工作年度报告`, organ: '测试县', year, publishedAt: null, ...active }
      parts.forEach((column, index) => {
        const drawn = columns[index] as (typeof columns)[number]
        let handled = 0
        results.forEach((row, at) => {
          const value = drawn.results[at] as number
          values[`${row}.${column}`] = value
          handled += value
        })
        const carriedOver = drawn.carriedOverDraw % (handled + drawn.carriedForward + 1)
        values[`applications.totalHandled.${column}`] = handled
        values[`applications.carriedForward.${column}`] = drawn.carriedForward
        values[`applications.carriedOver.${column}`] = carriedOver
        values[`applications.newRequests.${column}`] = handled + drawn.carriedForward - carriedOver
      })
      for (const row of applicationRows(format)) {
        values[`${row}.total`] = parts.reduce((sum, column) => sum + (values[`${row}.${column}`] as number), 0)
      }
      groups.forEach((group, index) => {
        const drawn = appeals[index] as readonly number[]
        outcomes.forEach((outcome, at) => (values[`appeals.${group}.${outcome}`] = drawn[at] as number))
        values[`appeals.${group}.total`] = drawn.reduce((sum, value) => sum + value, 0)
      })
      return values
    })
}

/** Invented but distinct places: key number `i` of the template at line `i + 1`. */
export function sourcesFor(format: Format): Record<string, Position> {
  const sources: Record<string, Position> = {}
  fieldKeys(format).forEach((key, index) => {
    sources[key] = { start: { line: index + 1, column: 1, offset: index * 10 }, end: { line: index + 1, column: 4, offset: index * 10 + 3 } }
  })
  return sources
}

/** A balanced report of either format (or `format`), with places for every value. */
export function balancedReport(format?: Format): fc.Arbitrary<{ format: Format; values: Values; report: Record<string, unknown> }> {
  const formats = format === undefined ? fc.constantFrom<Format>('2021', '2019') : fc.constant(format)
  return formats.chain((chosen) =>
    balancedValues(chosen).map((values) => ({ format: chosen, values, report: reportFromValues(values, { sources: sourcesFor(chosen) }) })),
  )
}

/** The keys the balance identities of `format` involve (tables 三 and 四). */
export function balanceKeys(format: Format): string[] {
  return [...new Set(equations(format).flatMap((equation) => [...equation.left, ...equation.right]))]
}

/** One cell changed by a non-zero amount, never below 0. */
export interface Perturbation {
  key: string
  delta: number
}

/** A perturbation of one balance cell of `format`. */
export function perturbation(format: Format): fc.Arbitrary<Perturbation> {
  return fc.record({
    key: fc.constantFrom(...balanceKeys(format)),
    delta: fc.integer({ min: 1, max: 9 }),
    negative: fc.boolean(),
  }).map(({ key, delta, negative }) => ({ key, delta: negative ? -delta : delta }))
}

/** Apply a perturbation to flat values: the value moves by `delta`, or by `|delta|` where it would go below 0. */
export function perturb(values: Values, { key, delta }: Perturbation): { values: Values; delta: number } {
  const before = values[key] as number
  const applied = before + delta < 0 ? Math.abs(delta) : delta
  return { values: { ...values, [key]: before + applied }, delta: applied }
}
