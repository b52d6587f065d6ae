/**
 * Rows written with single spaces (a tight `pdftotext -layout`, a viewer's copy):
 * `一、本年新收政府信息公开申请数量 101 0 0 0 0 0 101`.
 */
import { describe, expect, it } from 'vitest'
import { flattenReport, parseReport } from '../../src/index.js'
import { ArraySink, pushSpacedCell, type Token } from '../../src/tokens.js'
import { expectedValues, fixtures } from '../helpers/fixtures.js'

const split = (text: string) => {
  const tokens: Token[] = []
  pushSpacedCell(new ArraySink(tokens, text), text, 0, text.length)
  return tokens.map((token) => `${token.kind}:${token.text}`)
}

describe('pushSpacedCell', () => {
  it('splits a label from the numbers after it', () => {
    expect(split('(七) 总计 78 0 0 0 0 0 78')).toEqual(['label:(七) 总计', 'number:78', 'number:0', 'number:0', 'number:0', 'number:0', 'number:0', 'number:78'])
    expect(split('行政许可 101458')).toEqual(['label:行政许可', 'number:101458'])
  })

  it('splits a line of numbers, but not one number or a label alone', () => {
    expect(split('2 3 0 0 5')).toEqual(['number:2', 'number:3', 'number:0', 'number:0', 'number:5'])
    expect(split('3135.6')).toEqual(['number:3135.6'])
    expect(split('第二十条 第(一)项')).toEqual(['label:第二十条 第(一)项'])
  })

  it('leaves running text that ends with a number alone', () => {
    expect(split('均在法定期限内予以答复。政府信息公开行政复议 351')).toEqual(['prose:均在法定期限内予以答复。政府信息公开行政复议 351'])
  })
})

describe('a report whose rows are written with single spaces', () => {
  it('reads every value of seed 002 rewritten that way', () => {
    const fixture = fixtures('seeds').find((item) => item.name.startsWith('002'))!
    const text = fixture.input
      .split('\n')
      .map((line) => (line.includes('\t') ? line.split('\t').map((cell) => cell.trim()).filter(Boolean).join(' ') : line))
      .join('\n')
    const flat = flattenReport(parseReport(text))
    const expected = Object.fromEntries(expectedValues(fixture))
    expect(Object.fromEntries(Object.keys(expected).map((key) => [key, flat[key]]))).toEqual(expected)
  })
})
