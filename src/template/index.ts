/**
 * The templates, their keys, and format detection.
 */
import type { Format } from '../model.js'
import { template2019 } from './2019.js'
import { template2021 } from './2021.js'
import { cellKeys, type Template } from './types.js'

export { template2019, template2021 }
export type { SectionId, SectionSpec, TableId, Template, TemplateRow, TemplateTable } from './types.js'

/** The templates by format. */
export const templates: Readonly<Record<Format, Template>> = { '2021': template2021, '2019': template2019 }

const keyCache = new Map<Format, readonly string[]>()

/**
 * Every flat key of a format's model (FIELDS.md), in the template's order: table 二, then
 * 三 row by row, then 四.
 */
export function fieldKeys(format: Format): readonly string[] {
  let keys = keyCache.get(format)
  if (keys === undefined) {
    keys = templates[format].tables.flatMap((table) => table.rows.flatMap((row) => cellKeys(row)))
    keyCache.set(format, keys)
  }
  return keys
}

const amountCache = new Map<Format, ReadonlySet<string>>()

/** Does `key` hold an amount (decimal, exempt from `count-integer`) in `format`. */
export function isAmountKey(format: Format, key: string): boolean {
  let amounts = amountCache.get(format)
  if (amounts === undefined) {
    const found = new Set<string>()
    for (const table of templates[format].tables) {
      for (const row of table.rows) {
        const keys = cellKeys(row)
        row.columns.forEach((column, index) => {
          if (row.amounts?.includes(column) || row.signed?.includes(column)) found.add(keys[index] as string)
        })
      }
    }
    amounts = found
    amountCache.set(format, amounts)
  }
  return amounts.has(key)
}

/**
 * Labels both templates print and earlier report formats (before 2019) never had: a text
 * with one of them but neither template's column headers is read with the current template.
 */
const SHARED_MARKERS = ['本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '结转下年度继续办理', '未经复议直接起诉', '复议后起诉', '第二十条第']

/**
 * Which template `text` follows, judged by the column headers only one template has, then
 * by labels both share (the current template then); `null` when it has none of them: a
 * report in an earlier format, or not a report at all.
 */
export function detectFormat(text: string, from = 0): Format | null {
  // Column headers live in the tables: `from` skips the prose before them.
  let newer = 0
  for (const signature of template2021.signatures) if (text.includes(signature, from)) newer++
  // The older template's headers are counted only until the comparison is settled: a
  // header that is missing is searched for through the whole text, and in a report of the
  // current template most are missing.
  const older = template2019.signatures
  let found = 0
  for (let index = 0; index < older.length && found <= newer && found + older.length - index > newer; index++) if (text.includes(older[index] as string, from)) found++
  if (found > newer) return '2019'
  // Not more than `newer`: with none of the current template's, none of the older's either.
  if (newer === 0) return SHARED_MARKERS.some((marker) => text.includes(marker, from)) ? '2021' : null
  return '2021'
}
