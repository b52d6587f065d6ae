/**
 * What may stand around a claim: between its word and its number (the gap), and before
 * its first word in the clause (the prefix). See `claims.ts` for what each test is for.
 *
 * Both are read in place in the sentence's compact view, by char code, within their
 * bounds: gaps and prefixes are a few characters, and a slice and a search per word of the
 * vocabulary would cost more than looking at each character once.
 */
import type { Found } from './scan.js'
import { decisionGaps, gapBreakers, otherPeriodWords, partWords, subsetFillers, vocabulary, type Term } from './vocabulary.js'

/** The words of the vocabulary whose number may follow only 决定 or 处理决定 (`行政许可决定101458件`). */
const decisionWords: ReadonlySet<Term> = new Set(vocabulary.filter((term) => term.id.endsWith('.decisions')))

/**
 * What the characters of a gap may do, by char code: 1 breaks the tie (digits, and the
 * `gapBreakers` of one character), 2 may start a longer breaker (`其中`, `平均`).
 */
const breaksGap = new Uint8Array(0x10000)
const longBreakers = gapBreakers.filter((breaker) => breaker.length > 1)
for (const breaker of longBreakers) breaksGap[breaker.charCodeAt(0)] = 2
for (let code = 0x30; code <= 0x39; code++) breaksGap[code] = 1
for (const breaker of gapBreakers) if (breaker.length === 1) breaksGap[breaker.charCodeAt(0)] = 1

/**
 * May the text between a word and its number, `text[from, to)`, stand there. Read in place,
 * never past `to`: a gap is a few characters (at most the word's `gap`), and a slice and a
 * dozen searches of it would cost more than looking at each.
 */
export function gapAllows(text: string, from: number, to: number, word: Found): boolean {
  if (to - from > word.term.gap) return false
  for (let at = from; at < to; at++) {
    const kind = breaksGap[text.charCodeAt(at)]
    if (kind === 1) return false
    if (kind === 2 && longBreakers.some((breaker) => at + breaker.length <= to && text.startsWith(breaker, at))) return false
  }
  return !decisionWords.has(word.term) || decisionGaps.has(text.slice(from, to))
}

/** What a word found in a prefix says: another period, a part of the organ, a subset (`其中`). */
const OTHER_PERIOD = 1
const PART = 2
const SUBSET = 3

/** The words looked for in a prefix, by the char code of their first character. */
const prefixWords = new Map<number, { word: string; kind: number }[]>()
/** 1 where a word of `prefixWords` starts: most characters of a prefix start none. */
const startsPrefixWord = new Uint8Array(0x10000)
for (const [words, kind] of [[otherPeriodWords, OTHER_PERIOD], [partWords, PART], [['其中'], SUBSET]] as const) {
  for (const word of words) {
    const first = word.charCodeAt(0)
    startsPrefixWord[first] = 1
    prefixWords.set(first, [...(prefixWords.get(first) ?? []), { word, kind }])
  }
}

/**
 * May the clause before the claim's first word, `text[from, to)`, stand there (see
 * `claims.ts`). One pass over it looks for every word at once, where a search per word
 * (two dozen) cost more than the prefix is long.
 */
export function prefixAllows(text: string, from: number, to: number): boolean {
  if (to > from && text.charCodeAt(to - 1) === 0x7b49 /* 等 */) return false
  let subset = -1
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at)
    if (startsPrefixWord[code] !== 1) continue
    for (const { word, kind } of prefixWords.get(code) ?? []) {
      if (at + word.length > to || !text.startsWith(word, at)) continue
      if (kind === OTHER_PERIOD) return false
      // A part of the organ, unless `各` stands within three characters before it.
      if (kind === PART && !text.slice(Math.max(from, at - 3), at).includes('各')) return false
      if (kind === SUBSET) subset = at
    }
  }
  // After the last `其中`, only fillers (`其中引发行政复议6件`): anything else names a subset.
  return subset === -1 || stripFillers(text.slice(subset + 2, to)).length === 0
}

/** `rest` without the fillers it starts with (`引发`, `共计` …), one after another. */
function stripFillers(rest: string): string {
  let remaining = rest
  let stripped = true
  while (stripped && remaining.length > 0) {
    stripped = false
    for (const filler of subsetFillers) {
      if (remaining.startsWith(filler)) {
        remaining = remaining.slice(filler.length)
        stripped = true
        break
      }
    }
  }
  return remaining
}
