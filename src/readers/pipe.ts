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
import { pushCell, trimBounds, type Token } from '../tokens.js'
import { forEachLine } from './lines.js'
import { detectByShare } from './stats.js'
import type { Reader } from './types.js'

/** Reader for cells terminated by `|`. */
export const pipeReader: Reader = {
  name: 'pipe',
  detect: detectByShare('pipe'),
  read(text, start, end) {
    const tokens: Token[] = []
    forEachLine(text, start, end, (lineStart, lineEnd) => {
      let cellStart = lineStart
      let pipe = text.indexOf('|', lineStart)
      if (pipe === -1 || pipe >= lineEnd) {
        pushCell(tokens, text, lineStart, lineEnd, lineStart)
        return
      }
      while (pipe !== -1 && pipe < lineEnd) {
        pushCell(tokens, text, cellStart, pipe, lineStart)
        cellStart = pipe + 1
        pipe = text.indexOf('|', cellStart)
      }
      // Text after the last pipe is a cell too, when there is any.
      const [restStart, restEnd] = trimBounds(text, cellStart, lineEnd)
      if (restEnd > restStart) pushCell(tokens, text, restStart, restEnd, lineStart)
    })
    return tokens
  },
}
