/**
 * Walking the lines of a region, shared by the line-based readers.
 */
import { lineAt, lineStarts } from '../position.js'

/**
 * The lines of `text[start, end)`, as offsets: line `i` is `text[spans[2i], spans[2i + 1])`,
 * its end before the `\n` and a `\r` before that.
 *
 * A list for the reader to loop over, not a callback: a callback would be a new closure for
 * every region, whose optimized code V8 drops at every major GC (see `SplitWalk` in
 * `solve/split.ts`).
 */
export function lineSpans(text: string, start: number, end: number): Int32Array {
  const starts = lineStarts(text)
  const first = lineAt(starts, start)
  const spans = new Int32Array(end > start ? 2 * (lineAt(starts, end - 1, first) - first + 1) : 0)
  // The first line that starts after `start`: the `\n` before it ends the first line.
  let next = first + 1
  let lineStart = start
  let count = 0
  while (lineStart < end) {
    let newline = next < starts.length ? (starts[next] as number) - 1 : end
    next++
    if (newline > end) newline = end
    let lineEnd = newline
    if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 0x0d) lineEnd--
    spans[count++] = lineStart
    spans[count++] = lineEnd
    lineStart = newline + 1
  }
  return spans
}

/** Offset of the next `char` in `text[from, end)`, or `Infinity` when there is none. */
export function nextOf(text: string, char: string, from: number, end: number): number {
  const at = text.indexOf(char, from)
  return at === -1 || at >= end ? Infinity : at
}
