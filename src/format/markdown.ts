/**
 * The `markdown` layout: a converted document (LAYOUTS.md §4). The title and section
 * headings as ATX headings, prose as paragraphs, each table as one GFM pipe table whose
 * first printed row is the header; merged cells leave empty cells.
 *
 * ```
 * | 一、本年新收政府信息公开申请数量 |  |  | 32 | 2 | 0 | 0 | 0 | 0 | 34 |
 * ```
 */
import type { Block } from './document.js'
import { expandGrid, type GridTable } from './grid.js'

/** A cell's text with its pipes escaped, so that it stays one cell. */
function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|')
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`
}

function table({ rows }: GridTable): string {
  const expanded = expandGrid(rows).map((line) => line.map((slot) => (slot === null ? '' : escapeCell(slot.text))))
  const [header = [], ...body] = expanded
  return [row(header), row(header.map(() => '---')), ...body.map(row)].join('\n')
}

/** Write `blocks` as markdown with GFM tables. */
export function writeMarkdown(blocks: readonly Block[]): string {
  const parts = blocks.map((block) => {
    if (block.kind === 'title') return `# ${block.text}`
    if (block.kind === 'heading') return `## ${block.text}`
    if (block.kind === 'table') return table(block.table)
    return block.text
  })
  return `${parts.join('\n\n')}\n`
}
