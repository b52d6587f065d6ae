/**
 * The small pieces of the HTML reader: spans, the grid, whitespace, blanking.
 */
import { describe, expect, it } from 'vitest'
import { collapse } from '../../src/markup/collapse.js'
import { parseSpan, placeCells, type GridCell, type GridRow } from '../../src/html/grid.js'
import { blank, overwrite } from '../../src/html/spaces.js'

describe('parseSpan', () => {
  it('reads spans as HTML does', () => {
    expect(parseSpan(null, 'colspan')).toBe(1)
    expect(parseSpan(' 3', 'colspan')).toBe(3)
    expect(parseSpan('2px', 'rowspan')).toBe(2)
    expect(parseSpan('x', 'rowspan')).toBe(1)
    expect(parseSpan('0', 'colspan')).toBe(1)
    expect(parseSpan('0', 'rowspan')).toBe(65534)
    expect(parseSpan('99999', 'colspan')).toBe(1000)
  })
})

describe('placeCells', () => {
  function grid(spec: [number, number][][], groups: number[] = [0]): number[][] {
    const rows: GridRow<GridCell>[] = spec.map((cells, index) => ({
      group: groups.includes(index),
      cells: cells.map(([rowspan, colspan]) => ({ rowspan, colspan, column: -1 })),
    }))
    placeCells(rows)
    return rows.map((row) => row.cells.map((cell) => cell.column))
  }

  it('expands rowspan and colspan (table 三 head)', () => {
    // (note colspan 3 rowspan 3) (申请人情况 colspan 7) / 自然人 rowspan 2, 法人 colspan 5, 总计 rowspan 2 / five.
    expect(grid([[[3, 3], [1, 7]], [[2, 1], [1, 5], [2, 1]], [[1, 1], [1, 1], [1, 1], [1, 1], [1, 1]]])).toEqual([
      [0, 3],
      [3, 4, 9],
      [4, 5, 6, 7, 8],
    ])
  })

  it('skips columns held by a vertical label', () => {
    expect(grid([[[3, 1], [1, 2], [1, 1]], [[1, 1], [1, 1], [1, 1]], [[1, 1], [1, 1]]])).toEqual([
      [0, 1, 3],
      [1, 2, 3],
      [1, 2],
    ])
  })

  it('ends spans at a row group', () => {
    expect(grid([[[2, 1], [1, 1]], [[1, 1], [1, 1]]], [0, 1])).toEqual([
      [0, 1],
      [0, 1],
    ])
  })
})

describe('collapse', () => {
  it('drops whitespace between Chinese characters, keeps one space elsewhere', () => {
    expect(collapse('  社会\n 公益\u00a0\u3000组织 ')).toBe('社会公益组织')
    expect(collapse('251000  元')).toBe('251000 元')
    expect(collapse('Word   文档 ')).toBe('Word 文档')
    expect(collapse('危及 “三安全一稳定”')).toBe('危及“三安全一稳定”')
  })

  it('keeps paragraphs apart when asked', () => {
    expect(collapse('第一段。  \n\n  第二段', true)).toBe('第一段。\n第二段')
    expect(collapse('第一段。  \n\n  第二段')).toBe('第一段。第二段')
  })
})

describe('blank and overwrite', () => {
  it('blank keeps the length and the line breaks', () => {
    expect(blank('ab\ncd\nef', [{ start: 1, end: 5 }])).toBe('a \n  \nef')
    expect(blank('abcdef', [{ start: 0, end: 2 }, { start: 1, end: 4 }])).toBe('    ef')
  })

  it('overwrite writes a text at the start of its span and pads it', () => {
    expect(overwrite('<p>ab</p>', [{ start: 1, end: 8, text: 'xyz' }])).toBe('<xyz    >')
    // Too long for its span: left alone.
    expect(overwrite('abc', [{ start: 0, end: 1, text: 'xy' }])).toBe('abc')
  })
})
