/**
 * Readers over tokens prepared from markup, shared by the `html` and `markdown` entries.
 *
 * Unlike the text readers, such a reader does not read the text it is given: the tokens
 * were read once from the markup (HTML's cells, mdast's table cells and paragraphs), and a
 * region gets those that lie inside it. It is built per document, so it is not among the
 * `defaultReaders`.
 */
import type { Reader } from '../readers/types.js'
import { readsAs } from '../readers/define.js'
import type { Token } from '../tokens.js'

/** Index of the first token starting at or after `offset` (tokens sorted by start). */
function firstAtOrAfter(tokens: readonly Token[], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((tokens[middle] as Token).start < offset) low = middle + 1
    else high = middle
  }
  return low
}

/** The tokens that lie in `[start, end)`, copied. */
function tokensIn(tokens: readonly Token[], start: number, end: number): Token[] {
  const result: Token[] = []
  for (let index = firstAtOrAfter(tokens, start); index < tokens.length; index++) {
    const token = tokens[index] as Token
    if (token.start >= end) break
    // Copied field by field, not spread: a spread copy gets a map of its own, and the
    // matcher's code would then meet two shapes of token (see `Token.row`).
    if (token.end <= end) result.push({ kind: token.kind, text: token.text, start: token.start, end: token.end, row: token.row })
  }
  return result
}

/** Is there a token starting in `[start, end)`. */
export function hasTokens(tokens: readonly Token[], start: number, end: number): boolean {
  const token = tokens[firstAtOrAfter(tokens, start)]
  return token !== undefined && token.start < end
}

/** How many tokens lie in `[start, end)`. */
export function countTokens(tokens: readonly Token[], start: number, end: number): number {
  return tokensIn(tokens, start, end).length
}

/**
 * A reader named `name` over `tokens` (sorted by start). `detect` is 1 where the region
 * holds a table cell (`cells`, sorted by start) and 0 elsewhere, so that a region without
 * a table (a table pasted as text, or left out) falls to the text readers.
 */
export function createTokenReader(name: string, tokens: readonly Token[], cells: readonly Token[] = tokens): Reader {
  return {
    name,
    detect: (_text, start, end) => (hasTokens(cells, start, end) ? 1 : 0),
    read: (_text, start, end) => tokensIn(tokens, start, end),
  }
}

/**
 * `reader` for the regions without table cells only: where the document has a table the
 * markup reader is certain, and the text readers need not scan the region.
 */
export function outsideTables(reader: Reader, cells: readonly Token[]): Reader {
  const wrapper: Reader = {
    name: reader.name,
    detect: (text, start, end) => (hasTokens(cells, start, end) ? 0 : reader.detect(text, start, end)),
    read: (text, start, end) => reader.read(text, start, end),
  }
  return readsAs(wrapper, reader)
}
