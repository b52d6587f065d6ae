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

/** End of the digits at `index`, with `,ddd` thousands groups after at most three digits. */
function digitsEnd(text: string, index: number, to: number): number {
  let end = index
  while (end < to && digitAt(text, end)) end++
  if (end - index > 3) return end
  while (text[end] === ',' && digitAt(text, end + 1) && digitAt(text, end + 2) && digitAt(text, end + 3) && !digitAt(text, end + 4)) end += 4
  return end
}

function startsWithAny(text: string, at: number, words: readonly string[]): boolean {
  for (const word of words) if (text.startsWith(word, at)) return true
  return false
}

/** The exact counts of 件 (and 起) in `text[from, to)`. Approximate ones (`近100件`, `50余件`, `99件以上`) are left out. */
export function scanCounts(text: string, from: number, to: number): Count[] {
  const counts: Count[] = []
  let index = from
  while (index < to) {
    if (!digitAt(text, index) || !startsNumber(text, index, from)) {
      index++
      continue
    }
    const end = digitsEnd(text, index, to)
    const digits = text.slice(index, end).replaceAll(',', '')
    const unit = text[end]
    const decimal = unit === '.' && digitAt(text, end + 1)
    const approximate = index > from && approximateBefore.includes(text[index - 1] as string)
    if (!decimal && !approximate && digits.length <= MAX_DIGITS && (unit === '件' || unit === '起') && !startsWithAny(text, end + 1, approximateAfter)) {
      counts.push({ value: Number(digits), start: index, end, unit, after: end + 1 })
    }
    index = end + (decimal ? 1 : 0)
  }
  return counts
}

/** `4位数年`: the years a sentence mentions. */
export function scanYears(text: string, from: number, to: number): Year[] {
  const years: Year[] = []
  for (let index = from; index + 4 < to; index++) {
    if (!startsNumber(text, index, from)) continue
    if (!(digitAt(text, index) && digitAt(text, index + 1) && digitAt(text, index + 2) && digitAt(text, index + 3))) continue
    if (digitAt(text, index + 4) || text[index + 4] !== '年') continue
    const year = Number(text.slice(index, index + 4))
    if (year >= 1990 && year <= 2100) years.push({ year, start: index, end: index + 5 })
    index += 4
  }
  return years
}

/**
 * The vocabulary by the char code of its first character, longest word first. Keyed by
 * code: `text[index]` would make a new string for every CJK character of the sentence.
 */
const byFirst = new Map<number, Term[]>()
for (const term of [...vocabulary].sort((a, b) => b.word.length - a.word.length)) {
  const first = term.word.charCodeAt(0)
  const list = byFirst.get(first) ?? []
  list.push(term)
  byFirst.set(first, list)
}

/** The longest word of `candidates` at `index` that ends by `to`, if any. */
function wordAt(text: string, index: number, to: number, candidates: readonly Term[]): Term | undefined {
  for (const candidate of candidates) if (index + candidate.word.length <= to && text.startsWith(candidate.word, index)) return candidate
  return undefined
}

/** The words of the vocabulary in `text[from, to)`, left to right, longest first where several start at one place. */
export function scanTerms(text: string, from: number, to: number, year: number | null): Found[] {
  const found: Found[] = []
  let index = from
  while (index < to) {
    const candidates = byFirst.get(text.charCodeAt(index))
    const term = candidates === undefined ? undefined : wordAt(text, index, to, candidates)
    if (term === undefined) {
      index++
      continue
    }
    const end = index + term.word.length
    found.push(term.role === 'carry' ? carry(text, term, index, end, from, to, year) : { term, id: term.id, start: index, end })
    index = end
  }
  return found
}

/**
 * 结转 says which way by its neighbours: `上年(度)结转`, `2023年度结转` (the year before) →
 * `carriedOver`; `结转下(一)年(度)`, `结转至下年度`, `结转2025年度` → `carriedForward`.
 */
function carry(text: string, term: Term, start: number, end: number, from: number, to: number, year: number | null): Found {
  const before = ['上一年度', '上年度', '上一年', '上年']
  if (year !== null) before.unshift(`${year - 1}年度`, `${year - 1}年`)
  for (const words of before) {
    if (start - words.length >= from && text.startsWith(words, start - words.length)) return { term, id: 'carriedOver', start: start - words.length, end }
  }
  let ahead = end
  if (text[ahead] === '至' || text[ahead] === '到' || text[ahead] === '入') ahead++
  const after = ['下一年度', '下年度', '下一年', '下年']
  if (year !== null) after.unshift(`${year + 1}年度`, `${year + 1}年`)
  for (const words of after) {
    if (ahead + words.length <= to && text.startsWith(words, ahead)) return { term, id: 'carriedForward', start, end: ahead + words.length }
  }
  return { term, id: 'carry', start, end }
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
