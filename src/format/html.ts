/**
 * The `html` layout: the report as its web page shows it, each table with the template's
 * `rowspan` and `colspan` (LAYOUTS.md §7). A fragment (an `<article>`), to be put into a
 * page.
 */
import type { Block } from './document.js'
import type { GridCell, GridTable } from './grid.js'

/** Escape text for HTML content. */
function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

function cell(item: GridCell): string {
  let attributes = ''
  if (item.rowspan !== undefined) attributes += ` rowspan="${item.rowspan}"`
  if (item.colspan !== undefined) attributes += ` colspan="${item.colspan}"`
  // Template pages write a blank cell as &nbsp;: an empty cell collapses in old browsers.
  return `<td${attributes}>${item.text === '' ? '&nbsp;' : escape(item.text)}</td>`
}

function table({ rows }: GridTable): string {
  const body = rows.map((row) => `<tr>${row.map(cell).join('')}</tr>`).join('\n')
  return `<table border="1" cellspacing="0">\n<tbody>\n${body}\n</tbody>\n</table>`
}

/** Write `blocks` as an HTML fragment. */
export function writeHtml(blocks: readonly Block[]): string {
  const parts = blocks.map((block) => {
    if (block.kind === 'title') return `<h1>${escape(block.text)}</h1>`
    if (block.kind === 'heading') return `<h2>${escape(block.text)}</h2>`
    if (block.kind === 'table') return table(block.table)
    return `<p>${escape(block.text)}</p>`
  })
  return `<article>\n${parts.join('\n')}\n</article>\n`
}
