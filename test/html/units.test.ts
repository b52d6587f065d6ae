/**
 * The small pieces of the HTML reader: spans, the grid, whitespace, chrome, the view's
 * builder and locator.
 */
import { html, Token } from 'parse5'
import { describe, expect, it } from 'vitest'
import { collapse } from '../../src/markup/collapse.js'
import { isChrome } from '../../src/html/chrome.js'
import { parseSpan, placeCells, type GridCell, type GridRow } from '../../src/html/grid.js'
import { ViewBuilder } from '../../src/html/view.js'
import { createViewLocator } from '../../src/html/view-locator.js'

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

describe('isChrome', () => {
  /** A start tag as parse5 emits it. */
  function tag(tagName: string, attrs: Record<string, string> = {}): Token.TagToken {
    return { type: Token.TokenType.START_TAG, tagName, tagID: html.getTagID(tagName), selfClosing: false, ackSelfClosing: false, attrs: Object.entries(attrs).map(([name, value]) => ({ name, value })), location: null }
  }

  it('knows elements that are never content, and hidden ones', () => {
    expect(isChrome(tag('nav'))).toBe(true)
    expect(isChrome(tag('div', { hidden: '' }))).toBe(true)
    expect(isChrome(tag('div', { role: ' Navigation ' }))).toBe(true)
    expect(isChrome(tag('br', { hidden: '' }))).toBe(false)
    expect(isChrome(tag('p'))).toBe(false)
  })

  it('reads display:none in a style however it is written', () => {
    for (const style of ['display:none', 'color:red; DISPLAY : NONE', 'display:\u00a0none', 'mso-display:none']) expect(isChrome(tag('div', { style })), style).toBe(true)
    for (const style of ['font-family:宋体; color:navy', 'display: block', 'display:', 'none', '']) expect(isChrome(tag('span', { style })), style).toBe(false)
  })
})

describe('the view builder', () => {
  /** A builder over `html` with all of it written as text. */
  function built(html: string): ViewBuilder {
    const view = new ViewBuilder(html)
    view.text(0, html.length, 'normal')
    return view
  }

  it('grows past its first capacity, keeping every place', () => {
    const html = `${'规'.repeat(100)}<p>${'章'.repeat(100)}`
    const view = new ViewBuilder(html)
    view.text(0, 100, 'normal')
    view.lineBreak(100, 103)
    view.text(103, html.length, 'normal')
    expect(view.finish()).toBe(`${'规'.repeat(100)}\n${'章'.repeat(100)}`)
    expect(view.starts[101]).toBe(103)
    expect([view.starts[100], view.ends[100]]).toEqual([100, 103])
  })

  it('collapses a cell as it reads, judged on normalized characters', () => {
    const html = 'x 本年新\n制作\u00a0数量 ， 12 件 '
    const view = built(html)
    expect(view.collapseCell(1, 80)).toBe('text')
    // `，` is `,` once normalized, and `2` is not wide: the spaces around them stay.
    expect(view.finish()).toBe('x本年新制作数量 ， 12 件')
    expect(view.starts[3]).toBe(html.indexOf('新'))
    // Too long: left as it was.
    const long = built('x 12 34')
    expect(long.collapseCell(1, 3)).toBe('no')
    expect(long.finish()).toBe('x 12 34')
  })

  it('keeps the blanks of a cell of blanks only', () => {
    const html = 'x &nbsp; &nbsp; '
    const view = built(html)
    expect(view.collapseCell(1, 80)).toBe('blanks')
    expect(view.finish()).toBe('x\u00a0 \u00a0')
    expect([view.starts[1], view.ends[3]]).toEqual([2, 15])
  })

  it('restores a mark, with the line break the left-out part held', () => {
    const html = 'ab cd<p>ef'
    const view = new ViewBuilder(html)
    view.text(0, 3, 'normal')
    const mark = view.mark()
    view.text(3, 5, 'normal')
    view.lineBreak(5, 8)
    view.text(8, 10, 'normal')
    view.restore(mark)
    view.text(3, 5, 'normal')
    expect(view.finish()).toBe('ab\ncd')
  })
})

describe('the view locator', () => {
  const html = '<h1>标题</h1>\n<p>正文&amp;完</p>'
  const view = new ViewBuilder(html)
  view.text(4, 6, 'normal')
  view.lineBreak(6, 11)
  view.text(15, 23, 'normal')
  const text = view.finish()
  const map = { starts: view.starts, ends: view.ends, length: view.length }

  it('places a span from its first character to the end of its last', () => {
    expect(text).toBe('标题\n正文&完')
    const locator = createViewLocator(html, text, map, 0, text.length)
    const place = locator.position(3, 6)
    expect(html.slice(place.start.offset, place.end.offset)).toBe('正文&amp;')
    expect(place.start).toEqual({ line: 2, column: 4, offset: 15 })
    expect(locator.point(0)).toEqual({ line: 1, column: 5, offset: 4 })
  })

  it('cuts a span to its text, and places an empty span after the character before it', () => {
    const locator = createViewLocator(html, text, map, 0, text.length)
    const place = locator.position(0, 3)
    expect(html.slice(place.start.offset, place.end.offset)).toBe('标题')
    expect(locator.position(2, 2).start.offset).toBe(6)
  })

  it('places offsets of a part of the view', () => {
    const part = text.slice(3)
    const locator = createViewLocator(html, part, map, 3, text.length)
    const place = locator.position(0, part.length)
    expect(html.slice(place.start.offset, place.end.offset)).toBe('正文&amp;完')
    // Beyond the part: its end.
    expect(locator.position(0, 99).end.offset).toBe(23)
  })
})
