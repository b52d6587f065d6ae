/**
 * The validator's view of a format, compiled once: every flat key at an index, the rows
 * (read as objects, not key by key), the counts, and the balance identities as index
 * arrays. Checking a report is then arithmetic over a `Float64Array` — validation must cost
 * a few percent of parsing (the CLI validates every report it reads).
 */
import type { Format } from '../model.js'
import { fieldKeys, isAmountKey, templates } from '../template/index.js'
import { cellKeys } from '../template/types.js'
import { equations, type Equation } from './equations.js'

/** A row of the template: where its object sits, its columns, the index of its first key. */
export interface LayoutRow {
  /** Path of the row object (`['applications', 'withheld', 'stateSecret']`). */
  path: readonly string[]
  columns: readonly string[]
  /** Index of the row's first cell in `keys`. */
  first: number
}

/** A format compiled for checking. */
export interface Layout {
  format: Format
  keys: readonly string[]
  index: ReadonlyMap<string, number>
  rows: readonly LayoutRow[]
  /** Indexes of the keys that are counts (not amounts). */
  counts: Int32Array
  /** `equations(format)` and, for each, its operands' indexes. */
  equations: readonly Equation[]
  left: readonly Int32Array[]
  right: readonly Int32Array[]
}

const cache = new Map<Format, Layout>()

/** The compiled layout of `format`. */
export function layoutOf(format: Format): Layout {
  const cached = cache.get(format)
  if (cached !== undefined) return cached
  const keys = fieldKeys(format)
  const index = new Map(keys.map((key, at) => [key, at]))
  const rows: LayoutRow[] = []
  for (const table of templates[format].tables) {
    for (const row of table.rows) rows.push({ path: row.key.split('.'), columns: row.columns, first: index.get(cellKeys(row)[0] as string) as number })
  }
  const counts = Int32Array.from(keys.flatMap((key, at) => (isAmountKey(format, key) ? [] : [at])))
  const list = equations(format)
  const indexes = (operands: readonly string[]) => Int32Array.from(operands, (key) => index.get(key) ?? -1)
  const layout: Layout = {
    format,
    keys,
    index,
    rows,
    counts,
    equations: list,
    left: list.map((equation) => indexes(equation.left)),
    right: list.map((equation) => indexes(equation.right)),
  }
  cache.set(format, layout)
  return layout
}

/** Sum of `values` at `indexes`; `NaN` when one is blank, unless blanks count as 0. */
function sumAt(values: Float64Array, indexes: Int32Array, blankAsZero: boolean): number {
  let sum = 0
  for (let at = 0; at < indexes.length; at++) {
    const value = values[indexes[at] as number] as number
    if (value !== value) {
      if (blankAsZero) continue
      return Number.NaN
    }
    sum += value
  }
  return sum
}

/**
 * `left − right` of every identity of the layout, over `values` (`NaN` for a blank): 0 when
 * it holds, `NaN` when it is not assessable.
 */
export function residuals(layout: Layout, values: Float64Array, blankAsZero: boolean): number[] {
  const result = new Array<number>(layout.equations.length)
  for (let at = 0; at < layout.equations.length; at++) {
    const left = sumAt(values, layout.left[at] as Int32Array, blankAsZero)
    result[at] = left !== left ? left : left - sumAt(values, layout.right[at] as Int32Array, blankAsZero)
  }
  return result
}
