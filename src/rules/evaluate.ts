/**
 * Evaluating a balance identity (`equations.ts`) over a flat value lookup.
 *
 * Shared by the validator and by the solver for run-together digits (through `verdict` in
 * `equations.ts`), which calls these in loops: nothing here allocates on the happy path. A value is looked up by flat key; `null`
 * or `undefined` is a blank cell.
 */
import type { Equation } from './equations.js'

/** The value of a flat key, `null`/`undefined` for a blank. */
export type Lookup = (key: string) => number | null | undefined

/**
 * Sum of the values of `keys`; `NaN` when one is blank, unless `blankAsZero`, when blanks
 * count as 0.
 */
export function sumOf(keys: readonly string[], lookup: Lookup, blankAsZero = false): number {
  let sum = 0
  for (let index = 0; index < keys.length; index++) {
    const value = lookup(keys[index] as string)
    if (value === null || value === undefined) {
      if (blankAsZero) continue
      return Number.NaN
    }
    sum += value
  }
  return sum
}

/**
 * `sum(left) − sum(right)`: 0 when the identity holds, `NaN` when it is not assessable
 * (an operand is blank and blanks do not count as 0).
 */
export function residual(equation: Equation, lookup: Lookup, blankAsZero = false): number {
  const left = sumOf(equation.left, lookup, blankAsZero)
  if (Number.isNaN(left)) return left
  return left - sumOf(equation.right, lookup, blankAsZero)
}

/**
 * Is a residual zero: within a millionth. Counts are integers and differ by 1 at least;
 * amounts (万元, four decimals) and a decimal that slipped into a count (which
 * `count-integer` reports) leave rounding errors of binary floating point far below that,
 * which are not failures of the balance.
 */
export function isBalanced(difference: number): boolean {
  return Math.abs(difference) < 1e-6
}

/** The operands of `equation` that are blank, left side first. */
export function blankOperands(equation: Equation, lookup: Lookup): string[] {
  const blanks: string[] = []
  for (const key of equation.left) if (isBlank(lookup(key))) blanks.push(key)
  for (const key of equation.right) if (isBlank(lookup(key))) blanks.push(key)
  return blanks
}

function isBlank(value: number | null | undefined): boolean {
  return value === null || value === undefined
}
