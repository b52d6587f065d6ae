/**
 * What each cell of a finished table is, for the matcher.
 *
 * Text cells are classified as in every layout (`classify`). Empty cells (nothing, or only
 * `&nbsp;`) need the table around them: in HTML every cell is explicit, so an empty cell
 * in a data row is a value the report left blank (`blank`, read as `null`) — but the empty
 * corner above the row labels, or an empty label cell, is not a value at all (`empty`,
 * ignored). An empty cell is a value position when no label follows it in its row (header
 * rows have their labels after such cells) and it stands where the row's values are:
 *
 * - right of the row's last label, in a row that has labels;
 * - right of the table's label columns, in a row without labels. The label columns end
 *   where the labels of the rows holding values end (three columns in table 三, one in
 *   二, none in 四, whose values sit in a row of their own under two header rows).
 */
import { classify, type TokenKind } from '../tokens.js'
import type { GridCell, GridRow } from './grid.js'

/** A cell whose kind is being decided. */
export interface KindCell extends GridCell {
  text: string
  kind: TokenKind
}

function isValueKind(kind: TokenKind): boolean {
  return kind === 'number' || kind === 'blank'
}

function isLabelKind(kind: TokenKind): boolean {
  return kind === 'label' || kind === 'prose'
}

/** Grid column after the row's last label before its first value; 0 without labels. */
function labelEnd(cells: readonly KindCell[], beforeValue: boolean): number {
  let end = 0
  for (const cell of cells) {
    if (beforeValue && isValueKind(cell.kind)) break
    if (isLabelKind(cell.kind)) end = cell.column + cell.colspan
  }
  return end
}

/** Set `kind` on every cell of a table whose columns are placed. */
export function assignKinds<Cell extends KindCell>(rows: readonly GridRow<Cell>[]): void {
  let labelColumns = 0
  for (const row of rows) {
    let values = false
    for (const cell of row.cells) {
      cell.kind = classify(cell.text)
      if (isValueKind(cell.kind)) values = true
    }
    if (values) labelColumns = Math.max(labelColumns, labelEnd(row.cells, true))
  }
  for (const row of rows) {
    const ownLabels = labelEnd(row.cells, false)
    const valuesFrom = ownLabels > 0 ? ownLabels : labelColumns
    let labelAfter = false
    for (let index = row.cells.length - 1; index >= 0; index--) {
      const cell = row.cells[index] as Cell
      if (isLabelKind(cell.kind)) labelAfter = true
      else if (cell.kind === 'empty' && !labelAfter && cell.column >= valuesFrom) cell.kind = 'blank'
    }
  }
}
