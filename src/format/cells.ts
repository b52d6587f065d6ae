/**
 * The `cells` layout: text copied from a rendered page, or `pdftotext` without `-layout`:
 * every cell on a line of its own, blank lines between (LAYOUTS.md §3).
 *
 * ```
 * （三）不予公开
 *
 * 1.属于国家秘密
 *
 * 2
 * ```
 */
import type { Block } from './document.js'

/** Write `blocks` as one cell a line, with blank lines between. */
export function writeCells(blocks: readonly Block[]): string {
  const lines: string[] = []
  for (const block of blocks) {
    if (block.kind === 'table') for (const row of block.table.rows) for (const cell of row) lines.push(cell.text)
    else lines.push(block.text)
  }
  return `${lines.join('\n\n')}\n`
}
