/**
 * Claims: numbers the prose states for quantities the tables hold.
 *
 * A claim is a word of the vocabulary followed closely, in the same clause, by a count of
 * 件: `全县新收到政府信息公开申请99件`, `其中予以公开26件`, `引发行政复议6件，结果维持2件`.
 * Only claims tied to a quantity with confidence are kept. A count is left alone when:
 *
 * - no word of the vocabulary stands before it in its clause (clauses end at `，；：（）。`,
 *   and at `、` after a count), or the nearest one is farther than the word allows, or the
 *   words between them compare, share out or subset (`较`, `增`, `占`, `率`, `其中` …:
 *   `vocabulary.ts`);
 * - another word of the vocabulary stands before the claim's word in the clause: it
 *   qualifies it (`上年结转的申请中办结4件`, `因本机关不掌握等原因无法提供265件`);
 * - two words are joined by `、`/`和`/`及` (`行政复议、行政诉讼案件74件`), except
 *   予以公开及部分公开, which is their sum;
 * - the word follows `等` (`撤销等其他处理14件`: a part of 其他处理);
 * - it is inside parentheses, unless the word names a part (`（含上年度结转申请34件）`,
 *   `（信访举报投诉类申请1件，重复申请2件）`);
 * - the clause names a part of the organ (`县教育局受理…`; `各部门` is the whole), another
 *   period (`上年`, `去年`, `同期`), or the sentence's latest year is not the report's;
 * - the count is approximate (`近100件`, `50余件`, `99件以上`) or another unit (`件次`);
 * - the same quantity was already claimed in the sentence (the rest are breakdowns);
 * - a generic word (`受理`, `答复`, `结转` …) appears in a sentence that does not speak of 申请;
 * - an outcome (`结果维持2件`) does not follow a claim about 行政复议 or 行政诉讼 in its
 *   sentence, or a verb (`废止24件`) a claim about 规范性文件 or 规章.
 *
 * Not read: numbers written in Chinese numerals (`五件`), counts in other units (`条`, `个`).
 */
import type { Format } from '../model.js'
import { readings, shareable, type QuantityId } from './quantities.js'
import { countUnits, percentAfter, scanSentence, Sentences, type Count, type Found, type Year } from './scan.js'
import { normalize } from '../normalize.js'
import { compactRange, proseIndex } from './view.js'
import { gapAllows, prefixAllows } from './surroundings.js'
import { conjunctions } from './vocabulary.js'

/** The prose sections claims are read from. */
export type ProseSection = 'overview' | 'problems' | 'otherMatters'

/** A percentage stated with a claim. */
export interface ClaimPercent {
  value: number
  /** Digits after the decimal point, as written. */
  decimals: number
  /** Where the percentage is: `[start, end)` in the prose string. */
  span: [number, number]
}

/** A number the prose states for a quantity of the tables. */
export interface Claim {
  section: ProseSection
  /** The quantity (see `quantities.ts`): `newRequests`, `received`, `review:total`, `normativeDocuments.issued` … */
  quantity: QuantityId
  /** The number stated. */
  value: number
  /** Where the number is: `[start, end)` in the prose string. */
  number: [number, number]
  /** The claim's words, from its first word to its unit (or percentage): `[start, end)` in the prose string. */
  words: [number, number]
  /** A share stated right after the count (`26件，占33.3%`), for quantities of results. */
  percent: ClaimPercent | null
}

/** What claims are read against. */
export interface ClaimContext {
  format: Format
  /** The report's year: claims in sentences about other years are left alone. */
  year: number | null
}

/** What one sentence has bound so far. */
interface SentenceState {
  /** The group claim (行政复议 / 行政诉讼) outcomes refer to. */
  group: Found | null
  /** The object claim (规范性文件 / 规章) verbs refer to. */
  document: Found | null
  /** Quantities claimed in the sentence. */
  seen: Set<QuantityId>
}

/** A claim before placing: indexes in the compact view. */
interface Bound {
  quantity: QuantityId
  /** The claim's first word. */
  first: Found
  /** The word nearest the number, which names the quantity. */
  word: Found
}

/**
 * Read the claims of one prose section.
 *
 * A claim needs a count (`99件`, `6起`), so only sentences holding one are read: the units,
 * and the bounds of their sentences, are found with `indexOf` and `lastIndexOf` (native,
 * fast), and only those sentences are compacted and scanned. Most of a report's prose is
 * never looked at character by character.
 */
export function extractClaims(prose: string, section: ProseSection, context: ClaimContext): Claim[] {
  return extractNormalizedClaims(normalize(prose), section, context)
}

/**
 * `extractClaims` of prose already normalized (`normalize` moves nothing, so offsets are the
 * prose's): the parser has normalized the whole text once and passes slices of it.
 */
export function extractNormalizedClaims(normalized: string, section: ProseSection, context: ClaimContext): Claim[] {
  const claims: Claim[] = []
  const units = countUnits(normalized)
  let unit = units(0)
  // Made only when a unit is found: many a section states no count at all.
  const sentences = unit === -1 ? null : new Sentences(normalized)
  while (unit !== -1 && sentences !== null) {
    sentences.around(unit)
    const view = compactRange(normalized, sentences.start, sentences.end)
    const text = view.text
    const end = text.length
    readSentence(text, context, (bound, count) => {
      const percent = shareable.has(bound.quantity) ? percentAfter(text, count.after, end) : null
      // The words end after the unit, or after the share and the parenthesis that opened it.
      let last = percent === null ? count.after : percent.end
      if (percent !== null && text[count.after] === '(' && text[last] === ')') last++
      claims.push({
        section,
        quantity: bound.quantity,
        value: count.value,
        number: [proseIndex(view, count.start), proseIndex(view, count.end - 1) + 1],
        words: [proseIndex(view, bound.first.start), proseIndex(view, last - 1) + 1],
        percent: percent === null ? null : { value: percent.value, decimals: percent.decimals, span: [proseIndex(view, percent.start), proseIndex(view, percent.end - 1) + 1] },
      })
    })
    unit = units(sentences.end + 1)
  }
  return claims
}

/** How much of a clause before a claim is searched for parts, periods and subsets. */
const PREFIX_REACH = 40

/**
 * Read the claims of a sentence's compact view. One pass (`scanSentence`) finds its counts,
 * words and years, and each count the clause it is in; the counts are then read left to
 * right with pointers into the words and years, so that time stays linear in the
 * sentence's length however many counts it holds.
 */
function readSentence(text: string, context: ClaimContext, emit: (bound: Bound, count: Count) => void): void {
  const scan = scanSentence(text, context.year)
  const { counts, terms } = scan
  if (counts.length === 0 || terms.length === 0) return
  const years = outsideTerms(scan.years, terms)
  const speaksOfRequests = text.includes('申请')
  const state: SentenceState = { group: null, document: null, seen: new Set() }
  const walk: Walk = { depth: 0, clause: 0, inClause: 0, before: 0, lastGroup: null, lastObject: null }
  let year: Year | undefined
  let nextYear = 0
  for (const count of counts) {
    walk.depth = count.depth
    walk.clause = count.clause
    advance(walk, terms, count.start)
    while (nextYear < years.length && (years[nextYear] as Year).start < count.start) year = years[nextYear++]
    const bound = bind(text, count, terms, walk, state)
    if (bound === null) continue
    if ((bound.first.term.generic === true || bound.word.term.generic === true) && !speaksOfRequests) continue
    if (year !== undefined && year.year !== context.year) continue
    if (readings(bound.quantity, context.format).length === 0) continue
    if (state.seen.has(bound.quantity)) continue
    state.seen.add(bound.quantity)
    if (bound.word.term.role === 'group') state.group = bound.word
    if (bound.word.term.role === 'object') state.document = bound.word
    emit(bound, count)
  }
}

/** Where the reading of a sentence stands. */
interface Walk {
  /** Parenthesis depth. */
  depth: number
  /** Start of the current clause. */
  clause: number
  /** Index of the first word in the current clause. */
  inClause: number
  /** Number of words that end before the current count. */
  before: number
  /** The latest 行政复议 / 行政诉讼 word, and the latest 规范性文件 / 规章 word, before the count. */
  lastGroup: Found | null
  lastObject: Found | null
}

/** Move the word pointers to the count at `at`. */
function advance(walk: Walk, terms: readonly Found[], at: number): void {
  while (walk.before < terms.length && (terms[walk.before] as Found).end <= at) {
    const term = terms[walk.before++] as Found
    if (term.term.role === 'group') walk.lastGroup = term
    if (term.term.role === 'object') walk.lastObject = term
  }
  while (walk.inClause < walk.before && (terms[walk.inClause] as Found).start < walk.clause) walk.inClause++
}

/** The years that are not part of a word (`2023年度结转`), by one merge of the two sorted lists. */
function outsideTerms(years: readonly Year[], terms: readonly Found[]): Year[] {
  const kept: Year[] = []
  let next = 0
  for (const year of years) {
    while (next < terms.length && (terms[next] as Found).end <= year.start) next++
    const term = terms[next]
    if (term === undefined || !(term.start <= year.start && year.end <= term.end)) kept.push(year)
  }
  return kept
}

/** Tie `count` to the nearest word before it in its clause, or `null` when that is not certain. */
function bind(text: string, count: Count, terms: readonly Found[], walk: Walk, state: SentenceState): Bound | null {
  const lastIndex = walk.before - 1
  if (lastIndex < walk.inClause) return null
  const last = terms[lastIndex] as Found
  const previous = lastIndex - 1 >= walk.inClause ? terms[lastIndex - 1] : undefined
  if (count.unit === '起' && last.term.cases !== true) return null
  if (walk.depth > 0 && last.term.nested !== true) return null
  if (!gapAllows(text, last.end, count.start, last)) return null

  const resolved = resolve(text, previous, last, state, walk)
  if (resolved === null) return null
  const { quantity, first } = resolved
  // Another word before the claim's first word qualifies it.
  const firstIndex = first === last ? lastIndex : lastIndex - 1
  if (firstIndex > walk.inClause) return null
  if (!prefixAllows(text, Math.max(walk.clause, first.start - PREFIX_REACH), first.start)) return null
  return { quantity, first, word: last }
}

/** The quantity a word names, given the words before it; the claim's first word. */
function resolve(text: string, previous: Found | undefined, last: Found, state: SentenceState, walk: Walk): { quantity: QuantityId; first: Found } | null {
  switch (last.term.role) {
    case 'object':
      // 制发行政规范性文件62件: the verb right before the object.
      if (previous === undefined || previous.term.role !== 'verb' || last.start - previous.end > 2) return null
      return { quantity: joined(last, '.', previous.id), first: previous }
    case 'verb': {
      // 废止24件: the object of the sentence's last claim about documents, if no other since.
      const document = state.document
      if (document === null || walk.lastObject !== document) return null
      return { quantity: joined(document, '.', last.id), first: last }
    }
    case 'outcome': {
      const group = state.group
      if (group === null || walk.lastGroup !== group) return null
      return { quantity: joined(group, ':', last.id), first: last }
    }
    case 'group':
      return { quantity: joined(last, ':', 'total'), first: last }
    case 'carry':
      return last.id === 'carry' ? null : { quantity: last.id, first: last }
    default:
      break
  }
  if (previous !== undefined && conjunctions.includes(text.slice(previous.end, last.start))) {
    // 予以公开及部分公开258件 is their sum; other pairs (行政复议、行政诉讼74件) are not checked.
    const pair = new Set([previous.id, last.id])
    return pair.has('granted') && pair.has('partlyGranted') && pair.size === 2 ? { quantity: 'grantedOrPartly', first: previous } : null
  }
  return { quantity: last.id, first: last }
}

/**
 * `word.id`, `separator` and `rest` joined (`review:upheld`), the same string object each
 * time: a string built anew per claim would be hashed anew by every lookup of it
 * (`readings`, the quantities seen), which costs more than finding it here.
 */
function joined(word: Found, separator: '.' | ':', rest: string): string {
  const bySeparator = joinedIds[separator]
  let byRest = bySeparator.get(word.id)
  if (byRest === undefined) bySeparator.set(word.id, (byRest = new Map()))
  let id = byRest.get(rest)
  if (id === undefined) byRest.set(rest, (id = `${word.id}${separator}${rest}`))
  return id
}

const joinedIds = { '.': new Map<string, Map<string, string>>(), ':': new Map<string, Map<string, string>>() }
