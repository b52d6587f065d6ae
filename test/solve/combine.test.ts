/**
 * The identities across runs choose among the runs' splits (`solve/combine.ts`): a split no
 * solution uses is dropped, and a blank cell leaves an identity open.
 */
import { describe, expect, it } from 'vitest'
import type { Equation } from '../../src/rules/equations.js'
import { combine } from '../../src/solve/combine.js'
import type { Solved } from '../../src/solve/table.js'

/** A run with the keys `keys` and the splits `candidates` (its tokens and spans are not read here). */
function solved(keys: string[], candidates: number[][]): Solved {
  return { run: {} as Solved['run'], keys, candidates, spans: candidates.map(() => []), hints: [] }
}

/** `left = right[0] + right[1] + …` */
function identity(left: string, right: string[]): Equation {
  return { ruleId: 'test', scope: left, left: [left], right, operands: [left, ...right] }
}

describe('combine', () => {
  const runs = [solved(['a', 'b'], [[1, 23], [12, 3]]), solved(['total'], [[15], [24]])]

  it('keeps the splits some combination balances', () => {
    // a + b = total: 12 + 3 = 15 and 1 + 23 = 24 both balance; b alone ties b to the total.
    expect(combine(runs, [identity('total', ['a', 'b'])], new Map())).toEqual([new Set([0, 1]), new Set([0, 1])])
    // Only 12 + 3 balances with the total read directly as 15.
    const known = new Map([['c', { value: 15, unit: null, start: 0, end: 0 }]])
    expect(combine(runs.slice(0, 1).concat(solved(['d'], [[0], [9]])), [identity('c', ['a', 'b', 'd'])], known)).toEqual([new Set([1]), new Set([0])])
  })

  it('lets a blank cell leave an identity open', () => {
    const blank = [solved(['a', 'b'], [[1, Number.NaN], [12, 3]]), solved(['total'], [[15], [99]])]
    // 1 + blank = anything: every total goes with the first split; 12 + 3 only with 15.
    expect(combine(blank, [identity('total', ['a', 'b'])], new Map())).toEqual([new Set([0, 1]), new Set([0, 1])])
  })

  it('cannot help when no identity spans two runs', () => {
    expect(combine(runs, [identity('total', ['x'])], new Map())).toEqual([null, null])
  })
})
