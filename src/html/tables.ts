/**
 * Tables as the tokenizer walks through them: rows, cells, the text of each cell, and the
 * implied ends HTML allows (`<td>` without `</td>`, `<tr>` without `</tr>`). Tables nest:
 * text goes to the open cell of the innermost table, so a layout table wrapping the page
 * does not swallow the report's cells.
 *
 * A finished table yields one token per cell, in document order — one for a cell spanning
 * several rows or columns, as the matcher takes a row's values in order:
 *
 * - `text`: the cell's text joined across `<p>`, `<span>`, `<br>` …, references decoded,
 *   normalized (`normalize`) and whitespace collapsed (`collapse`);
 * - `start`/`end`: the span of the cell's content in the HTML (from its first to its last
 *   character that is not ASCII whitespace; an empty cell is the empty span after `<td>`);
 * - `row`: the offset of the row's `<tr>`;
 * - `kind`: see `kinds.ts`.
 *
 * It also yields, for the view, each short cell's text as it reads (joined, collapsed, not
 * normalized) to be written over the cell's span: see `scan.ts`.
 */
import { normalize } from '../normalize.js'
import type { Token } from '../tokens.js'
import { collapse } from '../markup/collapse.js'
import { placeCells, type GridRow } from './grid.js'
import { assignKinds, type KindCell } from './kinds.js'
import type { Patch } from './spaces.js'

interface Cell extends KindCell {
  /** Offset right after the cell's start tag. */
  contentStart: number
  /** First and last (exclusive) offsets of non-whitespace content; -1 when none. */
  first: number
  last: number
  row: number
  /** The decoded text, joined (until the cell is finished: its parts). */
  raw: string
  parts: string[]
  /** A table opened inside the cell: its span holds more than its own text. */
  nested: boolean
}

interface Table {
  rows: GridRow<Cell>[]
  /** Offset of the open row's `<tr>`, or -1 when no row is open. */
  rowOffset: number
  /** A row group (`tbody` …) started since the last row. */
  group: boolean
  cell: Cell | null
}

/** What the collector yields. */
export interface Tables {
  /** One token per cell, sorted by start. */
  cells: Token[]
  /** The text of each short cell without a nested table. */
  texts: Patch[]
}

/** Collects the cells of every table of a page. */
export interface TableCollector {
  startTable(): void
  endTable(): void
  /** A row group starts or ends (`thead`, `tbody`, `tfoot`). */
  rowGroup(): void
  startRow(at: number): void
  endRow(): void
  /** A `<td>`/`<th>` at `at` whose content starts at `contentStart`. */
  startCell(at: number, contentStart: number, rowspan: number, colspan: number): void
  endCell(): void
  /** Is there a cell to receive text. */
  readonly inCell: boolean
  /** Text of the open cell: the decoded text of `html[from, to)`. */
  text(decoded: string, from: number, to: number): void
  /** A block boundary (`<p>`, `<br>` …) inside the open cell. */
  lineBreak(): void
  /** Close everything still open. */
  finish(): Tables
}

/** Longest cell text written over its span in the view (longer cells keep their lines). */
const SHORT_CELL = 80

/** Create a {@link TableCollector} over `html`. */
export function createTableCollector(html: string): TableCollector {
  const stack: Table[] = []
  const cells: Token[] = []
  const texts: Patch[] = []

  function top(): Table | undefined {
    return stack[stack.length - 1]
  }

  function closeCell(table: Table): void {
    if (table.cell === null) return
    table.cell.raw = table.cell.parts.join('')
    table.cell.parts = []
    table.cell = null
  }

  function closeRow(table: Table): void {
    closeCell(table)
    table.rowOffset = -1
  }

  function finishTable(table: Table): void {
    closeRow(table)
    const all: Cell[] = []
    for (const row of table.rows) for (const cell of row.cells) all.push(cell)
    normalizeTexts(all)
    placeCells(table.rows)
    assignKinds(table.rows)
    for (const cell of all) {
      const start = cell.first === -1 ? cell.contentStart : cell.first
      const end = cell.first === -1 ? cell.contentStart : cell.last
      cells.push({ kind: cell.kind, text: cell.text, start, end, row: cell.row })
      if (cell.nested || cell.first === -1 || cell.text.length > SHORT_CELL) continue
      const text = collapse(cell.raw)
      if (text.length <= end - start) texts.push({ start, end, text })
    }
  }

  function ensureRow(table: Table, at: number): GridRow<Cell> {
    if (table.rowOffset === -1) {
      table.rowOffset = at
      table.rows.push({ cells: [], group: table.group })
      table.group = false
    }
    return table.rows[table.rows.length - 1] as GridRow<Cell>
  }

  return {
    get inCell() {
      return top()?.cell != null
    },
    startTable() {
      const outer = top()?.cell
      if (outer != null) outer.nested = true
      stack.push({ rows: [], rowOffset: -1, group: true, cell: null })
    },
    endTable() {
      const table = stack.pop()
      if (table !== undefined) finishTable(table)
    },
    rowGroup() {
      const table = top()
      if (table === undefined) return
      closeRow(table)
      table.group = true
    },
    startRow(at) {
      const table = top()
      if (table === undefined) return
      closeRow(table)
      ensureRow(table, at)
    },
    endRow() {
      const table = top()
      if (table !== undefined) closeRow(table)
    },
    startCell(at, contentStart, rowspan, colspan) {
      const table = top()
      if (table === undefined) return
      closeCell(table)
      const row = ensureRow(table, at)
      const cell: Cell = {
        contentStart,
        first: -1,
        last: -1,
        row: table.rowOffset,
        raw: '',
        parts: [],
        nested: false,
        rowspan,
        colspan,
        column: 0,
        text: '',
        kind: 'empty',
      }
      row.cells.push(cell)
      table.cell = cell
    },
    endCell() {
      const table = top()
      if (table !== undefined) closeCell(table)
    },
    text(decoded, from, to) {
      const cell = top()?.cell
      if (cell == null) return
      cell.parts.push(decoded)
      let first = from
      while (first < to && html.charCodeAt(first) <= 0x20) first++
      if (first === to) return
      let last = to
      while (html.charCodeAt(last - 1) <= 0x20) last--
      if (cell.first === -1) cell.first = first
      cell.last = last
    },
    lineBreak() {
      top()?.cell?.parts.push('\n')
    },
    finish() {
      while (stack.length > 0) finishTable(stack.pop() as Table)
      cells.sort((a, b) => a.start - b.start)
      texts.sort((a, b) => a.start - b.start)
      return { cells, texts }
    },
  }
}

/**
 * Set the normalized, collapsed text of every cell of a table. One `normalize` call for
 * the whole table (cells joined by NUL, which normalization leaves alone): per-cell calls
 * cost more than the cells' text.
 */
function normalizeTexts(cells: readonly Cell[]): void {
  const texts = normalize(cells.map((cell) => cell.raw).join('\0')).split('\0')
  const batched = texts.length === cells.length
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index] as Cell
    cell.text = collapse(batched ? (texts[index] as string) : normalize(cell.raw))
  }
}
