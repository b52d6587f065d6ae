/**
 * `flattenReport`: the report as one flat row, keyed by FIELDS.md.
 */
import type { FlatReport, FlatValue, Format } from './model.js'
import { describe } from './parse.js'
import { getPath } from './paths.js'
import { templates } from './template/index.js'
import { cellKeys } from './template/types.js'

/** Metadata columns that lead every flat row. */
export const metadataKeys = ['format', 'title', 'organ', 'year', 'publishedAt'] as const

function flatValue(value: unknown): FlatValue {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value === 'string') return value
  return null
}

/**
 * One flat object holding exactly the FIELDS.md keys of the report's template, plus
 * `format`, `title`, `organ`, `year` and `publishedAt`; `null` for what the report leaves
 * blank or what could not be read. Accepts a report read back from JSON; what is missing or
 * malformed in it flattens to `null`.
 *
 * @example
 * ```js
 * flattenReport(parseReport(text))['applications.newRequests.total'] // 99
 * ```
 */
export function flattenReport(report: unknown): FlatReport {
  if (report === null || typeof report !== 'object' || Array.isArray(report)) {
    throw new TypeError(`flattenReport expects a report object, got ${describe(report)}`)
  }
  const source = report as Record<string, unknown>
  const format: Format = source.format === '2019' ? '2019' : '2021'
  const flat: FlatReport = {}
  for (const key of metadataKeys) flat[key] = flatValue(source[key])
  // Row by row: each row object is looked up once, not once for each of its cells.
  for (const table of templates[format].tables) {
    for (const row of table.rows) {
      const object = getPath(source, row.key)
      const keys = cellKeys(row)
      for (let column = 0; column < keys.length; column++) {
        const value = object !== null && typeof object === 'object' ? (object as Record<string, unknown>)[row.columns[column] as string] : undefined
        flat[keys[column] as string] = flatValue(value)
      }
    }
  }
  return flat
}
