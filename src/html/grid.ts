/**
 * The grid of a table: each cell's column once `rowspan` and `colspan` are expanded, as
 * the HTML table model places them (a cell takes the first column its row leaves free of
 * cells spanning down from above; row groups — `thead`, `tbody`, `tfoot` — end spans).
 *
 * What the grid is used for: telling an empty cell that is a value position (a blank
 * 总计) from an empty corner or label cell (see `kinds.ts`). Values are *not* taken by
 * grid column: a report's own markup often misaligns value cells with their headers (a
 * `colspan="2"` on the first value of a row, as in 上海市人民政府办公厅 2019), while the
 * order of the cells in a row is always right. The matcher takes values in that order.
 */

/** A cell as the grid needs it. */
export interface GridCell {
  rowspan: number
  colspan: number
  /** Set by {@link placeCells}: the first grid column the cell covers. */
  column: number
}

/** A row of cells; `group` is true for the first row of a row group. */
export interface GridRow<Cell extends GridCell> {
  cells: Cell[]
  group: boolean
}

/** The HTML table model's limits on spans. */
const COLSPAN_MAX = 1000
const ROWSPAN_MAX = 65534

/** Parse a `rowspan`/`colspan` value by the HTML rules for non-negative integers. */
export function parseSpan(value: string | null, kind: 'rowspan' | 'colspan'): number {
  if (value === null) return 1
  let index = 0
  while (index < value.length && value.charCodeAt(index) <= 0x20) index++
  let number = 0
  let digits = 0
  while (index < value.length) {
    const code = value.charCodeAt(index)
    if (code < 0x30 || code > 0x39) break
    number = Math.min(number * 10 + (code - 0x30), ROWSPAN_MAX)
    digits++
    index++
  }
  if (digits === 0) return 1
  if (kind === 'colspan') return number === 0 ? 1 : Math.min(number, COLSPAN_MAX)
  // rowspan="0" spans to the end of the row group.
  return number === 0 ? ROWSPAN_MAX : number
}

/** Set `column` on every cell of `rows`. Linear in the number of grid slots. */
export function placeCells<Cell extends GridCell>(rows: readonly GridRow<Cell>[]): void {
  // covered[c]: rows still covered at column c by a cell from a row above.
  let covered: number[] = []
  for (const row of rows) {
    if (row.group) covered = []
    let column = 0
    for (const cell of row.cells) {
      while ((covered[column] ?? 0) > 0) column++
      cell.column = column
      for (let offset = 0; offset < cell.colspan; offset++) covered[column + offset] = Math.max(covered[column + offset] ?? 0, cell.rowspan)
      column += cell.colspan
    }
    for (let index = 0; index < covered.length; index++) if ((covered[index] ?? 0) > 0) covered[index] = (covered[index] as number) - 1
  }
}
