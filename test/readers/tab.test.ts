import { describe, expect, it } from 'vitest'
import { pipeReader, tabReader } from '../../src/readers/index.js'
import { cells, offsetsHold, read } from '../helpers/tokens.js'

// LAYOUTS.md §2 (seeds 002, 004).
const excerpt = ['\t(三) 不予公开\t1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1', '(五)\t1.信访举报投诉类申请\t0\t0\t0\t0\t0\t0\t0', '', '\t不予处理\t2.重复申请\t0\t0\t0\t0\t0\t0\t0'].join('\n')

describe('tab reader', () => {
  it('reads cells between tabs, leading tabs as empty cells', () => {
    const tokens = read(tabReader, excerpt)
    expect(cells(tokens).slice(0, 4)).toEqual(['label:(三) 不予公开', 'label:1.属于国家秘密', 'number:1', 'number:0'])
    expect(tokens[0]?.kind).toBe('empty')
    expect(offsetsHold(excerpt, tokens)).toBe(true)
  })

  it('gives the cells of one line the same row', () => {
    const tokens = read(tabReader, excerpt).filter((token) => token.kind !== 'empty')
    const rows = new Set(tokens.slice(0, 9).map((token) => token.row))
    expect(rows.size).toBe(1)
    expect(tokens[9]?.row).not.toBe(tokens[0]?.row)
  })

  it('handles CRLF line ends', () => {
    expect(cells(read(tabReader, '规章\t0\t0\t0\r\n行政规范性文件\t3\t24\t21\r\n'))).toEqual([
      'label:规章',
      'number:0',
      'number:0',
      'number:0',
      'label:行政规范性文件',
      'number:3',
      'number:24',
      'number:21',
    ])
  })

  it('is more confident than the pipe reader on tab text', () => {
    expect(tabReader.detect(excerpt, 0, excerpt.length)).toBeGreaterThan(pipeReader.detect(excerpt, 0, excerpt.length))
  })
})
