/**
 * The evaluator the validator and the solver share.
 */
import { describe, expect, it } from 'vitest'
import { blankOperands, isBalanced, residual, sumOf } from '../../src/rules/evaluate.js'
import { equations, verdict, type Equation } from '../../src/rules/equations.js'

const equation: Equation = { ruleId: 'test', scope: 'x', left: ['a', 'b'], right: ['c'], operands: ['a', 'b', 'c'] }
const lookup = (values: Record<string, number | null>) => (key: string) => values[key]

describe('evaluate', () => {
  it('sums, and gives NaN for a blank unless blanks count as 0', () => {
    expect(sumOf(['a', 'b'], lookup({ a: 1, b: 2 }))).toBe(3)
    expect(sumOf(['a', 'b'], lookup({ a: 1, b: null }))).toBeNaN()
    expect(sumOf(['a', 'missing'], lookup({ a: 1 }), true)).toBe(1)
    expect(sumOf([], lookup({}))).toBe(0)
  })

  it('gives the residual, the verdict, and the blank operands', () => {
    expect(residual(equation, lookup({ a: 78, b: 0, c: 79 }))).toBe(-1)
    expect(verdict(equation, lookup({ a: 78, b: 1, c: 79 }))).toBe('holds')
    expect(verdict(equation, lookup({ a: 78, b: 0, c: 79 }))).toBe('fails')
    expect(verdict(equation, lookup({ a: 78, b: null, c: 79 }))).toBe('open')
    expect(residual(equation, lookup({ a: 78, b: null, c: 78 }), true)).toBe(0)
    expect(blankOperands(equation, lookup({ a: null, c: null }))).toEqual(['a', 'b', 'c'])
  })

  it('does not fail a balance on the rounding of decimals', () => {
    expect(verdict(equation, lookup({ a: 0.1, b: 0.2, c: 0.3 }))).toBe('holds')
    expect(isBalanced(1e-9)).toBe(true)
    expect(isBalanced(0.5)).toBe(false)
  })

  it('evaluates the real equations of both templates', () => {
    for (const format of ['2021', '2019'] as const) {
      for (const item of equations(format)) expect(verdict(item, () => 0)).toBe('holds')
    }
  })
})
