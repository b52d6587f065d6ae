/**
 * Plans for splitting runs: for each cell of a run, the identities it closes, compiled to
 * positions within the run, and the row totals that bound the widths of the cells before them.
 */
import type { Format } from '../model.js'
import { equationsWithin } from '../rules/equations.js'
import type { SumGroup } from './split.js'

/** An identity as positions within a run: left operands, right operands. */
export type Compiled = readonly [Int32Array, Int32Array]

/** How a run's cells are checked as it is split: see `planOf`. */
export interface Plan {
  plan: readonly (readonly Compiled[])[]
  groups: readonly SumGroup[]
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
    const position = new Map(keys.map((key, index) => [key, index]))
    const atCell: Compiled[][] = keys.map(() => [])
    const groups: SumGroup[] = []
    for (const equation of equationsWithin(format, new Set(keys))) {
      let last = -1
      for (const key of equation.operands) last = Math.max(last, position.get(key) as number)
      const at = (operands: readonly string[]) => Int32Array.from(operands, (key) => position.get(key) as number)
      const left = at(equation.left)
      const right = at(equation.right)
      atCell[last]?.push([left, right])
      const total = left[0] as number
      if (left.length === 1 && right.length > 0 && right.every((cell, index) => cell === total - right.length + index)) groups.push({ first: total - right.length, total })
    }
    found = { plan: atCell, groups }
    byLength.set(keys.length, found)
  }
  return found
}
