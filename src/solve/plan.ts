/**
 * Plans for splitting runs: for each cell of a run, the identities it closes, compiled to
 * positions within the run, and the row totals that bound the widths of the cells before them.
 */
import type { Format } from '../model.js'
import { equationsWithin } from '../rules/equations.js'
import { isBalanced } from '../rules/evaluate.js'
import type { SumGroup } from './split.js'

/** An identity as positions among some keys (a run's, some rows'): left operands, right operands. */
export type Compiled = readonly [Int32Array, Int32Array]

/** The identities of `format` that lie within `keys`, as positions among them. */
export function compileWithin(format: Format, keys: readonly string[]): Compiled[] {
  const position = new Map(keys.map((key, index) => [key, index]))
  // Every operand is among `keys`: that is what lying within them means.
  const at = (operands: readonly string[]) => Int32Array.from(operands, (key) => position.get(key) as number)
  return equationsWithin(format, new Set(keys)).map((equation) => [at(equation.left), at(equation.right)])
}

/**
 * Do `values` (by position; NaN for a blank, which leaves an identity open) satisfy, or
 * leave open, every identity of `identities`? Indexed, not destructured: the solver asks at
 * every step of its walk.
 */
export function holdsAll(identities: readonly Compiled[], values: ArrayLike<number>): boolean {
  for (let index = 0; index < identities.length; index++) {
    const [left, right] = identities[index] as Compiled
    // Summed as `residual` sums: each side in order, then their difference.
    const difference = sumAt(values, left) - sumAt(values, right)
    if (difference === difference && !isBalanced(difference)) return false
  }
  return true
}

/** Sum of `values` at `positions`. */
function sumAt(values: ArrayLike<number>, positions: Int32Array): number {
  let total = 0
  for (let index = 0; index < positions.length; index++) total += values[positions[index] as number] as number
  return total
}

/** How a run's cells are checked as it is split: see `planOf`. */
export interface Plan {
  groups: readonly SumGroup[]
  /**
   * `splitRun`'s check: do the values so far satisfy the identities that cell `cell`
   * closes? Made once with the plan, which is kept, rather than per run (see `SplitWalk` in
   * `split.ts`).
   */
  check: (values: readonly number[], cell: number) => boolean
}

/**
 * Plans by format, then by the run's first key, its last key and its length: looked up with
 * the template's own key strings, whose hashes are kept, instead of an id string built and
 * hashed for every run.
 */
const plans = new Map<Format, Map<string, Map<string, Map<number, Plan>>>>()

/** The map at `key` of `map`, made when missing (no factory closure: this runs for every run). */
function branch<Key, Inner extends Map<unknown, unknown>>(map: Map<Key, Inner>, key: Key): Inner {
  let found = map.get(key)
  if (found === undefined) map.set(key, (found = new Map() as Inner))
  return found
}

/**
 * For each cell of a run, the identities inside the run whose last operand it is, as
 * positions; and the identities that make a cell the sum of the cells right before it (a
 * row's total), which bound the cells' widths. Runs are always rows of the template, so
 * plans are few and kept.
 */
export function planOf(format: Format, keys: readonly string[]): Plan {
  const byLength = branch(branch(branch(plans, format), keys[0] ?? ''), keys[keys.length - 1] ?? '')
  let found = byLength.get(keys.length)
  if (found === undefined) {
    const atCell: Compiled[][] = keys.map(() => [])
    const groups: SumGroup[] = []
    for (const compiled of compileWithin(format, keys)) {
      const [left, right] = compiled
      // The cell that closes the identity: its last operand.
      let last = -1
      for (const position of left) last = Math.max(last, position)
      for (const position of right) last = Math.max(last, position)
      atCell[last]?.push(compiled)
      const total = left[0] as number
      if (left.length === 1 && right.length > 0 && right.every((cell, index) => cell === total - right.length + index)) groups.push({ first: total - right.length, total })
    }
    found = { groups, check: (values, cell) => holdsAll(atCell[cell] as Compiled[], values) }
    byLength.set(keys.length, found)
  }
  return found
}
