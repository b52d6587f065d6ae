import { describe, expect, it } from 'vitest'
import { markdownReader, pipeReader } from '../../src/readers/index.js'
import { cells, offsetsHold, read } from '../helpers/tokens.js'

// LAYOUTS.md §4 and corpus 010: headings, mini-tables, fake headers, padding cells.
const excerpt = [
  '## 三、收到和处理政府信息公开申请情况',
  '| 类别 | 数据1 | 数据2 |',
  '|---|---|',
  '| 一、本年新收政府信息公开申请数量 | 32 | **2** |  |',
  '| a \\| b | 0',
].join('\n')

describe('markdown reader', () => {
  it('reads table cells, skips delimiter rows of any width, drops emphasis', () => {
    const tokens = read(markdownReader, excerpt)
    expect(cells(tokens)).toEqual([
      'label:## 三、收到和处理政府信息公开申请情况',
      'label:类别',
      'label:数据1',
      'label:数据2',
      'label:一、本年新收政府信息公开申请数量',
      'number:32',
      'number:2',
      'label:a \\| b',
      'number:0',
    ])
    expect(offsetsHold(excerpt, tokens)).toBe(true)
  })

  it('keeps an empty padding cell as empty', () => {
    const tokens = read(markdownReader, '| 一 | 1 |  |')
    expect(tokens.map((token) => token.kind)).toEqual(['label', 'number', 'empty'])
  })

  it('beats the pipe reader on GFM tables, and needs a delimiter row for full confidence', () => {
    expect(markdownReader.detect(excerpt, 0, excerpt.length)).toBeGreaterThan(pipeReader.detect(excerpt, 0, excerpt.length))
    const withoutDelimiter = '| a | 1 |\n| b | 2 |'
    expect(markdownReader.detect(withoutDelimiter, 0, withoutDelimiter.length)).toBe(0.5)
  })
})
