/**
 * The `pipe` layout: a scraper's text of an HTML page, each cell on its own line ending
 * with ` |`, and after each table row as many `|` as the places merged cells cover
 * (LAYOUTS.md §1).
 *
 * ```
 * 一、本年新收政府信息公开申请数量 |
 * 65 |
 * …
 * 68 |
 * ||
 * ```
 */
import type { Block } from './document.js'
import { expandGrid, type GridTable } from './grid.js'

function table({ rows }: GridTable): string {
  const expanded = expandGrid(rows)
  const lines: string[] = []
  rows.forEach((row, index) => {
    for (const cell of row) lines.push(`${cell.text} |`)
    const covered = (expanded[index] ?? []).filter((slot) => slot === null).length
    if (covered > 0) lines.push('|'.repeat(covered))
  })
  return lines.join('\n')
}

/** Write `blocks` as one cell a line, each ending with ` |`. */
export function writePipe(blocks: readonly Block[]): string {
  return `${blocks.map((block) => (block.kind === 'table' ? table(block.table) : block.text)).join('\n')}\n`
}
