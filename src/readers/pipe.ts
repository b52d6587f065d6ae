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
import { forEachLine, lineShare } from './lines.js'
import type { Reader } from './types.js'

const PIPE = 0x7c

/** Does the trimmed line end with a pipe without being a markdown table row. */
function isPipeLine(text: string, start: number, end: number): boolean {
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--
  while (start < end && text.charCodeAt(start) <= 0x20) start++
  if (end === start || text.charCodeAt(end - 1) !== PIPE) return false
  if (text.charCodeAt(start) !== PIPE) return true
  // A line of pipes only (merged cells) is ours; `| a | b |` is markdown's.
  for (let index = start; index < end; index++) if (text.charCodeAt(index) !== PIPE) return false
  return true
}

/** Reader for cells terminated by `|`. */
export const pipeReader: Reader = {
  name: 'pipe',
  detect: (text, start, end) => lineShare(text, start, end, (from, to) => isPipeLine(text, from, to)),
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
