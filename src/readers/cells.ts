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
 * A line that is a whole row written with single spaces (`规章 0 0 0`) is split into its
 * label and numbers. Also the fallback reader: any text read a line at a time gives the
 * matcher something.
 */
import { pushSpacedCell, skipSpaces, type Token } from '../tokens.js'
import { forEachLine } from './lines.js'
import { detectByShare } from './stats.js'
import type { Reader } from './types.js'

/** Reader for one cell a line. */
export const cellsReader: Reader = {
  name: 'cells',
  // In this layout roughly every other cell is a number standing alone on its line.
  detect: detectByShare('numberLine', 1.6),
  read(text, start, end) {
    const tokens: Token[] = []
    forEachLine(text, start, end, (lineStart, lineEnd) => {
      // Blank lines separate the cells; they are not cells themselves.
      const first = skipSpaces(text, lineStart, lineEnd)
      if (first < lineEnd) pushSpacedCell(tokens, text, first, lineEnd, lineStart)
    })
    return tokens
  },
}
