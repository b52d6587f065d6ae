/**
 * Templates are data: sections with the words their titles use, tables with their rows
 * (key, labels, columns). One matcher, knowing no layout, aligns them with a token stream.
 */
import type { Format } from '../model.js'

/** The six parts of a report, in the template's order. */
export type SectionId = 'overview' | 'active' | 'applications' | 'appeals' | 'problems' | 'otherMatters'

/** A section and the words that identify its heading. */
export interface SectionSpec {
  id: SectionId
  /** Heading texts (whitespace-insensitive); the first that occurs as a heading wins. */
  titles: readonly string[]
}

/** The tables of a report. */
export type TableId = 'active' | 'applications' | 'appeals'

/** A row of a template table. */
export interface TemplateRow {
  /** Key prefix of the row's cells, e.g. `applications.withheld.stateSecret`. */
  key: string
  /**
   * The row's label as the template prints it, then known variants; without numbering
   * (`1.`, `（一）`), which the matcher ignores anyway.
   */
  labels: readonly string[]
  /**
   * For generic labels (`其他`, `总计`) that also occur as column headers: the numbering
   * that must be written right before the label for it to name this row (`3`, `七`).
   */
  numbering?: string
  /** Column keys, in the template's order. */
  columns: readonly string[]
  /** Columns holding decimal amounts rather than counts. */
  amounts?: readonly string[]
  /** Columns whose values may be negative (本年增/减). */
  signed?: readonly string[]
}

/**
 * The flat keys of a row's cells, `${row.key}.${column}`, built once per row: the same
 * string objects for every report, so property stores and map lookups reuse their hashes.
 */
const cellKeyCache = new WeakMap<TemplateRow, readonly string[]>()

/** The flat keys of `row`'s cells, in column order. */
export function cellKeys(row: TemplateRow): readonly string[] {
  let keys = cellKeyCache.get(row)
  if (keys === undefined) {
    keys = row.columns.map((column) => `${row.key}.${column}`)
    cellKeyCache.set(row, keys)
  }
  return keys
}

/** A table of the template. */
export interface TemplateTable {
  id: TableId
  /** The section that holds the table. */
  section: SectionId
  /**
   * Words that open the table (its first header cells), for when its section's heading is
   * missing: the table is then looked for from the first of them.
   */
  opens: readonly string[]
  rows: readonly TemplateRow[]
}

/** A whole template. */
export interface Template {
  format: Format
  tables: readonly TemplateTable[]
  /**
   * Column headers found only in this template's tables; the format is detected from
   * which template's headers the text holds.
   */
  signatures: readonly string[]
}
