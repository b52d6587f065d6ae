/**
 * The `tab` layout: one table row a line, cells separated by tabs (PDF or Word copy);
 * leading tabs stand for merged cells (LAYOUTS.md §2).
 *
 * ```
 * 	(三) 不予公开	1.属于国家秘密	1	0	0	0	0	0	1
 * (五)	1.信访举报投诉类申请	0	0	0	0	0	0	0
 * ```
 */
import { pushCell, type Token } from '../tokens.js'
import { forEachLine } from './lines.js'
import { detectByShare } from './stats.js'
import type { Reader } from './types.js'

/** Reader for tab-separated rows. */
export const tabReader: Reader = {
  name: 'tab',
  detect: detectByShare('tab'),
  read(text, start, end) {
    const tokens: Token[] = []
    forEachLine(text, start, end, (lineStart, lineEnd) => {
      let cellStart = lineStart
      let tab = text.indexOf('\t', lineStart)
      while (tab !== -1 && tab < lineEnd) {
        pushCell(tokens, text, cellStart, tab, lineStart)
        cellStart = tab + 1
        tab = text.indexOf('\t', cellStart)
      }
      pushCell(tokens, text, cellStart, lineEnd, lineStart)
    })
    return tokens
  },
}
