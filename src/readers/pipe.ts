/**
 * The `pipe` layout: scraped HTML where each cell ends with ` |`, usually one cell a line,
 * merged cells showing as runs of `|` (LAYOUTS.md §1).
 *
 * ```
 * 一、本年新收政府信息公开申请数量 |
 * 65 |
 * |||
 * 发布机构 | 连云区人民政府办公室 | 发文日期 | 2025-02-20 |
 * ```
 */
import { addCell, trimBounds } from '../tokens.js'
import { defineReader } from './define.js'
import { lineSpans, nextOf } from './lines.js'
import { detectByShare } from './stats.js'
import type { Reader } from './types.js'

/** Reader for cells terminated by `|`. */
export const pipeReader: Reader = defineReader('pipe', detectByShare('pipe'), (sink, text, start, end) => {
  // The next pipe, found once and reused across lines (see the tab reader).
  let pipe = -1
  const lines = lineSpans(text, start, end)
  for (let line = 0; line < lines.length; line += 2) {
    const lineStart = lines[line] as number
    const lineEnd = lines[line + 1] as number
    let cellStart = lineStart
    if (pipe !== Infinity && pipe < cellStart) pipe = nextOf(text, '|', cellStart, end)
    if (pipe >= lineEnd) {
      addCell(sink, text, lineStart, lineEnd, lineStart)
      continue
    }
    while (pipe < lineEnd) {
      addCell(sink, text, cellStart, pipe, lineStart)
      cellStart = pipe + 1
      pipe = nextOf(text, '|', cellStart, end)
    }
    // Text after the last pipe is a cell too, when there is any.
    const [restStart, restEnd] = trimBounds(text, cellStart, lineEnd)
    if (restEnd > restStart) addCell(sink, text, restStart, restEnd, lineStart)
  }
})
