/**
 * The `cells` layout: one cell a line, blank lines between (a copy from a rendered page,
 * `pdftotext` without `-layout`), LAYOUTS.md §3.
 *
 * ```
 * (三)
 *
 * 不予公开
 *
 * 1.属于国家秘密
 *
 * 2
 * ```
 *
 * Also the fallback reader: any text read a line at a time gives the matcher something.
 */
import { isDigit, pushCell, trimBounds, type Token } from '../tokens.js'
import { forEachLine, isBlankLine, lineShare } from './lines.js'
import type { Reader } from './types.js'

/** Is the trimmed line one bare number (not several separated by spaces). */
function isNumberLine(text: string, start: number, end: number): boolean {
  const [from, to] = trimBounds(text, start, end)
  let digits = 0
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    if (isDigit(code)) digits++
    else if (code !== 0x2e && code !== 0x2d && code !== 0x2c) return false
  }
  return digits > 0
}

/** Reader for one cell a line. */
export const cellsReader: Reader = {
  name: 'cells',
  detect(text, start, end) {
    // In this layout roughly every other cell is a number standing alone on its line.
    const share = lineShare(text, start, end, (from, to) => isNumberLine(text, from, to))
    return Math.min(1, share * 1.6)
  },
  read(text, start, end) {
    const tokens: Token[] = []
    forEachLine(text, start, end, (lineStart, lineEnd) => {
      if (!isBlankLine(text, lineStart, lineEnd)) pushCell(tokens, text, lineStart, lineEnd, lineStart)
    })
    return tokens
  },
}
