import { describe, expect, it } from 'vitest'
import { cellsReader, markdownReader, pipeReader, tabReader } from '../../src/readers/index.js'
import { cells, offsetsHold, read } from '../helpers/tokens.js'

// LAYOUTS.md §1 (seed 003).
const excerpt = ['发布机构 | 连云区人民政府办公室 | 发文日期 | 2025-02-20 |', '一、本年新收政府信息公开申请数量 |', '65 |', '3 |', '|||', '0 |'].join('\n')

describe('pipe reader', () => {
  it('reads each cell ended by a pipe', () => {
    const tokens = read(pipeReader, excerpt)
    expect(cells(tokens)).toEqual([
      'label:发布机构',
      'label:连云区人民政府办公室',
      'label:发文日期',
      'label:2025-02-20',
      'label:一、本年新收政府信息公开申请数量',
      'number:65',
      'number:3',
      'number:0',
    ])
    expect(offsetsHold(excerpt, tokens)).toBe(true)
  })

  it('keeps runs of pipes as empty cells of their line', () => {
    const tokens = read(pipeReader, '|||')
    expect(tokens.map((token) => token.kind)).toEqual(['empty', 'empty', 'empty'])
    expect(new Set(tokens.map((token) => token.row)).size).toBe(1)
  })

  it('reads text after the last pipe as a cell', () => {
    expect(cells(read(pipeReader, '标 题 | 报告 | 尾'))).toEqual(['label:标 题', 'label:报告', 'label:尾'])
  })

  it('is the most confident reader for pipe text', () => {
    const scores = [pipeReader, tabReader, markdownReader, cellsReader].map((reader) => reader.detect(excerpt, 0, excerpt.length))
    expect(scores[0]).toBe(Math.max(...scores))
    expect(scores[0]).toBeGreaterThan(0.5)
  })
})
