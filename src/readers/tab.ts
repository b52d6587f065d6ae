/**
 * The `tab` layout: one table row a line, cells separated by tabs (PDF or Word copy);
 * leading tabs stand for merged cells (LAYOUTS.md §2).
 *
 * ```
 * 	(三) 不予公开	1.属于国家秘密	1	0	0	0	0	0	1
 * (五)	1.信访举报投诉类申请	0	0	0	0	0	0	0
 * ```
 */
import { addCell } from '../tokens.js'
import { defineReader } from './define.js'
import { lineSpans, nextOf } from './lines.js'
import { detectByShare } from './stats.js'
import type { Reader } from './types.js'

/** Reader for tab-separated rows. */
export const tabReader: Reader = defineReader('tab', detectByShare('tab'), (sink, text, start, end) => {
  // The next tab at or after the current cell, found once and reused: searching from every
  // line would cross the lines without tabs again and again.
  let tab = -1
  const lines = lineSpans(text, start, end)
  for (let line = 0; line < lines.length; line += 2) {
    const lineStart = lines[line] as number
    const lineEnd = lines[line + 1] as number
    let cellStart = lineStart
    if (tab !== Infinity && tab < cellStart) tab = nextOf(text, '\t', cellStart, end)
    while (tab < lineEnd) {
      addCell(sink, text, cellStart, tab, lineStart)
      cellStart = tab + 1
      tab = nextOf(text, '\t', cellStart, end)
    }
    addCell(sink, text, cellStart, lineEnd, lineStart)
  }
})
