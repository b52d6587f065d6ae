/**
 * The `aligned` layout: `pdftotext -layout` output, columns aligned with spaces
 * (LAYOUTS.md §6).
 *
 * ```
 * 一、本年新收政府信息公开申请数量                3001        53       0        0    61       4   3119
 *       （二）部分公开（区分处理的，只计这一情
 *                                 447         7        0        0        0    0   454
 *       形，不计其他情形）
 * ```
 *
 * A cell ends at a run of two or more spaces. Labels wrap over lines and vertical group
 * labels arrive a character a line; the reader leaves those as labels and the matcher ties
 * the first line of a wrapped label to its row. Narrow columns keep only one space: a cell
 * ending in single-spaced numbers is split (`pushSpacedCell`).
 */
import { isSpace, pushSpacedCell, skipSpaces } from '../tokens.js'
import type { TokenSink } from '../token-list.js'
import { defineReader } from './define.js'
import { lineSpans } from './lines.js'
import { detectByShare } from './stats.js'
import type { Reader } from './types.js'

/** Push the cells that the line `text[start, end)` splits into at runs of two or more spaces (or tabs). */
function pushLineCells(sink: TokenSink, text: string, start: number, end: number): void {
  let index = start
  while (index < end) {
    index = skipSpaces(text, index, end)
    if (index >= end) return
    const cellStart = index
    let cellEnd = index
    while (index < end) {
      const code = text.charCodeAt(index)
      if (!isSpace(code)) {
        index++
        cellEnd = index
        continue
      }
      // One space inside a cell is part of it; two (or a tab) end it.
      const next = text.charCodeAt(index + 1)
      if (code === 0x20 && index + 1 < end && !isSpace(next)) {
        index++
        continue
      }
      break
    }
    pushSpacedCell(sink, text, cellStart, cellEnd, start)
  }
}

/**
 * Reader for space-aligned columns (detected by rows of numbers: about half the lines of
 * such a table; the rest are wrapped labels).
 */
export const alignedReader: Reader = defineReader('aligned', detectByShare('aligned', 1.8), (sink, text, start, end) => {
  const lines = lineSpans(text, start, end)
  for (let line = 0; line < lines.length; line += 2) pushLineCells(sink, text, lines[line] as number, lines[line + 1] as number)
})
