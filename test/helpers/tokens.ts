/**
 * Compact views of token streams for reader tests.
 */
import { normalize } from '../../src/normalize.js'
import type { Reader } from '../../src/readers/types.js'
import type { Token } from '../../src/tokens.js'

/** Read all of `text` with `reader`, after normalization, as the pipeline does. */
export function read(reader: Reader, text: string): Token[] {
  const normalized = normalize(text)
  return reader.read(normalized, 0, normalized.length)
}

/** `kind:text` for each token, `empty` tokens left out. */
export function cells(tokens: readonly Token[]): string[] {
  return tokens.filter((token) => token.kind !== 'empty').map((token) => `${token.kind}:${token.text}`)
}

/** Every token's text is what its offsets cut from the normalized text. */
export function offsetsHold(text: string, tokens: readonly Token[]): boolean {
  const normalized = normalize(text)
  return tokens.every((token) => token.kind === 'digits' || normalized.slice(token.start, token.end) === token.text)
}
