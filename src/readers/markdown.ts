/**
 * The `markdown` layout: GFM pipe tables between headings (converted documents, OCR),
 * LAYOUTS.md §4.
 *
 * ```
 * | 一、本年新收政府信息公开申请数量 | 32 | 2 | 0 | 0 | 0 | 0 | 34 |  |
 * ```
 *
 * Hand-written rather than micromark's table extension, which is about a hundred times
 * slower on these documents. Delimiter rows are skipped whatever their cell count (converter
 * output often gets it wrong); `\|` is a literal pipe; emphasis around a cell is dropped.
 */
import { addCell, trimBounds } from '../tokens.js'
import type { TokenSink } from '../token-list.js'
import { defineReader } from './define.js'
import { lineSpans } from './lines.js'
import { regionStats, share } from './stats.js'
import type { Reader } from './types.js'

const PIPE = 0x7c

/** Is the line a table row: starts with `|` and holds something besides pipes. */
function isTableRow(text: string, start: number, end: number): boolean {
  const [from, to] = trimBounds(text, start, end)
  if (to - from < 2 || text.charCodeAt(from) !== PIPE) return false
  for (let index = from + 1; index < to; index++) {
    const code = text.charCodeAt(index)
    if (code !== PIPE && code > 0x20) return true
  }
  return false
}

/** Is every cell of the row made of `-` and `:` (a delimiter row). */
function isDelimiterRow(text: string, start: number, end: number): boolean {
  let dashes = 0
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x2d) dashes++
    else if (code !== PIPE && code !== 0x3a && code > 0x20) return false
  }
  return dashes > 0
}

/** Push a cell, dropping emphasis markers around it (`**78**`). */
function pushTableCell(sink: TokenSink, text: string, start: number, end: number, row: number): void {
  let [from, to] = trimBounds(text, start, end)
  while (to - from >= 2 && isEmphasis(text.charCodeAt(from)) && isEmphasis(text.charCodeAt(to - 1))) {
    from++
    to--
  }
  addCell(sink, text, from, to, row)
}

function isEmphasis(code: number): boolean {
  return code === 0x2a /* * */ || code === 0x5f /* _ */
}

/** Reader for GFM pipe tables. */
export const markdownReader: Reader = defineReader(
  'markdown',
  (text, start, end) => {
    const stats = regionStats(text, start, end)
    // Without a delimiter row these are not GFM tables; pipes alone may be another layout.
    return share(stats.tableRow, stats) * (stats.delimiter ? 1 : 0.5)
  },
  (sink, text, start, end) => {
    const lines = lineSpans(text, start, end)
    for (let line = 0; line < lines.length; line += 2) {
      const lineStart = lines[line] as number
      const lineEnd = lines[line + 1] as number
      if (!isTableRow(text, lineStart, lineEnd)) {
        addCell(sink, text, lineStart, lineEnd, lineStart)
        continue
      }
      if (isDelimiterRow(text, lineStart, lineEnd)) continue
      const [from, to] = trimBounds(text, lineStart, lineEnd)
      let cellStart = from + 1
      for (let index = cellStart; index < to; index++) {
        const code = text.charCodeAt(index)
        if (code === 0x5c /* \ */) {
          index++ // `\|` is a literal pipe inside a cell
        } else if (code === PIPE) {
          pushTableCell(sink, text, cellStart, index, lineStart)
          cellStart = index + 1
        }
      }
      // A row need not end with a pipe.
      if (cellStart < to) pushTableCell(sink, text, cellStart, to, lineStart)
    }
  },
)
