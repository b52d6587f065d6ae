/**
 * Character references in the text between tags, decoded where they stand.
 *
 * parse5's tokenizer decodes references too, but its character tokens carry no place
 * without location info, and with it they are only exact at tag boundaries (a token that
 * starts with a reference is placed a few units off). So the text between two tags is
 * decoded here from the HTML itself, with the decoder parse5 uses (`entities`), in the mode
 * parse5 uses for text (legacy: `&not` without its semicolon is a reference): the same
 * characters, and for each reference the exact span it occupies.
 */
import { DecodingMode, HtmlEntityDecoder } from 'entities/decode'

/** Decodes the references of one page. */
export interface ReferenceDecoder {
  /**
   * Length of the reference at the `&` at `at`, when it is one that ends by `to`; 0
   * otherwise. Its text is then {@link ReferenceDecoder.decoded}.
   */
  decode(at: number, to: number): number
  /** The text of the last reference decoded. */
  readonly decoded: string
}

/** The references pages use most, decoded without the decoder (the same result). */
const COMMON: readonly (readonly [string, string])[] = [
  ['&nbsp;', '\u00a0'],
  ['&amp;', '&'],
  ['&lt;', '<'],
  ['&gt;', '>'],
  ['&quot;', '"'],
]

/** Build a {@link ReferenceDecoder} for `html`. */
export function createReferenceDecoder(html: string): ReferenceDecoder {
  let decoded = ''
  const decoder = new HtmlEntityDecoder((codePoint) => {
    // Named references arrive one UTF-16 unit at a time, numeric ones as a code point.
    decoded += String.fromCodePoint(codePoint)
  })

  return {
    get decoded() {
      return decoded
    },
    decode(at, to) {
      let length = 0
      const second = html.charCodeAt(at + 1)
      for (const [name, value] of COMMON) {
        if (second === name.charCodeAt(1) && html.startsWith(name, at)) {
          decoded = value
          length = name.length
          break
        }
      }
      if (length === 0) {
        decoded = ''
        decoder.startEntity(DecodingMode.Legacy)
        length = decoder.write(html, at + 1)
        if (length < 0) length = decoder.end()
      }
      // A reference is never shorter than its text (the view relies on it); one that would be is not taken.
      return length > 0 && at + length <= to && decoded.length <= length ? length : 0
    },
  }
}
