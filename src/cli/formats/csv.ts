/**
 * The wide CSV: one row per file, one column per value, for spreadsheets and data frames.
 *
 * Column order (stable; new template keys are only ever appended):
 *
 * 1. `file`, `format`, `year`, `organ`, `title`, `publishedAt`;
 * 2. `errors`, `warnings`: the findings of the command (reading findings for `parse`,
 *    reading and rule findings for `check`);
 * 3. `readError`: empty, or why the file could not be read (`binary: PDF`), so that an
 *    unreadable file still has its row;
 * 4. every FIELDS.md key of the 2021 template in template order, then the keys only the
 *    2019 template has, in its order. A 2021 report leaves the 2019-only columns empty and
 *    the other way round, so one file holds reports of both templates.
 *
 * Quoting follows RFC 4180: a field with a comma, a double quote or a line break is
 * quoted, quotes doubled; records end with CRLF. `--bom` prefixes U+FEFF, without which
 * Excel takes the file for the local code page and garbles the Chinese.
 */
import { fieldKeys } from '../../template/index.js'

/** The columns before the values. */
export const LEADING_COLUMNS = ['file', 'format', 'year', 'organ', 'title', 'publishedAt', 'errors', 'warnings', 'readError'] as const

let columns: readonly string[] | undefined

/** Every column, in order (see the module comment). */
export function csvColumns(): readonly string[] {
  if (columns === undefined) {
    const newer = fieldKeys('2021')
    const known = new Set(newer)
    columns = [...LEADING_COLUMNS, ...newer, ...fieldKeys('2019').filter((key) => !known.has(key))]
  }
  return columns
}

/** One field, quoted when RFC 4180 requires it. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return ''
  // Most fields are numbers, which never need quotes.
  if (typeof value === 'number') return String(value)
  const text = String(value)
  if (!/[",\r\n]/.test(text)) return text
  return `"${text.replaceAll('"', '""')}"`
}

/**
 * One record, CRLF-terminated, with the fields in column order: from `values`, and from
 * `more` where it has the column (passed apart so that a report's 200-odd values need not
 * be copied into one object with the file's).
 */
export function csvRow(values: Readonly<Record<string, unknown>>, more: Readonly<Record<string, unknown>> = {}): string {
  const all = csvColumns()
  let row = ''
  for (let index = 0; index < all.length; index++) {
    const column = all[index] as string
    row += `${index === 0 ? '' : ','}${csvField(Object.hasOwn(more, column) ? more[column] : values[column])}`
  }
  return `${row}\r\n`
}

/** The header record, after a byte-order mark when `bom`. */
export function csvHeader(bom: boolean): string {
  return `${bom ? '\uFEFF' : ''}${csvColumns().map(csvField).join(',')}\r\n`
}
