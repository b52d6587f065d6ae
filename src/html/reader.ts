/**
 * The `html` reader: the table cells of one page, handed to the matcher region by region.
 *
 * Unlike the text readers it does not read the text it is given: the cells were read from
 * the markup once (`scan.ts`), and a region gets those whose content lies inside it. It
 * is built per document, so it is not among the `defaultReaders`.
 */
import type { Reader } from '../readers/types.js'
import type { Token } from '../tokens.js'

/** Index of the first cell starting at or after `offset` (cells sorted by start). */
function firstAtOrAfter(cells: readonly Token[], offset: number): number {
  let low = 0
  let high = cells.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((cells[middle] as Token).start < offset) low = middle + 1
    else high = middle
  }
  return low
}

/** The cells of `[start, end)`. */
function cellsIn(cells: readonly Token[], start: number, end: number): Token[] {
  const result: Token[] = []
  for (let index = firstAtOrAfter(cells, start); index < cells.length; index++) {
    const cell = cells[index] as Token
    if (cell.start >= end) break
    if (cell.end <= end) result.push({ ...cell })
  }
  return result
}

/**
 * A reader over the cells of one page (sorted by start). `detect` is 1 where the region
 * holds table cells and 0 elsewhere, so that a region without a table (a table pasted as
 * text, or left out) falls to the text readers, which read the page's view.
 */
export function createHtmlReader(cells: readonly Token[]): Reader {
  return {
    name: 'html',
    detect: (_text, start, end) => (hasCells(cells, start, end) ? 1 : 0),
    read(_text, start, end) {
      return cellsIn(cells, start, end)
    },
  }
}

/** Is there a cell starting in `[start, end)`. */
function hasCells(cells: readonly Token[], start: number, end: number): boolean {
  const cell = cells[firstAtOrAfter(cells, start)]
  return cell !== undefined && cell.start < end
}

/**
 * `reader` for the regions of the page without table cells only: where the page has a
 * table the `html` reader is certain, and the text readers need not scan the region.
 */
export function outsideTables(reader: Reader, cells: readonly Token[]): Reader {
  return {
    name: reader.name,
    detect: (text, start, end) => (hasCells(cells, start, end) ? 0 : reader.detect(text, start, end)),
    read: (text, start, end) => reader.read(text, start, end),
  }
}

/** How many cells lie in `[start, end)`. */
export function countCells(cells: readonly Token[], start: number, end: number): number {
  return cellsIn(cells, start, end).length
}
