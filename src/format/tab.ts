/**
 * The `tab` layout: what copying a report from Word or a PDF viewer gives (LAYOUTS.md §2).
 * One table row a line, cells separated by tabs; a merged cell leaves an empty place, so
 * the rows of a group start with tabs where the group label stood.
 *
 * ```
 * 三、本年度办理结果	（一）予以公开		14	0	0	0	0	0	14
 * 	（三）不予公开	1.属于国家秘密	1	0	0	0	0	0	1
 * 		2.其他法律行政法规禁止公开	1	0	0	0	0	0	1
 * ```
 */
import type { Block } from './document.js'
import { expandGrid } from './grid.js'

/** Write `blocks` as tab-separated text. */
export function writeTab(blocks: readonly Block[]): string {
  const parts: string[] = []
  for (const block of blocks) {
    if (block.kind === 'table') parts.push(expandGrid(block.table.rows).map((row) => row.map((slot) => slot?.text ?? '').join('\t')).join('\n'))
    else parts.push(block.text)
  }
  return `${parts.join('\n\n')}\n`
}
