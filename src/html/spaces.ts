/**
 * Runs of spaces (and blanking), the filler of the same-length view of a page.
 */

const SPACES = ' '.repeat(256)
const LINE = `\n${SPACES}`

/** `count` spaces. */
export function spaces(count: number): string {
  if (count <= 0) return ''
  return count <= SPACES.length ? SPACES.slice(0, count) : ' '.repeat(count)
}

/** A line break followed by `count - 1` spaces: a block boundary's markup in the view. */
export function lineBreak(count: number): string {
  if (count <= 0) return ''
  return count <= LINE.length ? LINE.slice(0, count) : `\n${' '.repeat(count - 1)}`
}

/** A span of the page: `start` inclusive, `end` exclusive. */
export interface Span {
  start: number
  end: number
}

/**
 * `text` with every span of `spans` (sorted by start; overlaps allowed) turned to spaces,
 * line breaks kept so that lines stay lines. One pass, whatever the number of spans.
 */
export function blank(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text
  let result = ''
  let at = 0
  for (const span of spans) {
    const start = Math.max(span.start, at)
    const end = Math.min(span.end, text.length)
    if (end <= start) continue
    result += text.slice(at, start)
    let from = start
    let newline = text.indexOf('\n', from)
    while (newline !== -1 && newline < end) {
      result += `${spaces(newline - from)}\n`
      from = newline + 1
      newline = text.indexOf('\n', from)
    }
    result += spaces(end - from)
    at = end
  }
  return result + text.slice(at)
}

/** A text to write over a span. */
export interface Patch extends Span {
  /** At most `end - start` code units; the rest of the span becomes spaces. */
  text: string
}

/** `text` with each patch (sorted by start, not overlapping) written over its span. */
export function overwrite(text: string, patches: readonly Patch[]): string {
  if (patches.length === 0) return text
  let result = ''
  let at = 0
  for (const patch of patches) {
    if (patch.start < at || patch.end > text.length || patch.text.length > patch.end - patch.start) continue
    result += text.slice(at, patch.start) + patch.text + spaces(patch.end - patch.start - patch.text.length)
    at = patch.end
  }
  return result + text.slice(at)
}
