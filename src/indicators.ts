/**
 * `indicators`: the ratios people compute from tables 三 and 四.
 *
 * Each is a fraction (0.25, not 25%) of sums of cells of the 总计 column, declared below as
 * data: numerator and denominator keys. `null` where it is undefined: a blank cell among its
 * operands, or a denominator of 0 (or less, which only broken data gives).
 */
import type { Format } from './model.js'
import { describe } from './parse.js'
import type { Lookup } from './rules/evaluate.js'
import { inspectReport } from './rules/report-malformed.js'
import { templates } from './template/index.js'

/** The indicators of one report; see each field for its formula. */
export interface Indicators {
  /** 实质公开率: (granted + partlyGranted) / totalHandled. */
  disclosureRate: number | null
  /** 不予公开率: withheld (all eight reasons) / totalHandled. */
  withheldRate: number | null
  /** 无法提供率: unavailable (all three reasons) / totalHandled. */
  unavailableRate: number | null
  /** 本机关不掌握 share: unavailable.notHeld / totalHandled. */
  notHeldRate: number | null
  /** 结转率: carriedForward / (newRequests + carriedOver). */
  carryForwardRate: number | null
  /** 法人申请占比: newRequests of the five 法人或其他组织 columns / newRequests.total. */
  organizationShare: number | null
  /** 复议纠错率: review.corrected / (review.total − review.pending). */
  reviewCorrectionRate: number | null
  /**
   * 诉讼纠错率: (lawsuit.corrected + lawsuitAfterReview.corrected) /
   * (lawsuit.total + lawsuitAfterReview.total − lawsuit.pending − lawsuitAfterReview.pending).
   */
  lawsuitCorrectionRate: number | null
  /** 争议转化率: (review.total + lawsuit.total + lawsuitAfterReview.total) / newRequests.total. */
  disputeRate: number | null
}

/** A sum of cells, less others. */
interface Sum {
  plus: readonly string[]
  minus?: readonly string[]
}

/** One indicator as data. */
interface Definition {
  numerator: Sum
  denominator: Sum
}

const A = 'applications.'
const total = (row: string) => `${A}${row}.total`

/** The `total` cells of table 三 rows under `prefix` (`withheld` → its eight rows). */
function rows(format: Format, prefix: string): string[] {
  const table = templates[format].tables.find((candidate) => candidate.id === 'applications')
  return (table?.rows ?? []).filter((row) => row.key.startsWith(`${A}${prefix}.`)).map((row) => `${row.key}.total`)
}

const HANDLED: Sum = { plus: [total('totalHandled')] }
const NEW: Sum = { plus: [total('newRequests')] }
const LAWSUITS = ['appeals.lawsuit', 'appeals.lawsuitAfterReview']

function definitions(format: Format): Record<keyof Indicators, Definition> {
  return {
    disclosureRate: { numerator: { plus: [total('granted'), total('partlyGranted')] }, denominator: HANDLED },
    withheldRate: { numerator: { plus: rows(format, 'withheld') }, denominator: HANDLED },
    unavailableRate: { numerator: { plus: rows(format, 'unavailable') }, denominator: HANDLED },
    notHeldRate: { numerator: { plus: [total('unavailable.notHeld')] }, denominator: HANDLED },
    carryForwardRate: { numerator: { plus: [total('carriedForward')] }, denominator: { plus: [total('newRequests'), total('carriedOver')] } },
    organizationShare: {
      numerator: { plus: ['business', 'research', 'nonprofit', 'legalService', 'other'].map((column) => `${A}newRequests.${column}`) },
      denominator: NEW,
    },
    reviewCorrectionRate: { numerator: { plus: ['appeals.review.corrected'] }, denominator: { plus: ['appeals.review.total'], minus: ['appeals.review.pending'] } },
    lawsuitCorrectionRate: {
      numerator: { plus: LAWSUITS.map((group) => `${group}.corrected`) },
      denominator: { plus: LAWSUITS.map((group) => `${group}.total`), minus: LAWSUITS.map((group) => `${group}.pending`) },
    },
    disputeRate: { numerator: { plus: ['appeals.review.total', ...LAWSUITS.map((group) => `${group}.total`)] }, denominator: NEW },
  }
}

function sum({ plus, minus = [] }: Sum, lookup: Lookup): number {
  let value = 0
  for (const key of plus) value += lookup(key) ?? Number.NaN
  for (const key of minus) value -= lookup(key) ?? Number.NaN
  return value
}

/**
 * The ratios people compute from a report's tables, each a fraction or `null` where it is
 * undefined (a blank operand, a zero denominator). Accepts a report read back from JSON; a
 * non-object is a `TypeError`.
 *
 * @example
 * ```js
 * indicators(parseReport(text)).disclosureRate // 0.5128…
 * ```
 */
export function indicators(report: unknown): Indicators {
  if (report === null || typeof report !== 'object' || Array.isArray(report)) {
    throw new TypeError(`indicators expects a report object, got ${describe(report)}`)
  }
  const inspected = inspectReport(report as Record<string, unknown>, 'en')
  // An unknown format has no values: every indicator is `null`.
  const format = inspected.format ?? '2021'
  const result = {} as Indicators
  for (const [name, { numerator, denominator }] of Object.entries(definitions(format)) as [keyof Indicators, Definition][]) {
    const top = sum(numerator, inspected.lookup)
    const bottom = sum(denominator, inspected.lookup)
    result[name] = Number.isNaN(top) || Number.isNaN(bottom) || bottom <= 0 ? null : top / bottom
  }
  return result
}
