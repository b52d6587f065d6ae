import { describe, expect, it } from 'vitest'
import { classify, readNumber } from '../src/tokens.js'

describe('readNumber', () => {
  it.each([
    ['0', 0, null],
    ['101458', 101458, null],
    ['3135.6', 3135.6, null],
    ['1,234,567', 1234567, null],
    ['-15', -15, null],
    ['减4', -4, null],
    ['增3', 3, null],
    ['251000元', 251000, '元'],
    ['73802895.90 元', 73802895.9, '元'],
    ['12件', 12, '件'],
  ])('reads %s', (cell, value, unit) => {
    expect(readNumber(cell)).toEqual({ value, unit })
  })

  it.each(['', '-', '1.', '.5', '1,23', '12,3456', '1 2', '12%', '第1', '1234567890123456', 'abc', '2024年'])('refuses %j', (cell) => {
    expect(readNumber(cell)).toBeNull()
  })
})

describe('classify', () => {
  it.each([
    ['', 'empty'],
    ['/', 'blank'],
    ['-', 'blank'],
    ['无', 'blank'],
    ['78', 'number'],
    ['（七）总计', 'label'],
    ['2024年，我县坚持以习近平新时代中国特色社会主义思想为指导。', 'prose'],
  ])('%j is %s', (cell, kind) => {
    expect(classify(cell)).toBe(kind)
  })
})
