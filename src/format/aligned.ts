/**
 * The `aligned` layout: what `pdftotext -layout` makes of a report (LAYOUTS.md §6). Columns
 * are aligned with runs of spaces; long labels wrap over the lines around their values;
 * a group label that spans many rows stands in the margin a few characters a line; prose
 * wraps mid-sentence.
 *
 * ```
 * 一、本年新收政府信息公开申请数量      3001    53      0       0       61      4       3119
 *       （二）部分公开（区分处理的，只计
 *                                     447     7       0       0       0       0       454
 *       这一情形，不计其他情形）
 * ```
 *
 * Widths are counted as a monospace font shows them: an ideograph takes two columns.
 */
import type { Block } from './document.js'
import { expandGrid, type GridCell, type GridTable, type Slot } from './grid.js'

/** Longest label line, in characters, before it wraps. */
const LABEL_WRAP = 15
/** Characters of prose on a line. */
const PROSE_WRAP = 34
/** Indentation of labels by the label column they stand in. */
const INDENTS = [0, 6, 13]
/** The least room a value column takes. */
const MIN_COLUMN = 8

/** Display width: two columns for ideographs and full-width forms, one for the rest. */
function width(text: string): number {
  let total = 0
  for (let index = 0; index < text.length; index++) total += text.charCodeAt(index) >= 0x1100 ? 2 : 1
  return total
}

/** Cut `text` into pieces of at most `size` characters. */
function wrap(text: string, size: number): string[] {
  if (text.length <= size) return [text]
  const pieces: string[] = []
  for (let start = 0; start < text.length; start += size) pieces.push(text.slice(start, start + size))
  return pieces
}

/** Cut `text` into pieces no wider than `columns` display columns. */
function wrapWidth(text: string, columns: number): string[] {
  const pieces: string[] = []
  let piece = ''
  for (const char of text) {
    if (piece !== '' && width(piece + char) > columns) {
      pieces.push(piece)
      piece = ''
    }
    piece += char
  }
  if (piece !== '') pieces.push(piece)
  return pieces
}

/** Write `text` at column `x` of `line`, keeping at least two spaces after what is there. */
function place(line: string, x: number, text: string): string {
  const used = width(line)
  const target = used === 0 ? x : Math.max(x, used + 2)
  return line + ' '.repeat(target - used) + text
}

/** Column geometry of one table. */
interface Geometry {
  /** Grid columns holding labels, before the first value column. */
  labelColumns: number
  /** Display column where each grid column starts. */
  x: number[]
  /** Display width of each grid column. */
  widths: number[]
}

function geometry(expanded: readonly Slot[][], rows: GridTable['rows']): Geometry {
  const columns = expanded[0]?.length ?? 0
  let labelColumns = columns
  for (const line of expanded) line.forEach((slot, column) => slot?.key !== undefined && (labelColumns = Math.min(labelColumns, column)))
  // The label area: wide enough for the longest label line at its indentation.
  let labelArea = 0
  for (const line of expanded) {
    line.forEach((slot, column) => {
      if (slot === null || slot.key !== undefined || column >= labelColumns) return
      for (const piece of wrap(slot.text, LABEL_WRAP)) labelArea = Math.max(labelArea, (INDENTS[column] ?? 0) + width(piece))
    })
  }
  const widths: number[] = []
  for (let column = labelColumns; column < columns; column++) {
    let widest = MIN_COLUMN - 3
    for (const row of rows) for (const cell of row) if (cell.key !== undefined && (cell.colspan ?? 1) === 1 && expanded[rows.indexOf(row)]?.[column] === cell) widest = Math.max(widest, width(cell.text))
    widths[column] = widest + 3
  }
  const x: number[] = []
  for (let column = 0; column < labelColumns; column++) x[column] = INDENTS[column] ?? 0
  let at = labelColumns === 0 ? 0 : labelArea + 4
  for (let column = labelColumns; column < columns; column++) {
    x[column] = at
    at += widths[column] as number
  }
  return { labelColumns, x, widths }
}

/** Room for a header cell starting at `column` and spanning `span` columns. */
function room(shape: Geometry, column: number, span: number): number {
  if (column < shape.labelColumns) return LABEL_WRAP * 2
  let total = 0
  for (let at = column; at < column + span; at++) total += shape.widths[at] ?? MIN_COLUMN
  return Math.max(4, total - 2)
}

/** A row without values: its labels, wrapped to their room, side by side. */
function headerLines(line: readonly Slot[], shape: Geometry): string[] {
  const placed: { x: number; pieces: string[] }[] = []
  line.forEach((slot, column) => {
    if (slot === null) return
    placed.push({ x: shape.x[column] ?? 0, pieces: wrapWidth(slot.text, room(shape, column, slot.colspan ?? 1)) })
  })
  const count = Math.max(0, ...placed.map((item) => item.pieces.length))
  const lines: string[] = []
  for (let index = 0; index < count; index++) lines.push(placed.reduce((text, item) => (item.pieces[index] === undefined ? text : place(text, item.x, item.pieces[index] as string)), ''))
  return lines
}

/** A group label down the margin: its numbering, then a few characters a line. */
function verticalPieces(text: string, column: number): string[] {
  if (column === 0) {
    // `三、本年度办理结果`: the numbering, then one character a line.
    const comma = text.indexOf('、')
    return comma === -1 ? [...text] : [text.slice(0, comma + 1), ...text.slice(comma + 1)]
  }
  return text.length <= 4 ? [text] : [text.slice(0, 4), text.slice(4)]
}

/** A row with values: its label (wrapped around the values), then the values at their columns. */
function rowLines(line: readonly Slot[], shape: Geometry): string[] {
  let own: { column: number; text: string } | undefined
  let values = ''
  line.forEach((slot, column) => {
    if (slot === null) return
    if (slot.key !== undefined) values = place(values, shape.x[column] ?? 0, slot.text)
    else if ((slot.rowspan ?? 1) === 1) own = { column, text: slot.text }
  })
  if (own === undefined) return [values]
  const indent = ' '.repeat(INDENTS[own.column] ?? 0)
  const pieces = wrap(own.text, LABEL_WRAP)
  const withValues = (label: string) => merge(indent + label, values)
  if (pieces.length === 1) return [withValues(pieces[0] as string)]
  if (pieces.length === 2) return [indent + pieces[0], values, indent + pieces[1]]
  return [indent + pieces[0], withValues(pieces[1] as string), ...pieces.slice(2).map((piece) => indent + piece)]
}

/** `label` with the values of `values` (a line of values at their columns) after it. */
function merge(label: string, values: string): string {
  const start = values.length - values.trimStart().length
  return place(label, start, values.trimStart())
}

function table({ rows }: GridTable): string[] {
  const expanded = expandGrid(rows)
  const shape = geometry(expanded, rows)
  const lines: string[] = []
  // Group labels still to be written down the margin, after the rows they span.
  const margin: { due: number; column: number; pieces: string[] }[] = []
  expanded.forEach((line, index) => {
    const hasValues = line.some((slot) => slot?.key !== undefined)
    lines.push(...(hasValues ? rowLines(line, shape) : headerLines(line, shape)), '')
    if (!hasValues) return
    line.forEach((slot: Slot, column) => {
      if (slot === null || slot.key !== undefined || (slot.rowspan ?? 1) === 1 || !(rows[index] as GridCell[]).includes(slot)) return
      const pieces = verticalPieces(slot.text, column)
      // Centred on the rows the group spans, as a vertically centred cell prints.
      margin.push({ due: index + Math.max(0, Math.floor(((slot.rowspan ?? 1) - pieces.length) / 2)), column, pieces })
    })
    for (const group of margin) {
      if (group.due > index || group.pieces.length === 0) continue
      lines.push(' '.repeat(INDENTS[group.column] ?? 0) + (group.pieces.shift() as string))
    }
  })
  return lines
}

/** Write `blocks` as space-aligned text. */
export function writeAligned(blocks: readonly Block[]): string {
  const lines: string[] = []
  for (const block of blocks) {
    if (block.kind === 'title') lines.push(`          ${block.text}`, '')
    else if (block.kind === 'heading') lines.push(`      ${block.text}`)
    else if (block.kind === 'paragraph') lines.push(...wrap(`      ${block.text}`, PROSE_WRAP + 6).map((line) => line.trimEnd()))
    else lines.push('', ...table(block.table), '')
  }
  return `${lines.join('\n')}\n`
}
