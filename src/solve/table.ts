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
import { equations } from '../rules/equations.js'
import { ambiguousCells, cellsUnsplittable, resolvedByBalance, resolvedByProse, splitTooComplex } from '../template/findings.js'
import type { Cell, MatchContext } from '../template/match.js'
import type { Token } from '../tokens.js'
import type { Hint } from './hints.js'
import { combine } from './combine.js'
import { planOf } from './plan.js'
import type { Run } from './run.js'
import { splitRun } from './split.js'

/** Candidates listed in a diagnostic. */
const LISTED = 8

/** A run with its splits. */
export interface Solved {
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
  const { check, groups } = planOf(context.format, keys)

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
  const solved: Solved = { run, keys, candidates: result.candidates, spans: result.spans, hints: [] }
  // Most runs split one way only: the prose has nothing to choose, so it is not looked up.
  if (solved.candidates.length > 1) narrowByHints(solved, hints)
  return solved
}

/**
 * Keep the splits that agree with every number the prose states for the run's cells, when
 * some do and some do not. Loops, not callbacks made per run (see `SplitWalk` in `split.ts`).
 */
function narrowByHints(solved: Solved, hints: ReadonlyMap<string, Hint>): void {
  const { keys, candidates, spans } = solved
  const relevant: Hint[] = []
  const columns: number[] = []
  for (let column = 0; column < keys.length; column++) {
    const hint = hints.get(keys[column] as string)
    if (hint === undefined) continue
    relevant.push(hint)
    columns.push(column)
  }
  if (relevant.length === 0) return
  const keptCandidates: number[][] = []
  const keptSpans: number[][] = []
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index] as number[]
    let agrees = true
    for (let at = 0; at < relevant.length && agrees; at++) agrees = candidate[columns[at] as number] === (relevant[at] as Hint).value
    if (!agrees) continue
    keptCandidates.push(candidate)
    keptSpans.push(spans[index] as number[])
  }
  if (keptCandidates.length === 0 || keptCandidates.length === candidates.length) return
  solved.candidates = keptCandidates
  solved.spans = keptSpans
  solved.hints = relevant
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
      const span = runSpan(run)
      // Built like the cell above, not spread from the span: one shape for every cell.
      cells.set(key, { value: null, unit: null, start: span.start, end: span.end })
    }
  }
  const narrowed = surviving !== null && surviving.size < one.candidates.length
  // A run read one way, with no help, has nothing to report: most runs. The rest is a
  // function of its own so that the optimizing compiler, seeing it rarely called, compiles
  // it apart instead of inlining its diagnostics into this loop (where each first use of
  // one of its paths threw the whole of `settle` back to be compiled again).
  if (one.hints.length > 0 || narrowed || ambiguous.length > 0) reportSettled(one, picks, ambiguous, narrowed, context)
}

/** The diagnostics of a run that prose or balances settled, or that stays ambiguous. */
function reportSettled(one: Solved, picks: readonly number[], ambiguous: string[], narrowed: boolean, context: MatchContext): void {
  const { run, keys } = one
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
