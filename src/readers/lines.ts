/**
 * Walking the lines of a region, shared by the line-based readers.
 */
import { lineAt, lineStarts } from '../position.js'

/**
 * Call `visit(lineStart, lineEnd)` for every line of `text[start, end)`. `lineEnd` excludes
 * the `\n` and a `\r` before it.
 */
export function forEachLine(
  text: string,
  start: number,
  end: number,
  visit: (lineStart: number, lineEnd: number) => void,
): void {
  const starts = lineStarts(text)
  // The first line that starts after `start`: the `\n` before it ends the first line.
  let next = lineAt(starts, start) + 1
  let lineStart = start
  while (lineStart < end) {
    let newline = next < starts.length ? (starts[next] as number) - 1 : end
    next++
    if (newline > end) newline = end
    let lineEnd = newline
    if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 0x0d) lineEnd--
    visit(lineStart, lineEnd)
    lineStart = newline + 1
  }
}

/** Offset of the next `char` in `text[from, end)`, or `Infinity` when there is none. */
export function nextOf(text: string, char: string, from: number, end: number): number {
  const at = text.indexOf(char, from)
  return at === -1 || at >= end ? Infinity : at
}
