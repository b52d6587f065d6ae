/**
 * Solving a table's digit runs together.
 *
 * 1. Each run is split on its own, pruned by the identities inside it (a row's total, a
 *    group's total in 四): `split.ts`.
 * 2. Numbers the prose states narrow a run's splits, when some split agrees with them.
 * 3. The identities across rows (column balances) choose among the runs' splits: every
 *    combination that satisfies them all is a solution. When no combination does (the
 *    report breaks a rule itself, as real reports do), they are not used.
 * 4. A cell takes a value only when every surviving split agrees on it; the rest are `null`
 *    with an `ambiguous-cells` diagnostic listing the candidates. Nothing is picked
 *    silently.
 */
import { diagnostic, type Message } from '../diagnostics.js'
import { equations, type Equation } from '../rules/equations.js'
import { isBalanced } from '../rules/evaluate.js'
import { ambiguousCells, cellsUnsplittable, resolvedByBalance, resolvedByProse, splitTooComplex } from '../template/findings.js'
import type { Cell, MatchContext } from '../template/match.js'
import type { Token } from '../tokens.js'
import type { Hint } from './hints.js'
import { holdsAll, planOf, type Compiled } from './plan.js'
import type { Run } from './run.js'
import { splitRun } from './split.js'

/** Solutions kept when combining runs; more means the table says too little to choose. */
const SOLUTION_LIMIT = 512
const COMBINATION_BUDGET = 50_000
/** Candidates listed in a diagnostic. */
const LISTED = 8

/** A run with its splits. */
interface Solved {
  run: Run
  keys: string[]
  candidates: number[][]
  spans: number[][]
  /** Hints that narrowed the splits. */
  hints: Hint[]
}

/** Solve `runs`, writing their cells into `cells` (which already holds the table's other cells). */
export function solveRuns(runs: readonly Run[], cells: Map<string, Cell>, hints: ReadonlyMap<string, Hint>, context: MatchContext): void {
  const all = equations(context.format)
  const solved: Solved[] = []
  for (const run of runs) {
    const one = splitOne(run, hints, context, cells)
    if (one !== null) solved.push(one)
  }
  const narrowed = combine(solved, all, cells)
  for (const [index, one] of solved.entries()) settle(one, narrowed[index] ?? null, cells, context)
}

/** Split one run; `null` when it cannot be read (reported). */
function splitOne(run: Run, hints: ReadonlyMap<string, Hint>, context: MatchContext, cells: Map<string, Cell>): Solved | null {
  const keys = run.cells.map((cell) => cell.key)
  if (run.overlong !== undefined) {
    // What `splitRun` would find, both ways: no split.
    fail(run, keys, cells, context, cellsUnsplittable, { run: runText(run), cells: keys.length, keys })
    return null
  }
  const { plan, groups } = planOf(context.format, keys)
  const check = (values: number[], cell: number): boolean => holdsAll(plan[cell] as Compiled[], values)

  let result = splitRun(run, check, { groups })
  if (result.status === 'ok' && result.candidates.length === 0) {
    // Spaces usually sit between cells; if no split honours them, let them go.
    const starts = new Set(run.tokens.map((token) => token.start))
    const boundary = (at: number) => at === 0 || at === run.chars.length || starts.has(run.offsets[at] ?? -1)
    result = splitRun({ ...run, hard: run.hard.map((cut, at) => cut && boundary(at)) }, check, { groups })
  }
  if (result.status === 'too-complex') {
    fail(run, keys, cells, context, splitTooComplex, { run: runText(run), keys })
    return null
  }
  if (result.candidates.length === 0) {
    fail(run, keys, cells, context, cellsUnsplittable, { run: runText(run), cells: keys.length, keys })
    return null
  }
  let { candidates, spans } = result
  const used: Hint[] = []
  // Most runs split one way only: the prose has nothing to choose, so it is not looked up.
  const relevant = candidates.length > 1 ? keys.map((key) => hints.get(key)).filter((hint): hint is Hint => hint !== undefined) : []
  if (relevant.length > 0) {
    const keep = candidates.map((candidate) => relevant.every((hint) => candidate[keys.indexOf(hint.key)] === hint.value))
    if (keep.some(Boolean) && !keep.every(Boolean)) {
      candidates = candidates.filter((_, index) => keep[index])
      spans = spans.filter((_, index) => keep[index])
      used.push(...relevant)
    }
  }
  return { run, keys, candidates, spans, hints: used }
}


/**
 * Choose among the runs' splits with the identities that span several runs (and the cells
 * read directly). Returns, for each run, the indexes of its candidates that some solution
 * uses, or `null` when the identities cannot help.
 */
function combine(solved: readonly Solved[], all: readonly Equation[], cells: ReadonlyMap<string, Cell>): (Set<number> | null)[] {
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
  const { low, high } = ranges(solved)

  const chosen: number[] = solved.map(() => -1)
  // Does the identity hold, or stay open, or (runs still to choose) remain reachable?
  const holds = (equation: Across, step: number): boolean => {
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
  const usedBy: Set<number>[] = solved.map(() => new Set())
  let solutions = 0
  let steps = 0
  let aborted = false
  const walk = (step: number): void => {
    if (aborted) return
    if (step === order.length) {
      solutions++
      chosen.forEach((pick, run) => usedBy[run]?.add(pick))
      if (solutions >= SOLUTION_LIMIT) aborted = true
      return
    }
    const run = order[step] as number
    const one = solved[run] as Solved
    for (let pick = 0; pick < one.candidates.length && !aborted; pick++) {
      if (++steps > COMBINATION_BUDGET) {
        aborted = true
        return
      }
      chosen[run] = pick
      if ((atStep[step] as Across[]).every((equation) => holds(equation, step))) walk(step + 1)
    }
    chosen[run] = -1
  }
  walk(0)
  if (aborted || solutions === 0) return none
  return usedBy
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

/** An identity across runs: the known cells summed, and (run, cell, ±1) for the rest. */
interface Across {
  constant: number
  terms: Int32Array
}

/** Compile `equation` for `combine`: lookups by key, once, instead of at every step of the walk. */
function compile(equation: Equation, owner: ReadonlyMap<string, [number, number]>, cells: ReadonlyMap<string, Cell>): Across {
  let constant = 0
  const terms: number[] = []
  const add = (key: string, sign: number) => {
    const owned = owner.get(key)
    if (owned !== undefined) terms.push(owned[0], owned[1], sign)
    else constant += sign * (cells.get(key)?.value ?? Number.NaN)
  }
  for (const key of equation.left) add(key, 1)
  for (const key of equation.right) add(key, -1)
  return { constant, terms: Int32Array.from(terms) }
}

/** Write a run's cells: values all surviving splits agree on; `null` and a diagnostic for the rest. */
function settle(one: Solved, surviving: Set<number> | null, cells: Map<string, Cell>, context: MatchContext): void {
  const { run, keys } = one
  const picks = surviving === null ? one.candidates.map((_, index) => index) : [...surviving].sort((a, b) => a - b)
  const ambiguous: string[] = []
  const first = picks[0] as number
  // The first surviving split, whose values and spans the cells all agreed on take.
  const candidate = one.candidates[first]
  const spans = one.spans[first] as number[]
  for (let cell = 0; cell < keys.length; cell++) {
    const key = keys[cell] as string
    const found = candidate?.[cell] as number
    if (agree(one.candidates, picks, cell, found)) {
      const value = Number.isNaN(found) ? null : found
      const from = cell === 0 ? 0 : (spans[cell - 1] as number)
      const to = spans[cell] as number
      const start = run.offsets[from] as number
      const end = (run.offsets[to - 1] as number) + 1
      const unit = cell === keys.length - 1 ? run.unit : null
      cells.set(key, { value, unit, start, end })
    } else {
      ambiguous.push(key)
      cells.set(key, { value: null, unit: null, ...runSpan(run) })
    }
  }
  const narrowed = surviving !== null && surviving.size < one.candidates.length
  // A run read one way, with no help, has nothing to report: most runs, so the place and
  // the list of settled keys are only made for a diagnostic.
  if (one.hints.length === 0 && !narrowed && ambiguous.length === 0) return
  const span = runSpan(run)
  const place = context.locator.position(span.start, span.end)
  const settled = keys.filter((key) => !ambiguous.includes(key))
  if (one.hints.length > 0) {
    const claims = one.hints.map((hint) => hint.text)
    context.diagnostics.push(diagnostic('resolved-by-prose', 'info', resolvedByProse, { claims, keys: settled }, context.locale, { place, path: one.hints.map((hint) => hint.key) }))
  }
  if (narrowed && settled.length > 0) {
    context.diagnostics.push(diagnostic('resolved-by-balance', 'info', resolvedByBalance, { keys: settled }, context.locale, { place, path: settled }))
  }
  if (ambiguous.length === 0) return
  const columns = ambiguous.map((key) => keys.indexOf(key))
  const distinct = new Map<string, (number | null)[]>()
  for (const pick of picks) {
    const values = columns.map((column) => {
      const value = one.candidates[pick]?.[column] as number
      return Number.isNaN(value) ? null : value
    })
    distinct.set(values.join('|'), values)
  }
  const candidates = [...distinct.values()]
  const splits = candidates.slice(0, LISTED).map((values) => values.map((value) => value ?? '/').join(' | '))
  context.diagnostics.push(
    diagnostic('ambiguous-cells', 'warning', ambiguousCells, { run: runText(run), keys: ambiguous, splits, total: candidates.length }, context.locale, { place, path: ambiguous, candidates }),
  )
}

/** Do the candidates `picks` all give cell `cell` the value `found`, the first one's? (Object.is: a blank cell, NaN, agrees with itself.) */
function agree(candidates: readonly number[][], picks: readonly number[], cell: number, found: number): boolean {
  // The first pick gave `found`: only the others are compared with it.
  for (let index = 1; index < picks.length; index++) if (!Object.is(candidates[picks[index] as number]?.[cell], found)) return false
  return true
}

/** A run as the text wrote it, for a diagnostic. */
function runText(run: Run): string {
  return run.overlong?.text ?? run.tokens.map((token) => token.text).join(' ')
}

/** The span of the whole run: where the cells it leaves `null` are placed. */
function runSpan(run: Run): { start: number; end: number } {
  if (run.overlong !== undefined) return { start: run.overlong.start, end: run.overlong.end }
  return { start: (run.tokens[0] as Token).start, end: (run.tokens[run.tokens.length - 1] as Token).end }
}

/** Report a run that cannot be read, leaving its cells `null`. */
function fail<Data>(run: Run, keys: readonly string[], cells: Map<string, Cell>, context: MatchContext, message: Message<Data>, data: Data): void {
  const { start, end } = runSpan(run)
  for (const key of keys) cells.set(key, { value: null, unit: null, start, end })
  context.diagnostics.push(
    diagnostic(message === splitTooComplex ? 'split-too-complex' : 'cells-unsplittable', 'warning', message, data, context.locale, {
      place: context.locator.position(start, end),
      path: [...keys],
    }),
  )
}
