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
import { pushSpacedCell, skipSpaces } from '../tokens.js'
import { defineReader } from './define.js'
import { lineSpans } from './lines.js'
import { detectByShare } from './stats.js'
import type { Reader } from './types.js'

/** Reader for one cell a line (detected by numbers alone on their lines: roughly every other cell is one). */
export const cellsReader: Reader = defineReader('cells', detectByShare('numberLine', 1.6), (sink, text, start, end) => {
  const lines = lineSpans(text, start, end)
  for (let line = 0; line < lines.length; line += 2) {
    const lineStart = lines[line] as number
    const lineEnd = lines[line + 1] as number
    // Blank lines separate the cells; they are not cells themselves.
    const first = skipSpaces(text, lineStart, lineEnd)
    if (first < lineEnd) pushSpacedCell(sink, text, first, lineEnd, lineStart)
  }
})
