/**
 * Evaluating a balance identity (`equations.ts`) over a flat value lookup.
 *
 * Shared by the validator and by the solver for run-together digits, which calls these in
 * loops: nothing here allocates on the happy path. A value is looked up by flat key; `null`
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
 * Is a residual zero. Counts are integers and compare exactly; a decimal that slipped into
 * a count (which `count-integer` reports) may leave a rounding error of binary floating
 * point, which is not a failure of the balance.
 */
export function isBalanced(difference: number, scale = 1): boolean {
  return Math.abs(difference) <= 1e-9 * Math.max(1, Math.abs(scale))
}

/** Does `equation` hold: `true`, `false`, or `null` when it is not assessable. */
export function holds(equation: Equation, lookup: Lookup, blankAsZero = false): boolean | null {
  const left = sumOf(equation.left, lookup, blankAsZero)
  const right = sumOf(equation.right, lookup, blankAsZero)
  if (Number.isNaN(left) || Number.isNaN(right)) return null
  return isBalanced(left - right, Math.max(Math.abs(left), Math.abs(right)))
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
