/**
 * Tables as the tokenizer walks through them: rows, cells, and the implied ends HTML
 * allows (`<td>` without `</td>`, `<tr>` without `</tr>`). Tables nest: a cell's text is
 * the text of the innermost table's open cell, so a layout table wrapping the page does not
 * swallow the report's cells.
 *
 * A cell's text is written into the view like any text (`view.ts`); when the cell closes,
 * its part of the view is collapsed as the cell reads — joined across `<p>`, `<span>`,
 * `<br>` …, whitespace collapsed (`collapse`) — so that a header split over `<p>`s
 * (`本年新<br>制作数量`, the format is detected from those) reads whole in the view too.
 * Cells longer than {@link SHORT_CELL} and cells holding a table (layout cells, which hold
 * paragraphs) keep their lines.
 *
 * Once the page is read, each table yields one token per cell, in document order — one for
 * a cell spanning several rows or columns, as the matcher takes a row's values in order:
 *
 * - `text`: the cell's text, normalized (`normalize`) and collapsed; a layout cell's own
 *   text, without the tables it holds;
 * - `start`/`end`: the cell's span in the view, which slices to `text` (a cell of blanks
 *   only, `&nbsp;`, spans them and its text is empty); an empty cell is the empty span
 *   after its `<td>`'s line break, which places it right after the `<td>`;
 * - `row`: the offset of the row's `<tr>` in the HTML (the `<td>`'s when the row has none);
 * - `kind`: see `kinds.ts`.
 */
import { collapse } from '../markup/collapse.js'
import type { Token } from '../tokens.js'
import { placeCells, type GridRow } from './grid.js'
import { assignKinds, type KindCell } from './kinds.js'
import type { ViewBuilder } from './view.js'

/** Longest cell text collapsed in the view (longer cells keep their lines). */
const SHORT_CELL = 80

interface Cell extends KindCell {
  /** The cell's span in the view. */
  start: number
  end: number
  row: number
  /** Order in which the cells opened: chrome left out of the page drops cells by it. */
  order: number
  /** How the cell's view was collapsed: not (long, or holding a table), to text, or to blanks only. */
  collapsed: 'no' | 'text' | 'blanks'
  /** View spans of the tables inside the cell (start, end, start, end …), or `null`. */
  holes: number[] | null
}

interface Table {
  rows: GridRow<Cell>[]
  /** Offset of the open row's `<tr>`, or -1 when no row is open. */
  rowOffset: number
  /** A row group (`tbody` …) started since the last row. */
  group: boolean
  cell: Cell | null
  /** The cell holding this table, and where the table starts in the view. */
  outer: Cell | null
  start: number
}

/**
 * Collects the cells of every table of a page. A class, not closures made per page (see
 * `SplitWalk` in `solve/split.ts` for why).
 */
export class TableCollector {
  /** The open tables, innermost last, and the closed ones in the order they closed. */
  private readonly stack: Table[] = []
  private readonly finished: Table[] = []
  /** Ranges of cell orders dropped (start, end, start, end …), in order. */
  private readonly dropped: number[] = []
  private count = 0

  /** A collector writing into `view`. */
  constructor(private readonly view: ViewBuilder) {}

  /** How many cells have opened so far. */
  get opened(): number {
    return this.count
  }

  /** A `<table>`: it opens inside the open cell of the innermost table, if any. */
  startTable(): void {
    const outer = this.top()?.cell ?? null
    // A cell holding a table keeps its lines; its own text leaves the table out.
    if (outer !== null) outer.holes ??= []
    this.stack.push({ rows: [], rowOffset: -1, group: true, cell: null, outer, start: this.view.length })
  }

  /** A `</table>`: closes the innermost table, its open row and cell. */
  endTable(): void {
    const table = this.stack.pop()
    if (table === undefined) return
    this.closeRow(table)
    this.finished.push(table)
    const outer = table.outer
    if (outer !== null) (outer.holes ??= []).push(table.start, this.view.length)
  }

  /** A row group starts or ends (`thead`, `tbody`, `tfoot`). */
  rowGroup(): void {
    const table = this.top()
    if (table === undefined) return
    this.closeRow(table)
    table.group = true
  }

  /** A `<tr>` at `at` in the HTML. */
  startRow(at: number): void {
    const table = this.top()
    if (table === undefined) return
    this.closeRow(table)
    this.ensureRow(table, at)
  }

  /** A `</tr>`: closes the open row and its cell. */
  endRow(): void {
    const table = this.top()
    if (table !== undefined) this.closeRow(table)
  }

  /**
   * A `<td>`/`<th>` tag at `html[start, end)`; `false` when no table is open to take it.
   * Writes the cell's line break into the view.
   */
  startCell(start: number, end: number, rowspan: number, colspan: number): boolean {
    const table = this.top()
    if (table === undefined) return false
    this.closeCell(table)
    const row = this.ensureRow(table, start)
    const view = this.view
    view.cellBreak(start, end)
    const cell: Cell = {
      start: view.length,
      end: view.length,
      row: table.rowOffset,
      order: this.count++,
      collapsed: 'no',
      holes: null,
      rowspan,
      colspan,
      column: 0,
      text: '',
      kind: 'empty',
    }
    row.cells.push(cell)
    table.cell = cell
    return true
  }

  /** A `</td>`/`</th>`: closes the open cell of the innermost table. */
  endCell(): void {
    const table = this.top()
    if (table !== undefined) this.closeCell(table)
  }

  /** Drop the cells that opened from the `from`-th on (inside chrome left out). */
  drop(from: number): void {
    if (from < this.count) this.dropped.push(from, this.count)
  }

  /** Close everything still open (collapsing the open cells). */
  close(): void {
    while (this.stack.length > 0) this.endTable()
  }

  /** Once the view is finished: one token per cell, sorted by start. */
  tokens(display: string, normalized: string): Token[] {
    const tokens: Token[] = []
    let sorted = true
    for (const table of this.finished) {
      for (const row of table.rows) for (const cell of row.cells) readCell(cell, display, normalized)
      placeCells(table.rows)
      assignKinds(table.rows)
      for (const row of table.rows) {
        for (const cell of row.cells) {
          if (this.dropped.length > 0 && this.isDropped(cell.order)) continue
          const last = tokens[tokens.length - 1]
          if (last !== undefined && last.start > cell.start) sorted = false
          tokens.push({ kind: cell.kind, text: cell.text, start: cell.start, end: cell.end, row: cell.row })
        }
      }
    }
    // Tables finish in document order unless they nest.
    return sorted ? tokens : tokens.sort(byStart)
  }

  private top(): Table | undefined {
    return this.stack[this.stack.length - 1]
  }

  private closeCell(table: Table): void {
    const cell = table.cell
    if (cell === null) return
    table.cell = null
    const view = this.view
    if (cell.holes === null) cell.collapsed = view.collapseCell(cell.start, SHORT_CELL)
    cell.end = Math.max(cell.start, view.length)
    if (cell.end === cell.start) view.endEmpty()
  }

  private closeRow(table: Table): void {
    this.closeCell(table)
    table.rowOffset = -1
  }

  private ensureRow(table: Table, at: number): GridRow<Cell> {
    if (table.rowOffset === -1) {
      table.rowOffset = at
      table.rows.push({ cells: [], group: table.group })
      table.group = false
    }
    return table.rows[table.rows.length - 1] as GridRow<Cell>
  }

  private isDropped(order: number): boolean {
    const dropped = this.dropped
    for (let index = 0; index < dropped.length; index += 2) {
      if (order < (dropped[index] as number)) return false
      if (order < (dropped[index + 1] as number)) return true
    }
    return false
  }
}

/** Order tokens by start. */
function byStart(a: Token, b: Token): number {
  return a.start - b.start
}

/**
 * Set the cell's text from the finished view, and cut its span to the text (a collapsed
 * cell is its text already). Spans are kept inside the view: chrome left out after a cell
 * closed may have cut it.
 */
function readCell(cell: Cell, display: string, normalized: string): void {
  const length = display.length
  cell.start = Math.min(cell.start, length)
  cell.end = Math.min(Math.max(cell.end, cell.start), length)
  if (cell.collapsed === 'text') {
    cell.text = normalized.slice(cell.start, cell.end)
    return
  }
  if (cell.collapsed === 'blanks') return
  let start = cell.start
  let end = cell.end
  while (start < end && display.charCodeAt(start) <= 0x20) start++
  while (end > start && display.charCodeAt(end - 1) <= 0x20) end--
  cell.start = start
  cell.end = end
  let own = ''
  let at = start
  const holes = cell.holes ?? []
  for (let index = 0; index < holes.length; index += 2) {
    const holeStart = Math.max(at, Math.min(holes[index] as number, end))
    own += normalized.slice(at, holeStart)
    at = Math.max(holeStart, Math.min(holes[index + 1] as number, end))
  }
  cell.text = collapse(own + normalized.slice(at, end))
}
