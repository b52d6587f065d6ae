/**
 * Character references in the text between tags, decoded where they stand.
 *
 * parse5's tokenizer decodes references too, but the locations of its character tokens
 * are only exact at tag boundaries (a token that starts with a reference is placed a few
 * units off). So the text between two tags is decoded here from the HTML itself, with the
 * decoder parse5 uses (`entities`), in the mode parse5 uses for text (legacy): the same
 * characters, and for each reference the exact span it occupies.
 */
import { DecodingMode, HtmlEntityDecoder } from 'entities/decode'
import { spaces, type Span } from './spaces.js'

/** Decodes the text of an HTML document, one run between two tags at a time. */
export interface RunDecoder {
  /**
   * `html[from, to)` with every character reference replaced by its text followed by
   * spaces up to the reference's length: a same-length view of the run. With `withText`,
   * {@link RunDecoder.text} then holds the run with references replaced by their text
   * alone.
   */
  view(from: number, to: number, withText: boolean): string
  /** The run's text, set by the last `view(…, true)`. */
  readonly text: string
  /** The padding after each reference in the view so far, in order. */
  readonly padding: Span[]
}

/** The references pages use most, decoded without the decoder (the same result). */
const COMMON: readonly (readonly [string, string])[] = [
  ['&nbsp;', '\u00a0'],
  ['&amp;', '&'],
  ['&lt;', '<'],
  ['&gt;', '>'],
  ['&quot;', '"'],
]

/** Build a {@link RunDecoder} for `html`. */
export function createRunDecoder(html: string): RunDecoder {
  let decoded = ''
  let text = ''
  const padding: Span[] = []
  // The next `&` at or after the last run: runs come in order, and searching afresh from
  // each run to an `&` far ahead (or to the end) would cost the rest of the page each time.
  let nextAmp = -2

  function ampAtOrAfter(from: number): number {
    if (nextAmp !== -1 && nextAmp < from) nextAmp = html.indexOf('&', from)
    return nextAmp
  }
  const decoder = new HtmlEntityDecoder((codePoint) => {
    // Named references arrive one UTF-16 unit at a time, numeric ones as a code point.
    decoded += String.fromCodePoint(codePoint)
  })

  /** Length of the reference starting at the `&` at `at` (0 when none), its text in `decoded`. */
  function reference(at: number): number {
    for (const [name, value] of COMMON) {
      if (html.startsWith(name, at)) {
        decoded = value
        return name.length
      }
    }
    decoded = ''
    decoder.startEntity(DecodingMode.Legacy)
    let length = decoder.write(html, at + 1)
    if (length < 0) length = decoder.end()
    // A reference is never shorter than its text; keep the view's length exact regardless.
    if (decoded.length > length) decoded = decoded.slice(0, length)
    return length
  }

  return {
    padding,
    get text() {
      return text
    },
    view(from, to, withText) {
      let amp = ampAtOrAfter(from)
      if (amp === -1 || amp >= to) {
        const run = html.slice(from, to)
        if (withText) text = run
        return run
      }
      let view = ''
      text = ''
      let at = from
      while (amp !== -1 && amp < to) {
        const length = reference(amp)
        if (length > 0 && amp + length <= to) {
          const before = html.slice(at, amp)
          view += before + decoded + spaces(length - decoded.length)
          if (length > decoded.length) padding.push({ start: amp + decoded.length, end: amp + length })
          if (withText) text += before + decoded
          at = amp + length
        } else {
          const before = html.slice(at, amp + 1)
          view += before
          if (withText) text += before
          at = amp + 1
        }
        amp = ampAtOrAfter(at)
      }
      const rest = html.slice(at, to)
      if (withText) text += rest
      return view + rest
    },
  }
}
