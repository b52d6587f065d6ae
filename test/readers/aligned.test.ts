import { describe, expect, it } from 'vitest'
import { alignedReader, cellsReader, tabReader } from '../../src/readers/index.js'
import { cells, offsetsHold, read } from '../helpers/tokens.js'

// LAYOUTS.md §6 and corpus 009 (pdftotext -layout).
const excerpt = [
  '一、本年新收政府信息公开申请数量                3001        53       0        0    61       4   3119',
  '      （二）部分公开（区分处理的，只计这一情',
  '                                447         7        0        0        0    0   454',
  '      形，不计其他情形）',
  '结 果   结果',
  '                                          -4-',
  '2 0 0 0 0 0 2',
].join('\n')

describe('aligned reader', () => {
  it('splits cells at runs of two or more spaces', () => {
    const tokens = read(alignedReader, excerpt)
    expect(cells(tokens).slice(0, 8)).toEqual(['label:一、本年新收政府信息公开申请数量', 'number:3001', 'number:53', 'number:0', 'number:0', 'number:61', 'number:4', 'number:3119'])
    expect(offsetsHold(excerpt, tokens)).toBe(true)
  })

  it('keeps one space inside a label, and splits single-spaced numbers', () => {
    const texts = cells(read(alignedReader, excerpt))
    expect(texts).toContain('label:结 果')
    expect(texts).toContain('label:-4-')
    expect(texts.slice(-7)).toEqual(['number:2', 'number:0', 'number:0', 'number:0', 'number:0', 'number:0', 'number:2'])
  })

  it('is the most confident reader for pdftotext -layout text', () => {
    const aligned = alignedReader.detect(excerpt, 0, excerpt.length)
    expect(aligned).toBeGreaterThan(cellsReader.detect(excerpt, 0, excerpt.length))
    expect(aligned).toBeGreaterThan(tabReader.detect(excerpt, 0, excerpt.length))
  })

  it('leaves tab-separated lines to the tab reader', () => {
    const tabs = '规章\t1\t0\t11\n行政规范性文件\t8\t26\t66'
    expect(alignedReader.detect(tabs, 0, tabs.length)).toBe(0)
  })
})
