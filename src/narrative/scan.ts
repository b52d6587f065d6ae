/**
 * Scanning the compact view of a sentence for what claims are made of: counts (`99件`),
 * words of the vocabulary, years (`2024年`) and percentages (`占33.9%`). Hand-written,
 * linear scanners: no regular expression over untrusted text.
 */
import { approximateAfter, approximateBefore, vocabulary, type Term } from './vocabulary.js'

/** A count: digits followed by 件 (or 起). Indexes are into the compact view. */
export interface Count {
  value: number
  start: number
  end: number
  /** 件 or 起. */
  unit: string
  /** Index after the unit. */
  after: number
  /** Start of the clause the count is in. */
  clause: number
  /** How many parentheses are open before the count. */
  depth: number
}

/** A word of the vocabulary where it occurs; `id` is resolved for `carry` words. */
export interface Found {
  term: Term
  /** `term.id`, or for 结转: `carriedOver`, `carriedForward`, or `carry` when undecided. */
  id: string
  start: number
  end: number
}

/** A year (`2024年`). */
export interface Year {
  year: number
  start: number
  end: number
}

/** A percentage. */
export interface Percent {
  value: number
  /** Digits written after the decimal point. */
  decimals: number
  start: number
  /** Index after `%`. */
  end: number
}

const MAX_DIGITS = 12

/** Is the character at `index` an ASCII digit (false past the end). Char codes: no string per character. */
function digitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code >= 0x30 && code <= 0x39
}

/** Can a number start here: not in the middle of a number, a code or a decimal. */
function startsNumber(text: string, index: number, from: number): boolean {
  if (index === from) return true
  const code = text.charCodeAt(index - 1)
  const lower = code | 0x20
  // Not a decimal's or a phone number's second part, a code (`A12`), a sign.
  return !(code >= 0x30 && code <= 0x39) && code !== 0x2e && code !== 0x2c && code !== 0x2b && code !== 0x2d && code !== 0x2f && !(lower >= 0x61 && lower <= 0x7a)
}

function startsWithAny(text: string, at: number, words: readonly string[]): boolean {
  for (const word of words) if (text.startsWith(word, at)) return true
  return false
}

/** What `scanSentence` finds in a sentence's compact view. */
export interface SentenceScan {
  /** The exact counts, left to right. */
  counts: Count[]
  /** The words of the vocabulary, left to right, longest first where several start at one place. */
  terms: Found[]
  /** `4位数年`: the years the sentence mentions (those inside a word included). */
  years: Year[]
}

/** What a character of a sentence may start or do, for the one pass of `scanSentence`. */
const NONE = 0
const DIGIT = 1
const OPEN = 2
const CLOSE = 3
const CLAUSE_END = 4
const PAUSE = 5
/** From here on: the first character of words of the vocabulary, `WORDS + i` for `byFirst[i]`. */
const WORDS = 8

/**
 * Kinds by char code: one typed-array read per character. Most characters of a sentence
 * are none of these, and cost nothing more.
 */
const kinds = new Uint8Array(0x10000)
for (let code = 0x30; code <= 0x39; code++) kinds[code] = DIGIT
kinds[0x28 /* ( */] = OPEN
kinds[0x29 /* ) */] = CLOSE
// `,;:` and (never in a sentence, which they end) `。!?`.
for (const code of [0x2c, 0x3b, 0x3a, 0x3002, 0x21, 0x3f]) kinds[code] = CLAUSE_END
kinds[0x3001 /* 、 */] = PAUSE

/** The vocabulary by its first character (its kind), longest word first. */
const byFirst: Term[][] = []
for (const term of [...vocabulary].sort((a, b) => b.word.length - a.word.length)) {
  const first = term.word.charCodeAt(0)
  if (kinds[first] === NONE) {
    kinds[first] = WORDS + byFirst.length
    byFirst.push([])
  }
  ;(byFirst[(kinds[first] as number) - WORDS] as Term[]).push(term)
}

/** The longest word of `candidates` at `index` that ends by `to`, if any. */
function wordAt(text: string, index: number, to: number, candidates: readonly Term[]): Term | undefined {
  for (const candidate of candidates) if (index + candidate.word.length <= to && text.startsWith(candidate.word, index)) return candidate
  return undefined
}

/**
 * Scan a sentence's compact view once for the counts, the words and the years, following
 * the parentheses and clauses (`,;:()`, and `、` after 件 or 起) on the way, so that each
 * count knows the clause it is in and whether it is inside parentheses.
 *
 * One pass, not one per kind of thing: per-character loops are what the claims cost. A
 * word is skipped once found (no word starts inside another), and so is a run of digits;
 * punctuation is looked at where it stands (no word contains a digit or a mark).
 */
export function scanSentence(text: string, year: number | null): SentenceScan {
  const counts: Count[] = []
  const terms: Found[] = []
  const years: Year[] = []
  const length = text.length
  let depth = 0
  let clause = 0
  let index = 0
  while (index < length) {
    const kind = kinds[text.charCodeAt(index)] as number
    if (kind >= WORDS) {
      const term = wordAt(text, index, length, byFirst[kind - WORDS] as Term[])
      if (term !== undefined) {
        const end = index + term.word.length
        terms.push(term.role === 'carry' ? carry(text, term, index, end, 0, length, year) : { term, id: term.id, start: index, end })
        index = end
        continue
      }
    } else if (kind === DIGIT) {
      // A run of digits: only its first can start a number, and none is anything else.
      let run = index + 1
      while (run < length && digitAt(text, run)) run++
      if (startsNumber(text, index, 0)) readCountOrYear(text, index, run, counts, years, clause, depth)
      index = run
      continue
    } else if (kind === OPEN) {
      depth++
      clause = index + 1
    } else if (kind === CLOSE) {
      if (depth > 0) depth--
      clause = index + 1
    } else if (kind === CLAUSE_END) {
      clause = index + 1
    } else if (kind === PAUSE) {
      // A `、` after a count (`行政复议4件、行政诉讼3件`) ends a clause like a comma.
      const before = text.charCodeAt(index - 1)
      if (before === 0x4ef6 /* 件 */ || before === 0x8d77 /* 起 */) clause = index + 1
    }
    index++
  }
  return { counts, terms, years }
}

/**
 * The number starting at `index`, whose digits run to `run`: a count when 件 or 起 follows
 * it and it is exact (`近100件`, `50余件`, `99件以上` are not), a year when it is four digits
 * and 年.
 */
function readCountOrYear(text: string, index: number, run: number, counts: Count[], years: Year[], clause: number, depth: number): void {
  if (run - index === 4 && text.charCodeAt(run) === 0x5e74 /* 年 */) {
    const value = (text.charCodeAt(index) - 0x30) * 1000 + (text.charCodeAt(index + 1) - 0x30) * 100 + (text.charCodeAt(index + 2) - 0x30) * 10 + text.charCodeAt(index + 3) - 0x30
    if (value >= 1990 && value <= 2100) years.push({ year: value, start: index, end: index + 5 })
  }
  // Up to three digits may go on in `,ddd` groups (`1,234件`).
  let end = run
  if (run - index <= 3) {
    while (text.charCodeAt(end) === 0x2c /* , */ && digitAt(text, end + 1) && digitAt(text, end + 2) && digitAt(text, end + 3) && !digitAt(text, end + 4)) end += 4
  }
  const unit = text.charCodeAt(end)
  if (unit !== 0x4ef6 /* 件 */ && unit !== 0x8d77 /* 起 */) return
  if (index > 0 && approximateBeforeCodes.includes(text.charCodeAt(index - 1))) return
  if (approximateAfterFirst.includes(text.charCodeAt(end + 1)) && startsWithAny(text, end + 1, approximateAfter)) return
  // The value digit by digit, `,` skipped: exact, as a count has at most 12 digits.
  let value = 0
  let digits = 0
  for (let at = index; at < end; at++) {
    const code = text.charCodeAt(at)
    if (code === 0x2c /* , */) continue
    value = value * 10 + code - 0x30
    digits++
  }
  if (digits > MAX_DIGITS) return
  counts.push({ value, start: index, end, unit: unit === 0x4ef6 ? '件' : '起', after: end + 1, clause, depth })
}

/**
 * The marks before a number that make it approximate, by char code (each is one
 * character). A few numbers: an array's `includes` is cheaper than a set's lookup.
 */
const approximateBeforeCodes: readonly number[] = approximateBefore.filter((mark) => mark.length === 1).map((mark) => mark.charCodeAt(0))
/** The first characters of the marks after a unit: only where one stands are the marks tried. */
const approximateAfterFirst: readonly number[] = approximateAfter.map((mark) => mark.charCodeAt(0))

/**
 * 结转 says which way by its neighbours: `上年(度)结转`, `2023年度结转` (the year before) →
 * `carriedOver`; `结转下(一)年(度)`, `结转至下年度`, `结转2025年度` → `carriedForward`.
 */
function carry(text: string, term: Term, start: number, end: number, from: number, to: number, year: number | null): Found {
  const { before, after } = carryWords(year)
  for (const words of before) {
    if (start - words.length >= from && text.startsWith(words, start - words.length)) return { term, id: 'carriedOver', start: start - words.length, end }
  }
  let ahead = end
  const next = text.charCodeAt(ahead)
  if (next === 0x81f3 /* 至 */ || next === 0x5230 /* 到 */ || next === 0x5165 /* 入 */) ahead++
  for (const words of after) {
    if (ahead + words.length <= to && text.startsWith(words, ahead)) return { term, id: 'carriedForward', start, end: ahead + words.length }
  }
  return { term, id: 'carry', start, end }
}

/** The words before 结转 that make it `carriedOver`, and after it `carriedForward`: for the last year asked (one report's). */
let carryCache: { year: number | null; before: readonly string[]; after: readonly string[] } | undefined

function carryWords(year: number | null): { before: readonly string[]; after: readonly string[] } {
  if (carryCache === undefined || carryCache.year !== year) {
    const before = ['上一年度', '上年度', '上一年', '上年']
    const after = ['下一年度', '下年度', '下一年', '下年']
    if (year !== null) {
      before.unshift(`${year - 1}年度`, `${year - 1}年`)
      after.unshift(`${year + 1}年度`, `${year + 1}年`)
    }
    carryCache = { year, before, after }
  }
  return carryCache
}

/**
 * A percentage stated right after a count: `26件,占33.3%`, `26件(33.3%)`, `26件,占比33.3%`,
 * `26件,占办理总数的33.3%`. `null` when there is none.
 */
export function percentAfter(text: string, at: number, to: number): Percent | null {
  let index = at
  if (text[index] === ',' || text[index] === '(') index++
  if (text[index] === '占') {
    const limit = Math.min(to, index + 9)
    index++
    while (index < limit && !digitAt(text, index) && !',.;:()。'.includes(text[index] as string)) index++
  }
  const start = index
  while (index < to && digitAt(text, index)) index++
  if (index === start) return null
  let decimals = 0
  if (text[index] === '.' && digitAt(text, index + 1)) {
    index++
    while (index < to && digitAt(text, index)) {
      index++
      decimals++
    }
  }
  if (text[index] !== '%') return null
  return { value: Number(text.slice(start, index)), decimals, start, end: index + 1 }
}

/**
 * A cursor over `text` giving the next 件 or 起 at or after `from` (called with `from`
 * never decreasing) whose previous character (spaces and `*` aside) is a digit; -1 when
 * none. The next position of each unit is kept between calls: searching afresh from every
 * sentence would scan to the end of a long text once per sentence (quadratic where a unit
 * never occurs).
 */
export function countUnits(text: string): (from: number) => number {
  let piece = text.indexOf('件')
  let event = text.indexOf('起')
  return (from) => {
    if (piece !== -1 && piece < from) piece = text.indexOf('件', from)
    if (event !== -1 && event < from) event = text.indexOf('起', from)
    while (piece !== -1 || event !== -1) {
      const unit = piece === -1 ? event : event === -1 ? piece : Math.min(piece, event)
      let before = unit - 1
      while (before >= from && (text.charCodeAt(before) <= 0x20 || text.charCodeAt(before) === 0x2a)) before--
      const code = before >= 0 ? text.charCodeAt(before) : 0
      if (code >= 0x30 && code <= 0x39) return unit
      if (unit === piece) piece = text.indexOf('件', unit + 1)
      else event = text.indexOf('起', unit + 1)
    }
    return -1
  }
}

/** The marks that end a sentence (normalized). */
const SENTENCE_ENDS = ['。', '!', '?'] as const

/**
 * The sentences of `text` around its units, asked for in order (each unit after the last
 * sentence's end). Only the sentences that hold a unit are bounded, with `indexOf` forward
 * to their end and `lastIndexOf` back to their start: the sentences between them are never
 * walked. The next occurrence of each mark is kept between calls (`!` and `?` are rare:
 * searched afresh each time, they would be searched for to the end of the text).
 */
export class Sentences {
  /** Start of the sentence last asked for. */
  start = 0
  /** End of the sentence last asked for: its mark, or the end of the text. */
  end = 0
  readonly #text: string
  /** For each mark, its first occurrence at or after the last unit asked about; -1 when none is left. */
  readonly #next: number[]

  constructor(text: string) {
    this.#text = text
    this.#next = SENTENCE_ENDS.map((mark) => text.indexOf(mark))
  }

  /** Bound the sentence holding `unit`. */
  around(unit: number): void {
    const text = this.#text
    let start = 0
    let end = text.length
    for (let kind = 0; kind < SENTENCE_ENDS.length; kind++) {
      let next = this.#next[kind] as number
      if (next === -1) continue
      const mark = SENTENCE_ENDS[kind] as string
      if (next < unit) {
        // The last such mark before the unit starts the sentence. Searching back from the
        // unit stops at `next` at the latest, which is after the previous unit: no part of
        // the text is searched back through twice.
        start = Math.max(start, text.lastIndexOf(mark, unit - 1) + 1)
        next = this.#next[kind] = text.indexOf(mark, unit)
        if (next === -1) continue
      }
      end = Math.min(end, next)
    }
    this.start = start
    this.end = end
  }
}
