/**
 * Rule `narrative-mismatch`: what the prose says agrees with the tables.
 *
 * Reports state their main numbers twice: in the tables, and in 一、总体情况 (sometimes in
 * 五 and 六 too): `全县新收到政府信息公开申请99件，共计办结92件…，结转下一年度8件，其中引发
 * 行政复议6件`. The two are typed separately and drift apart. This rule reads the claims of
 * the prose (`narrative/claims.ts`: only those tied to a table quantity with confidence) and
 * compares each with the tables:
 *
 * - a count must equal the quantity, or one of its readings where the words allow several
 *   (`受理` is new requests, or new requests plus carried over; see `narrative/quantities.ts`);
 * - a share stated with it (`予以公开及部分公开208件（17.46%）`) must be the quantity's share of
 *   the requests handled, of the new requests, or of the new plus carried-over requests,
 *   within one unit of its last written digit (reports round or cut).
 *
 * A claim whose table cells are blank is not compared (whatever `blankAsZero` says: a blank
 * cell is not a statement to contradict). The place is the number in the prose.
 */
import { diagnostic, RULES_URL, type Diagnostic, type Locale, type Message } from '../diagnostics.js'
import type { StatedClaim } from '../model.js'
import { extractClaims } from '../narrative/claims.js'
import { readings, shareBases, type Reading } from '../narrative/quantities.js'
import type { Position } from '../position.js'
import type { RuleContext } from './check-equations.js'
import type { Lookup } from './evaluate.js'
import { formatNumber } from './names.js'
import { proseLocator } from './places.js'
import type { ProseSections } from './report-malformed.js'

/** This rule's id. */
export const id = 'narrative-mismatch'

const url = `${RULES_URL}${id}.md`

/** A reading and its value in the tables. */
interface Valued {
  label: Readonly<Record<Locale, string>>
  value: number
}

/** A count in the prose differs from every reading of the tables. */
export const countMismatch: Message<{ quote: string; readings: Valued[] }> = {
  'zh-CN': ({ quote, readings }) => `正文称“${quote}”，与表格不符：表格中${readings.map((item) => `${item.label['zh-CN']}为 ${formatNumber(item.value)}`).join('，或')}`,
  en: ({ quote, readings }) => `The text says “${quote}”, but the tables give ${readings.map((item) => `${item.label.en}: ${formatNumber(item.value)}`).join(', or ')}`,
}

/** A share of the requests. */
interface Share {
  base: Readonly<Record<Locale, string>>
  numerator: number
  denominator: number
  percent: number
  decimals: number
}

/** A percentage in the prose that the tables do not give. */
export const percentMismatch: Message<{ quote: string; shares: Share[] }> = {
  'zh-CN': ({ quote, shares }) =>
    `正文称“${quote}”，但按表格计算：${shares.map((share) => `${formatNumber(share.numerator)} 占${share.base['zh-CN']} ${formatNumber(share.denominator)} 的 ${share.percent.toFixed(share.decimals)}%`).join('，')}`,
  en: ({ quote, shares }) =>
    `The text says “${quote}”, but from the tables: ${shares.map((share) => `${formatNumber(share.numerator)} of ${share.base.en} ${formatNumber(share.denominator)} is ${share.percent.toFixed(share.decimals)}%`).join('; ')}`,
}

/** The value of a reading, `NaN` when a cell is blank. */
function evaluate(reading: Reading, lookup: Lookup): number {
  let value = 0
  for (const key of reading.plus) value += lookup(key) ?? Number.NaN
  for (const key of reading.minus) value -= lookup(key) ?? Number.NaN
  return value
}

function keysOf(list: readonly Reading[]): string[] {
  return [...new Set(list.flatMap((reading) => [...reading.plus, ...reading.minus]))]
}

/** The claim's words as the message quotes them: without line breaks and padding. */
function quoteOf(prose: string, span: readonly [number, number]): string {
  let quote = ''
  for (const char of prose.slice(span[0], span[1])) if (char.charCodeAt(0) > 0x20 && char !== '*') quote += char
  return quote
}

/**
 * Compare the claims with the tables: the claims `parseReport` read (`report.claims`), or,
 * for a report without them (built by hand, by another tool), the claims of its prose.
 */
export function checkNarrative(context: RuleContext, prose: ProseSections, year: number | null, stated: readonly StatedClaim[] | null): Diagnostic[] {
  if (!context.enabled(id)) return []
  const findings: Diagnostic[] = []
  for (const claim of stated ?? readProse(context, prose, year)) {
    const finding = compareCount(claim, context) ?? comparePercent(claim, context)
    if (finding !== null) findings.push(finding)
  }
  return findings
}

/** The claims of the prose, placed through `sources['prose.*']` where the report has them. */
function readProse(context: RuleContext, prose: ProseSections, year: number | null): Located[] {
  const claims: Located[] = []
  for (const section of ['overview', 'problems', 'otherMatters'] as const) {
    const text = prose[section]
    if (text === null) continue
    const locate = proseLocator(text, context.places.of(`prose.${section}`))
    const place = (span: readonly [number, number]): Position | null => (locate === null ? null : locate(span[0], span[1]))
    for (const claim of extractClaims(text, section, { format: context.format, year })) {
      claims.push({
        quantity: claim.quantity,
        value: claim.value,
        quote: quoteOf(text, claim.words),
        place: place(claim.number),
        percent: claim.percent === null ? null : { value: claim.percent.value, decimals: claim.percent.decimals, place: place(claim.percent.span) },
      })
    }
  }
  return claims
}

/** What the comparison needs of a claim, wherever it was read. */
interface Located {
  quantity: string
  value: number
  quote: string
  place: Position | null
  percent: { value: number; decimals: number; place: Position | null } | null
}

function compareCount(claim: Located, context: RuleContext): Diagnostic | null {
  const list = readings(claim.quantity, context.format)
  const valued = list.map((reading) => ({ label: reading.label, value: evaluate(reading, context.lookup) }))
  if (valued.some((item) => Number.isNaN(item.value)) || valued.some((item) => item.value === claim.value)) return null
  return diagnostic(id, 'error', countMismatch, { quote: claim.quote, readings: valued }, context.locale, {
    place: claim.place,
    path: keysOf(list),
    actual: claim.value,
    expected: (valued[0] as Valued).value,
    url,
  })
}

function comparePercent(claim: Located, context: RuleContext): Diagnostic | null {
  const stated = claim.percent
  if (stated === null) return null
  const list = readings(claim.quantity, context.format)
  const shares: Share[] = []
  for (const reading of list) {
    const numerator = evaluate(reading, context.lookup)
    for (const base of shareBases) {
      const denominator = evaluate(base, context.lookup)
      // A blank or empty base: the share cannot be recomputed, so the claim is not judged.
      if (Number.isNaN(numerator) || Number.isNaN(denominator) || denominator === 0) return null
      const percent = (100 * numerator) / denominator
      if (Math.abs(percent - stated.value) <= 10 ** -stated.decimals + 1e-9) return null
      shares.push({ base: base.label, numerator, denominator, percent, decimals: Math.max(1, stated.decimals) })
    }
  }
  const first = shares[0]
  if (first === undefined) return null
  return diagnostic(id, 'error', percentMismatch, { quote: claim.quote, shares: shares.slice(0, shareBases.length) }, context.locale, {
    place: stated.place ?? claim.place,
    path: [...keysOf(list), ...keysOf(shareBases).filter((key) => !keysOf(list).includes(key))],
    actual: stated.value,
    expected: Number(first.percent.toFixed(first.decimals)),
    url,
  })
}
