/**
 * Walking the lines of a region, shared by the line-based readers.
 */

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
  let lineStart = start
  while (lineStart < end) {
    let newline = text.indexOf('\n', lineStart)
    if (newline === -1 || newline > end) newline = end
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
