/**
 * Step 3 of solving a table (see `table.ts`): the identities across rows choose among the
 * runs' splits. Every combination of splits that satisfies them all is a solution; a split
 * that no solution uses is dropped.
 *
 * The walk over combinations is a module-level function over a {@link Combination}, not a
 * closure over `combine`'s locals (see `SplitWalk` in `split.ts`).
 */
import type { Equation } from '../rules/equations.js'
import { isBalanced } from '../rules/evaluate.js'
import type { Cell } from '../template/match.js'
import type { Solved } from './table.js'

/** Solutions kept when combining runs; more means the table says too little to choose. */
const SOLUTION_LIMIT = 512
const COMBINATION_BUDGET = 50_000

/** An identity across runs: the known cells summed, and (run, cell, ±1) for the rest. */
interface Across {
  constant: number
  terms: Int32Array
}

/**
 * Choose among the runs' splits with the identities that span several runs (and the cells
 * read directly). Returns, for each run, the indexes of its candidates that some solution
 * uses, or `null` when the identities cannot help.
 */
export function combine(solved: readonly Solved[], all: readonly Equation[], cells: ReadonlyMap<string, Cell>): (Set<number> | null)[] {
  // (A blank cell's NaN leaves an identity open, as a `null` cell does.)
  const none = solved.map(() => null)
  if (!solved.some((one) => one.candidates.length > 1)) return none
  const owner = new Map<string, [number, number]>()
  solved.forEach((one, run) => one.keys.forEach((key, index) => owner.set(key, [run, index])))
  // Runs in order of fewest candidates. An identity is checked at each step that chooses
  // one of its runs: exactly once all are chosen, and before that against the range the
  // runs still open can reach (a column total too small for the rows chosen so far prunes
  // every combination below it).
  const order = solved.map((_, index) => index).sort((a, b) => (solved[a] as Solved).candidates.length - (solved[b] as Solved).candidates.length)
  const rank = new Int32Array(solved.length)
  order.forEach((run, step) => (rank[run] = step))
  const atStep: Across[][] = order.map(() => [])
  for (const equation of all) {
    const runs = new Set<number>()
    let known = true
    for (const key of equation.operands) {
      const owned = owner.get(key)
      if (owned !== undefined) runs.add(owned[0])
      else if (!cells.has(key)) known = false
    }
    if (!known || runs.size < 2) continue
    const across = compile(equation, owner, cells)
    // A blank cell read directly leaves the identity open whatever the splits.
    if (Number.isNaN(across.constant)) continue
    for (const run of runs) atStep[rank[run] as number]?.push(across)
  }
  if (atStep.every((list) => list.length === 0)) return none
  const combination = new Combination(solved, order, rank, atStep)
  walkStep(combination, 0)
  if (combination.aborted || combination.solutions === 0) return none
  return combination.usedBy
}

/** The state of one {@link combine}: what is chosen so far, and what the solutions used. */
class Combination {
  /** For each run, the candidate chosen, -1 while open. */
  readonly chosen: Int32Array
  /** For each run, the candidates some solution uses. */
  readonly usedBy: Set<number>[]
  /** For each run and cell, the least and greatest value over its candidates. */
  readonly low: Float64Array[]
  readonly high: Float64Array[]
  solutions = 0
  steps = 0
  aborted = false

  constructor(
    readonly solved: readonly Solved[],
    readonly order: readonly number[],
    readonly rank: Int32Array,
    readonly atStep: readonly (readonly Across[])[],
  ) {
    this.chosen = new Int32Array(solved.length).fill(-1)
    this.usedBy = solved.map(() => new Set())
    const { low, high } = ranges(solved)
    this.low = low
    this.high = high
  }
}

/** Choose the run of step `step` every way its candidates allow, and walk on. */
function walkStep(combination: Combination, step: number): void {
  if (combination.aborted) return
  const { order, solved, chosen, atStep } = combination
  if (step === order.length) {
    combination.solutions++
    for (let run = 0; run < chosen.length; run++) combination.usedBy[run]?.add(chosen[run] as number)
    if (combination.solutions >= SOLUTION_LIMIT) combination.aborted = true
    return
  }
  const run = order[step] as number
  const { candidates } = solved[run] as Solved
  const checks = atStep[step] as readonly Across[]
  for (let pick = 0; pick < candidates.length && !combination.aborted; pick++) {
    if (++combination.steps > COMBINATION_BUDGET) {
      combination.aborted = true
      return
    }
    chosen[run] = pick
    if (holdsEvery(combination, checks, step)) walkStep(combination, step + 1)
  }
  chosen[run] = -1
}

/** Does every identity of `checks` hold, stay open, or (runs still to choose) remain reachable? */
function holdsEvery(combination: Combination, checks: readonly Across[], step: number): boolean {
  for (let index = 0; index < checks.length; index++) if (!holds(combination, checks[index] as Across, step)) return false
  return true
}

/** Does the identity hold, or stay open, or (runs still to choose) remain reachable? */
function holds(combination: Combination, equation: Across, step: number): boolean {
  const { rank, solved, chosen, low, high } = combination
  let difference = equation.constant
  let reachLow = 0
  let reachHigh = 0
  const { terms } = equation
  for (let at = 0; at < terms.length; at += 3) {
    const run = terms[at] as number
    const cell = terms[at + 1] as number
    const sign = terms[at + 2] as number
    if ((rank[run] as number) <= step) {
      const values = (solved[run] as Solved).candidates[chosen[run] as number] as number[]
      difference += sign * (values[cell] as number)
    } else {
      const lowest = (low[run] as Float64Array)[cell] as number
      const highest = (high[run] as Float64Array)[cell] as number
      reachLow += sign > 0 ? lowest : -highest
      reachHigh += sign > 0 ? highest : -lowest
    }
  }
  // A blank cell (NaN) leaves the identity open.
  if (difference !== difference) return true
  // Balanced if the point of the reachable range nearest to zero is.
  return isBalanced(Math.min(Math.max(0, difference + reachLow), difference + reachHigh))
}

/**
 * The least and greatest value of each cell over a run's candidates; a cell some
 * candidate leaves blank (NaN) can reach anything (it would leave the identity open).
 */
function ranges(solved: readonly Solved[]): { low: Float64Array[]; high: Float64Array[] } {
  const low: Float64Array[] = []
  const high: Float64Array[] = []
  for (const one of solved) {
    const least = new Float64Array(one.keys.length).fill(Infinity)
    const most = new Float64Array(one.keys.length).fill(-Infinity)
    for (const candidate of one.candidates) {
      for (let cell = 0; cell < candidate.length; cell++) {
        const value = candidate[cell] as number
        if (Number.isNaN(value)) {
          least[cell] = -Infinity
          most[cell] = Infinity
        } else {
          if (value < (least[cell] as number)) least[cell] = value
          if (value > (most[cell] as number)) most[cell] = value
        }
      }
    }
    low.push(least)
    high.push(most)
  }
  return { low, high }
}

/** Compile `equation` for `combine`: lookups by key, once, instead of at every step of the walk. */
function compile(equation: Equation, owner: ReadonlyMap<string, [number, number]>, cells: ReadonlyMap<string, Cell>): Across {
  let constant = 0
  const terms: number[] = []
  for (const key of equation.left) constant += addTerm(terms, owner, cells, key, 1)
  for (const key of equation.right) constant += addTerm(terms, owner, cells, key, -1)
  return { constant, terms: Int32Array.from(terms) }
}

/** Add `key`'s term to `terms` when a run owns it; else return its known value, signed, for the constant. */
function addTerm(terms: number[], owner: ReadonlyMap<string, [number, number]>, cells: ReadonlyMap<string, Cell>, key: string, sign: number): number {
  const owned = owner.get(key)
  if (owned === undefined) return sign * (cells.get(key)?.value ?? Number.NaN)
  terms.push(owned[0], owned[1], sign)
  return 0
}
