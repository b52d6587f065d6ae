import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildRun, type CellSpec } from '../../src/solve/run.js'
import { cellValue, splitRun } from '../../src/solve/split.js'
import type { Token } from '../../src/tokens.js'
import { propertyOptions } from '../helpers/property.js'

const token = (text: string): Token => ({ kind: 'digits', text, start: 0, end: text.length })
const cells = (count: number, options: Partial<CellSpec> = {}): CellSpec[] =>
  Array.from({ length: count }, (_, index) => ({ key: `k${index}`, signed: false, decimal: false, ...options }))
/** The row total: the last cell is the sum of the others. */
const rowTotal = (values: number[], cell: number, count: number) => cell < count - 1 || values.slice(0, -1).reduce((a, b) => a + b, 0) === values[count - 1]

describe('cellValue', () => {
  it('refuses leading zeros, except 0 itself', () => {
    expect(cellValue('05', 0, 2, false, false)).toBeNull()
    expect(cellValue('0', 0, 1, false, false)).toBe(0)
    expect(cellValue('0.5', 0, 3, false, true)).toBe(0.5)
  })

  it('takes signs and decimals only where the column allows them', () => {
    expect(cellValue('-18', 0, 3, false, false)).toBeNull()
    expect(cellValue('-18', 0, 3, true, false)).toBe(-18)
    expect(cellValue('-0', 0, 2, true, false)).toBeNull()
    expect(cellValue('3.5', 0, 3, false, false)).toBeNull()
    expect(cellValue('3.', 0, 2, false, true)).toBeNull()
  })

  it('reads the value the digits write, within a run, whatever their length', () => {
    // Integers are summed as they are scanned; they must equal what Number makes of the text.
    fc.assert(
      fc.property(fc.boolean(), fc.integer({ min: 1, max: 999_999_999_999_999 }), fc.boolean(), (negative, magnitude, decimal) => {
        const text = `${negative ? '-' : ''}${magnitude}`
        const padded = `12${text}34`
        expect(cellValue(padded, 2, 2 + text.length, true, decimal)).toBe(Number(text))
        expect(cellValue(`${text}.25`, 0, text.length + 3, true, true)).toBe(Number(`${text}.25`))
      }),
      propertyOptions(),
    )
  })

  it('reads a lone dash, and blank slots ending in a dash, as a blank cell (NaN)', () => {
    expect(cellValue('-', 0, 1, false, false)).toBeNaN()
    expect(cellValue('//-', 0, 3, false, false)).toBeNaN()
    expect(cellValue('/-/', 0, 3, false, false)).toBeNull()
  })
})

describe('splitRun', () => {
  it('splits 21710000218 into 217 1 0 0 0 0 218, the only split whose total holds', () => {
    const result = splitRun(buildRun([token('21710000218')], cells(7)), (values, cell) => rowTotal(values, cell, 7))
    expect(result).toMatchObject({ status: 'ok', candidates: [[217, 1, 0, 0, 0, 0, 218]] })
  })

  it('honours spaces as cell boundaries', () => {
    const result = splitRun(buildRun([token('20 0 00 0 121')], cells(7)), (values, cell) => rowTotal(values, cell, 7))
    expect(result).toMatchObject({ status: 'ok', candidates: [[20, 0, 0, 0, 0, 1, 21]] })
  })

  it('lists every split when nothing constrains them', () => {
    const result = splitRun(buildRun([token('33440')], cells(2)), () => true)
    expect(result.status === 'ok' && result.candidates).toEqual([
      [3, 3440],
      [33, 440],
      [334, 40],
      [3344, 0],
    ])
  })

  it('opens a signed cell at its minus sign', () => {
    const spec = [
      { key: 'previous', signed: false, decimal: false },
      { key: 'change', signed: true, decimal: false },
    ]
    expect(splitRun(buildRun([token('35-15')], spec), () => true)).toMatchObject({ status: 'ok', candidates: [[35, -15]] })
  })

  it('returns at once for a run far too long for its cells', () => {
    const result = splitRun(buildRun([token('1'.repeat(100_000))], cells(7)), () => true)
    expect(result).toEqual({ status: 'ok', candidates: [], spans: [] })
  })

  it('gives up on runs with too many splits instead of working without bound', () => {
    expect(splitRun(buildRun([token('1'.repeat(90))], cells(7)), () => true).status).toBe('too-complex')
  })

  it('weighs a dash before digits as a minus sign and as a blank cell', () => {
    const spec = [
      { key: 'previous', signed: false, decimal: false },
      { key: 'change', signed: true, decimal: false },
      { key: 'decisions', signed: false, decimal: false },
    ]
    const result = splitRun(buildRun([token('35-15')], spec), () => true)
    expect(result.status === 'ok' && result.candidates).toEqual([
      [35, Number.NaN, 15],
      [35, -1, 5],
    ])
  })

  it('takes a run of dashes for one blank cell or several', () => {
    const blank: Token = { kind: 'blank', text: '--', start: 3, end: 5 }
    const result = splitRun(buildRun([token('110'), blank], cells(3)), () => true)
    expect(result.status === 'ok' && result.candidates).toEqual([
      [1, 10, Number.NaN],
      [11, 0, Number.NaN],
      [110, Number.NaN, Number.NaN],
    ])
  })

  it('finds the same splits with the widths of a row total bounded as without', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 2000 }), { minLength: 6, maxLength: 6 }), fc.integer({ min: -2, max: 2 }), (parts, error) => {
        const total = parts.reduce((a, b) => a + b, 0) + error
        if (total < 0) return
        const run = buildRun([token([...parts, total].join(''))], cells(7))
        const check = (values: number[], cell: number) => rowTotal(values, cell, 7)
        // Unbounded, with budget enough to finish: the same candidates, in the same order.
        expect(splitRun(run, check, { groups: [{ first: 0, total: 6 }] })).toEqual(splitRun(run, check, { budget: 5_000_000 }))
      }),
      propertyOptions(300),
    )
  })

  it('finds the same splits when one groups array (a plan\'s, kept) serves runs of several lengths', () => {
    // The groups' index is kept per groups array and cell count: reusing the array for
    // runs of another count must not carry one run's bounds into the next.
    const kept = [{ first: 0, total: 3 }]
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 300 }), { minLength: 3, maxLength: 3 }), fc.integer({ min: 4, max: 6 }), (parts, count) => {
        const digits = [...parts, parts.reduce((a, b) => a + b, 0), ...new Array<number>(count - 4).fill(7)].join('')
        const run = buildRun([token(digits)], cells(count))
        const check = (values: number[], cell: number) => cell !== 3 || values[0]! + values[1]! + values[2]! === values[3]
        expect(splitRun(run, check, { groups: kept })).toEqual(splitRun(run, check, { groups: [{ first: 0, total: 3 }] }))
      }),
      propertyOptions(200),
    )
  })
})
