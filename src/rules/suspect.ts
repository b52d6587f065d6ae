/**
 * "The cell most likely wrong" when a balance identity fails.
 *
 * The heuristic asks which single cell, if it alone were misread or mistyped by some amount
 * δ, would explain what we see. A cell `k` of the failing equation explains it when every
 * assessable equation that contains `k` fails, and fails by the same δ (a cell on the left
 * of one equation and on the right of another must be off by the same amount in both). An
 * equation containing `k` that holds rules `k` out: were `k` wrong, it would fail too.
 *
 * When exactly one cell of the failing equation explains it, the finding points at that
 * cell. When none or several do (two cells wrong at once, or all five cells of a row of table
 * 四, which share their only equation), the finding points at the span of the equation's
 * cells: for a row total, the row; for a column, the stretch of table that holds it.
 */
import type { Equation } from './equations.js'
import { isBalanced } from './evaluate.js'

/** Where a key appears: the equation's index, and `1` on the left or `-1` on the right. */
interface Membership {
  equation: number
  sign: 1 | -1
}

const indexes = new WeakMap<readonly Equation[], Map<string, Membership[]>>()

/** The equations each key appears in (computed once per list). */
function membership(list: readonly Equation[]): Map<string, Membership[]> {
  let index = indexes.get(list)
  if (index !== undefined) return index
  index = new Map()
  const add = (key: string, equation: number, sign: 1 | -1) => {
    const entries = index?.get(key)
    if (entries === undefined) index?.set(key, [{ equation, sign }])
    else entries.push({ equation, sign })
  }
  list.forEach((equation, position) => {
    for (const key of equation.left) add(key, position, 1)
    for (const key of equation.right) add(key, position, -1)
  })
  indexes.set(list, index)
  return index
}

/**
 * The one cell of `list[failing]` whose error alone explains every equation it is in, or
 * `null` when that is not decidable. `residuals[i]` is `left − right` of `list[i]`, `NaN`
 * where it is not assessable (such equations are no evidence either way).
 */
export function suspectCell(list: readonly Equation[], residuals: readonly number[], failing: number): string | null {
  const equation = list[failing]
  const difference = residuals[failing]
  if (equation === undefined || difference === undefined || Number.isNaN(difference)) return null
  const index = membership(list)
  /** Would `key`, off by the amount this equation says, explain every equation it is in? */
  const explains = (key: string, sign: 1 | -1): boolean => {
    const delta = sign * difference
    for (const entry of index.get(key) ?? []) {
      const other = residuals[entry.equation] ?? Number.NaN
      if (!Number.isNaN(other) && !isBalanced(entry.sign * other - delta)) return false
    }
    return true
  }
  let found: string | null = null
  let count = 0
  for (const key of equation.left) if (explains(key, 1)) [found, count] = [key, count + 1]
  for (const key of equation.right) if (explains(key, -1)) [found, count] = [key, count + 1]
  return count === 1 ? found : null
}
