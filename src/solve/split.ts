/**
 * Every way to split one digit run into its cells.
 *
 * A depth-first walk over cut positions, cell by cell. A cell is a number as a table writes
 * it: no leading zero except `0` itself, at most 15 digits, a sign only where the column is
 * signed, a decimal part only where it holds an amount. A cell never spans a required cut.
 * After each cell, every balance identity whose operands are now all known is checked
 * (`check`), so a row's total prunes its splits as soon as it is reached.
 *
 * Work is bounded whatever the input: a run longer than its cells could ever be is refused
 * at once, and the walk stops after `budget` steps.
 */
import type { Run } from './run.js'

/** Longest integer part a cell may have (exact in a double). */
export const MAX_DIGITS = 15

/** Outcome of splitting one run. */
export type SplitResult =
  | { status: 'ok'; candidates: number[][]; spans: number[][] }
  | { status: 'too-complex' }

/**
 * The value of `chars[start, end)` as a cell, `NaN` for a blank cell, or `null` when it
 * cannot be one.
 */
export function cellValue(chars: string, start: number, end: number, signed: boolean, decimal: boolean): number | null {
  // A blank cell (see `run.ts`): a valid cell with no value. NaN leaves identities open.
  if (chars.charCodeAt(start) === 0x2f /* / */) {
    // Blank slots, and a dash that may end the mark (`——10`: `——` | 1 | 0, see `run.ts`).
    for (let index = start + 1; index < end; index++) {
      const code = chars.charCodeAt(index)
      if (code !== 0x2f && !(code === 0x2d && index === end - 1)) return null
    }
    return Number.NaN
  }
  let index = start
  if (chars.charCodeAt(index) === 0x2d /* - */) {
    // A dash alone is a not-applicable mark; before digits it may also be a minus sign
    // (`35-15`: 35 | — | 15 or 35 | -1 | 5), and both readings are tried.
    if (end === start + 1) return Number.NaN
    if (!signed) return null
    index++
  }
  const digitsStart = index
  let point = -1
  // The integer's value, summed as it is scanned: every step of the walk reads a cell, and
  // slicing it to parse it cost more than the rest of the step.
  let integer = 0
  for (; index < end; index++) {
    const code = chars.charCodeAt(index)
    if (code === 0x2e /* . */) {
      if (point !== -1 || !decimal) return null
      point = index
    } else if (code < 0x30 || code > 0x39) return null
    else if (point === -1) integer = integer * 10 + (code - 0x30)
  }
  const integerEnd = point === -1 ? end : point
  const integerDigits = integerEnd - digitsStart
  if (integerDigits === 0 || integerDigits > MAX_DIGITS || point === end - 1) return null
  // No leading zeros, but `0` (and `0.5`) itself; `-0` is not a way to write zero.
  if (chars.charCodeAt(digitsStart) === 0x30 && integerDigits > 1) return null
  if (digitsStart > start && integerDigits === 1 && chars.charCodeAt(digitsStart) === 0x30 && point === -1) return null
  if (point === -1) return digitsStart > start ? -integer : integer
  const value = Number(chars.slice(start, end))
  return Number.isFinite(value) ? value : null
}

/**
 * Cells `first … total − 1` of a run sum to cell `total` (a row's total in 三, a group's in
 * 四). Numbers that sum to a total are no longer than it, and it is at most one digit longer
 * than the longest of up to ten of them: a bound on the widths that prunes most splits of a
 * long run before its total is reached.
 */
export interface SumGroup {
  first: number
  total: number
}

/**
 * Is a run of `chars` chars too long for `cells` cells, each at most `MAX_DIGITS + 4` chars
 * (the widest cell `splitRun` tries)? No split can fill them then: such a run is
 * reported without being built, whatever its size (a table of megabytes run together is
 * one run).
 */
export function isOverlong(chars: number, cells: number): boolean {
  return chars > cells * (MAX_DIGITS + 4)
}

/** Options of {@link splitRun}. */
export interface SplitOptions {
  /** Steps of the walk before the run is `too-complex`. */
  budget?: number
  /** Candidates kept before the run is `too-complex`. */
  limit?: number
  /** Sums within the run (see {@link SumGroup}); used only where every char is a digit. */
  groups?: readonly SumGroup[]
}

/**
 * Enumerate the splits of `run`. `check(values, cell)` is called after each cell is set and
 * returns `false` to prune. At most `limit` candidates and `budget` steps; beyond either the
 * run is `too-complex` (a run that ambiguous is not read at all).
 */
export function splitRun(run: Run, check: (values: number[], cell: number) => boolean, options: SplitOptions = {}): SplitResult {
  const { budget = 50_000, limit = 2_000 } = options
  const { chars, cells } = run
  const count = cells.length
  if (count === 0 || chars.length < count || isOverlong(chars.length, count)) return { status: 'ok', candidates: [], spans: [] }
  const walk = new SplitWalk(run, check, budget, limit, widthBounds(chars, count, options.groups ?? []))
  walkCell(walk, 0, 0)
  return walk.aborted ? { status: 'too-complex' } : { status: 'ok', candidates: walk.candidates, spans: walk.spans }
}

/**
 * The state of one {@link splitRun}, walked by a module-level function rather than a
 * closure over locals. V8 holds the optimized code of a closure only while some instance of
 * it lives: a closure made per run lost its code at every major GC and was compiled again.
 * (The other walks and the line readers avoid per-call closures for the same reason.)
 */
class SplitWalk {
  readonly candidates: number[][] = []
  readonly spans: number[][] = []
  readonly values: number[]
  readonly ends: number[]
  steps = 0
  aborted = false

  constructor(
    readonly run: Run,
    readonly check: (values: number[], cell: number) => boolean,
    readonly budget: number,
    readonly limit: number,
    readonly bounds: WidthBounds | null,
  ) {
    this.values = new Array<number>(run.cells.length).fill(0)
    this.ends = new Array<number>(run.cells.length).fill(0)
  }
}

/** Try every end of cell `cell`, which starts at `start`, and walk on to the next cell. */
function walkCell(walk: SplitWalk, cell: number, start: number): void {
  if (walk.aborted) return
  if (++walk.steps > walk.budget) {
    walk.aborted = true
    return
  }
  const { chars, hard, cells } = walk.run
  const { bounds, values, ends } = walk
  const spec = cells[cell]
  if (spec === undefined) return
  const length = chars.length
  const count = cells.length
  const remaining = count - cell - 1
  const last = remaining === 0
  const total = bounds === null ? -1 : (bounds.totalOf[cell] as number)
  // A cell opening with 0 is `0` itself (or `0.5`).
  const longest = chars.charCodeAt(start) === 0x30 && !spec.decimal ? start + 1 : length - remaining
  for (let end = last ? length : start + 1; end <= longest; end++) {
    // A required cut inside the cell: longer cells cannot work either.
    if (end - 1 > start && hard[end - 1] === true) break
    if (end - start > MAX_DIGITS + 4) break
    if (bounds !== null && total !== -1) {
      // The widest part of the group so far, and the chars left after this cell.
      const widest = Math.max(end - start, cell > (bounds.firstOf[total] as number) ? (bounds.widest[cell - 1] as number) : 0)
      const left = length - end
      // The total needs `widest` chars, every other cell one: longer parts leave even less.
      if (left < widest + (count - cell - 2)) break
      // The total is the run's last cell and this its last part: the total's width is known.
      if (total === count - 1 && cell === total - 1 && left > widest + 1) continue
      bounds.widest[cell] = widest
    }
    const value = cellValue(chars, start, end, spec.signed, spec.decimal)
    if (value === null) continue
    values[cell] = value
    ends[cell] = end
    if (!walk.check(values, cell)) continue
    if (last) {
      if (walk.candidates.length >= walk.limit) {
        walk.aborted = true
        return
      }
      walk.candidates.push(values.slice())
      walk.spans.push(ends.slice())
    } else walkCell(walk, cell + 1, end)
    if (walk.aborted) return
  }
}

/** Width bookkeeping for the sums of a run, or `null` when they cannot bound it. */
interface WidthBounds {
  /** For a part: the cell of its total; -1 for other cells. */
  totalOf: Int32Array
  /** For a total: its first part. */
  firstOf: Int32Array
  /** For a part, while walking: the widest part of its group up to it. */
  widest: Int32Array
}

function widthBounds(chars: string, count: number, groups: readonly SumGroup[]): WidthBounds | null {
  if (groups.length === 0) return null
  // Blanks (a blank total says nothing of the parts' widths), signs and decimals: no bound.
  for (let index = 0; index < chars.length; index++) {
    const code = chars.charCodeAt(index)
    if (code < 0x30 || code > 0x39) return null
  }
  const { totalOf, firstOf } = groupIndex(count, groups)
  return { totalOf, firstOf, widest: new Int32Array(count) }
}

/** The read-only part of {@link WidthBounds}. */
type GroupIndex = Pick<WidthBounds, 'totalOf' | 'firstOf'>

/**
 * {@link GroupIndex} by groups (a plan's, kept for every run of its row) and cell count:
 * the same for every run a plan splits, so made once instead of per run.
 */
const groupIndexes = new WeakMap<readonly SumGroup[], Map<number, GroupIndex>>()

function groupIndex(count: number, groups: readonly SumGroup[]): GroupIndex {
  let byCount = groupIndexes.get(groups)
  if (byCount === undefined) groupIndexes.set(groups, (byCount = new Map()))
  let found = byCount.get(count)
  if (found === undefined) {
    const totalOf = new Int32Array(count).fill(-1)
    const firstOf = new Int32Array(count).fill(-1)
    for (const { first, total } of groups) {
      // More than ten parts may carry two digits: the bound above does not hold.
      if (total - first > 10 || first < 0 || total >= count) continue
      firstOf[total] = first
      for (let cell = first; cell < total; cell++) totalOf[cell] = total
    }
    found = { totalOf, firstOf }
    byCount.set(count, found)
  }
  return found
}
