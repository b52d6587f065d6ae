import { describe, expect, it } from 'vitest'
import { regroup } from '../../src/solve/regroup.js'

const balances = (values: number[]) => (group: readonly number[]) =>
  group.slice(0, -1).reduce((sum, index) => sum + (values[index] as number), 0) === values[group[group.length - 1] as number]

describe('regroup', () => {
  it('regroups the scrambled 四 of corpus 008 and orders groups by their totals', () => {
    const values = [72, 64, 178, 37, 12, 1, 1, 6, 351, 13, 4, 8, 1, 26, 20]
    const breaks = [true, false, false, false, true, false, false, false, true, true, false, false, false, false, true]
    const groups = regroup(values.length, breaks, 3, 5, balances(values), (index) => values[index] as number)
    expect(groups?.map((group) => group.map((index) => values[index]))).toEqual([
      [72, 64, 178, 37, 351],
      [13, 4, 8, 1, 26],
      [12, 1, 1, 6, 20],
    ])
  })

  it('keeps row-major text as it is', () => {
    const values = [1, 1, 0, 2, 4, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1]
    const groups = regroup(values.length, [true, ...new Array(14).fill(false)], 3, 5, balances(values), (index) => values[index] as number)
    expect(groups).toEqual([
      [0, 1, 2, 3, 4],
      [5, 6, 7, 8, 9],
      [10, 11, 12, 13, 14],
    ])
  })

  it('refuses when groupings giving different numbers balance (no run structure to tell)', () => {
    const values = [72, 64, 178, 37, 12, 1, 1, 6, 351, 13, 4, 8, 1, 26, 20]
    expect(regroup(values.length, new Array(15).fill(true), 3, 5, balances(values), (index) => values[index] as number)).toBeNull()
  })

  it('counts groupings that only swap equal values as one', () => {
    const values = [1, 1, 1, 1, 4, 1, 1, 1, 1, 4, 1, 1, 1, 1, 4]
    expect(regroup(values.length, new Array(15).fill(true), 3, 5, balances(values), (index) => values[index] as number)).not.toBeNull()
  })

  it('refuses a count that is not the table size', () => {
    expect(regroup(14, new Array(14).fill(true), 3, 5, () => true, () => 0)).toBeNull()
  })
})
