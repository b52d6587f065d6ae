/**
 * Short lines as they read: a heading written `<span>二、主动公开</span><span>政府信息情况</span>`
 * (editors split runs on every change of font or language) is, in the view, two pieces
 * with the tags' spaces between them, and the core finds sections, titles and dates by
 * their words. So a short line of text (between two block boundaries, outside tables and
 * `<pre>`) that holds inline markup or references is written whole at the start of its
 * span, as a browser shows it: the markup gone, references decoded without padding, and a
 * source line break between two Chinese characters removed (CSS drops such segment breaks).
 * Other whitespace stays as written. The characters stay inside the line's span.
 */
import { isWide } from '../markup/collapse.js'
import type { Patch } from './spaces.js'

/** Longest line written whole: headings, titles, dates, signatures. */
const SHORT_LINE = 80

/** Follows the lines of text between block boundaries. */
export interface LineTracker {
  /** A run of text `html[from, to)` whose decoded text is `decoded`; `padded` when it held references. */
  text(decoded: string, from: number, to: number, padded: boolean): void
  /** Inline markup (a tag, a comment) inside the line. */
  markup(): void
  /** A block boundary: the line ends. */
  end(): void
  /** The lines to write whole, in document order. */
  readonly patches: Patch[]
}

/** `text` without the whitespace runs that hold a line break between two wide characters. */
function joinWrapped(text: string): string {
  let result = ''
  let at = 0
  let newline = text.indexOf('\n')
  while (newline !== -1) {
    let start = newline
    while (start > at && text.charCodeAt(start - 1) <= 0x20) start--
    let end = newline + 1
    while (end < text.length && text.charCodeAt(end) <= 0x20) end++
    const before = start > 0 ? text.charCodeAt(start - 1) : -1
    const after = end < text.length ? text.charCodeAt(end) : -1
    result += text.slice(at, start)
    if (!(isWide(before) && isWide(after))) result += text.slice(start, end)
    at = end
    newline = text.indexOf('\n', at)
  }
  return result + text.slice(at)
}

/** Create a {@link LineTracker} over `html`. */
export function createLineTracker(html: string): LineTracker {
  const patches: Patch[] = []
  /** First and last (exclusive) offsets of the line's text, -1 before any. */
  let first = -1
  let last = -1
  let line = ''
  /** Whitespace after the line's last text, kept only if more text follows. */
  let pending = ''
  let changed = false

  return {
    patches,
    text(decoded, from, to, padded) {
      let rawFirst = from
      while (rawFirst < to && html.charCodeAt(rawFirst) <= 0x20) rawFirst++
      if (rawFirst === to) {
        if (first !== -1) pending += decoded
        return
      }
      let rawLast = to
      while (html.charCodeAt(rawLast - 1) <= 0x20) rawLast--
      let start = 0
      while (start < decoded.length && decoded.charCodeAt(start) <= 0x20) start++
      let end = decoded.length
      while (end > start && decoded.charCodeAt(end - 1) <= 0x20) end--
      if (first === -1) {
        first = rawFirst
        line = decoded.slice(start, end)
      } else {
        line += pending + decoded.slice(0, end)
      }
      pending = decoded.slice(end)
      last = rawLast
      if (padded) changed = true
    },
    markup() {
      if (first !== -1) changed = true
    },
    end() {
      if (first !== -1 && line.length <= SHORT_LINE) {
        const text = line.includes('\n') ? joinWrapped(line) : line
        if ((changed || text !== line) && text.length <= last - first) patches.push({ start: first, end: last, text })
      }
      first = -1
      last = -1
      line = ''
      pending = ''
      changed = false
    },
  }
}
