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
  if (chars.charCodeAt(start) === 0x2f /* / */) return end === start + 1 ? Number.NaN : null
  let index = start
  if (chars.charCodeAt(index) === 0x2d /* - */) {
    if (!signed) return null
    index++
  }
  const digitsStart = index
  let point = -1
  for (; index < end; index++) {
    const code = chars.charCodeAt(index)
    if (code === 0x2e /* . */) {
      if (point !== -1 || !decimal) return null
      point = index
    } else if (code < 0x30 || code > 0x39) return null
  }
  const integerEnd = point === -1 ? end : point
  const integerDigits = integerEnd - digitsStart
  if (integerDigits === 0 || integerDigits > MAX_DIGITS || point === end - 1) return null
  // No leading zeros, but `0` (and `0.5`) itself; `-0` is not a way to write zero.
  if (chars.charCodeAt(digitsStart) === 0x30 && integerDigits > 1) return null
  if (digitsStart > start && integerDigits === 1 && chars.charCodeAt(digitsStart) === 0x30 && point === -1) return null
  const value = Number(chars.slice(start, end))
  return Number.isFinite(value) ? value : null
}

/**
 * Enumerate the splits of `run`. `check(values, cell)` is called after each cell is set and
 * returns `false` to prune. At most `limit` candidates and `budget` steps; beyond either the
 * run is `too-complex` (a run that ambiguous is not read at all).
 */
export function splitRun(run: Run, check: (values: number[], cell: number) => boolean, budget = 200_000, limit = 2_000): SplitResult {
  const { chars, hard, cells } = run
  const length = chars.length
  const count = cells.length
  if (count === 0 || length < count || length > count * (MAX_DIGITS + 4)) return { status: 'ok', candidates: [], spans: [] }
  const candidates: number[][] = []
  const spans: number[][] = []
  const values: number[] = new Array<number>(count).fill(0)
  const ends: number[] = new Array<number>(count).fill(0)
  let steps = 0
  let aborted = false

  const walk = (cell: number, start: number): void => {
    if (aborted) return
    if (++steps > budget) {
      aborted = true
      return
    }
    const spec = cells[cell]
    if (spec === undefined) return
    const remaining = count - cell - 1
    const last = remaining === 0
    for (let end = start + 1; end <= length - remaining; end++) {
      // A required cut inside the cell: longer cells cannot work either.
      if (end - 1 > start && hard[end - 1] === true) break
      if (last && end !== length) continue
      if (end - start > MAX_DIGITS + 4) break
      const value = cellValue(chars, start, end, spec.signed, spec.decimal)
      if (value === null) continue
      values[cell] = value
      ends[cell] = end
      if (!check(values, cell)) continue
      if (last) {
        if (candidates.length >= limit) {
          aborted = true
          return
        }
        candidates.push(values.slice())
        spans.push(ends.slice())
      } else walk(cell + 1, end)
      if (aborted) return
    }
  }
  walk(0, 0)
  return aborted ? { status: 'too-complex' } : { status: 'ok', candidates, spans }
}
