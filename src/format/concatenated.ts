/**
 * The `concatenated` layout: the `textContent` of a report's web page, where nothing
 * separates one cell from the next (LAYOUTS.md §5). The title stands on the first line;
 * the body follows as one line, labels and digits run together, and the numbering of the
 * next label glued to the last number (`…0000003.危及…`).
 *
 * ```
 * 一、本年新收政府信息公开申请数量21710000218二、上年结转政府信息公开申请数量0000000
 * ```
 *
 * Which digits make which cell is then only told by the balance rules: this is the layout
 * in which a reader may have to say that it cannot know.
 */
import type { Block } from './document.js'

/**
 * Write `blocks` with no separator between cells. `gap(n)` is written before the `n`-th
 * table cell (from 0): nothing by default; tests pass stray spaces, as some pages have
 * them (`20 0 00 0 121`).
 */
export function writeConcatenated(blocks: readonly Block[], gap: (cell: number) => string = () => ''): string {
  let title = ''
  let body = ''
  let cells = 0
  for (const block of blocks) {
    if (block.kind === 'title') title += `${block.text}\n`
    else if (block.kind === 'table') for (const row of block.table.rows) for (const cell of row) body += gap(cells++) + cell.text
    else body += block.text
  }
  return `${title}${body}\n`
}
