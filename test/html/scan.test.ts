/**
 * The one pass over a page: the view (the page's text, each character placed in the HTML),
 * and the table cells as tokens over it.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scanHtml, scanWith, type MarkupReader, type Scan } from '../../src/html/scan.js'
import { fixtures } from '../helpers/fixtures.js'
import { normalize } from '../../src/normalize.js'
import { createViewLocator } from '../../src/html/view-locator.js'
import { propertyOptions } from '../helpers/property.js'

/** The HTML a span of the view stands for. */
function source(html: string, scan: Scan, start: number, end: number): string {
  const place = createViewLocator(html, scan.view, scan.map, 0, scan.view.length).position(start, end)
  return html.slice(place.start.offset, place.end.offset)
}

describe('the view', () => {
  it('is the page text: markup left out, block boundaries as line breaks', () => {
    const html = '<div><p>规章</p><br>年度<b>报告</b>内容</div>'
    const scan = scanHtml(html)
    expect(scan.view).toBe('规章\n年度报告内容')
    // Each character stands for itself in the HTML; the line break for the tag that made it.
    expect([...scan.view].map((_, index) => html.slice(scan.map.starts[index], scan.map.ends[index]))).toEqual(['规', '章', '</p>', '年', '度', '报', '告', '内', '容'])
  })

  it('decodes references, each one character placed on the whole reference', () => {
    const html = '<p>A&nbsp;B &#8220;x&#x201D; &amp;&lt;&notit; &foo; &</p>'
    const scan = scanHtml(html)
    // `&not` without its semicolon is a reference in text (legacy), as browsers read it.
    expect(scan.view).toBe('A\u00a0B “x” &<¬it; &foo; &')
    expect(source(html, scan, 1, 2)).toBe('&nbsp;')
    expect(source(html, scan, 4, 7)).toBe('&#8220;x&#x201D;')
    expect(source(html, scan, 8, 11)).toBe('&amp;&lt;&not')
  })

  it('collapses whitespace as a browser does, and keeps NBSP', () => {
    const html = '<p>  251000 \n 元 <span> Word </span>  文档\n</p><p>社会\n  公益&nbsp; &nbsp;组织</p>'
    expect(scanHtml(html).view).toBe('251000 元 Word 文档\n社会公益\u00a0 \u00a0组织')
  })

  it('reads a line split over inline markup whole', () => {
    const html = '<p><span style="font-family:黑体">二、主动公开</span><span lang=EN-US>政府信息</span>情况&nbsp;</p><p>主动公开\n政府信息 情况</p>'
    const { view } = scanHtml(html)
    expect(view.startsWith('二、主动公开政府信息情况\u00a0\n')).toBe(true)
    // A source line break between Chinese characters goes; a space stays.
    expect(view).toContain('主动公开政府信息 情况')
  })

  it('keeps the text of <pre> as written', () => {
    const html = '<p>表</p><pre>规章  5\n  规范性文件 &lt;3</pre>'
    expect(scanHtml(html).view).toBe('表\n规章  5\n  规范性文件 <3')
  })

  it('leaves out scripts, styles, comments and the title, where "<p>" is not a tag', () => {
    const html = '<title>标题</title><style>td{}</style><script>var a = "<p>二、主动公开</p>"</script><!-- 注释 --><p>正文</p>'
    expect(scanHtml(html).view).toBe('正文')
  })

  it('leaves out chrome, and keeps chrome that is never closed', () => {
    expect(scanHtml('<p>正文 <button>分享</button>结束</p><nav><p>首页</p></nav>尾').view).toBe('正文 结束\n尾')
    expect(scanHtml('<p>正文</p><div hidden>一<div>二</div>三</div><p>尾</p>').view).toBe('正文\n尾')
    expect(scanHtml('<p>正文</p><nav><p>首页').view).toBe('正文\n首页')
  })

  it('drops a tag the page ends in, as parse5 does', () => {
    expect(scanHtml('<p>正文</p>尾<p class="x').view).toBe('正文\n尾')
  })

  it('places through CRLF', () => {
    const html = '<p>第一行</p>\r\n<p>第二&nbsp;行</p>'
    const scan = scanHtml(html)
    expect(scan.map.starts[scan.view.indexOf('第二')]).toBe(html.indexOf('第二'))
  })

  it('places every character in the HTML, in order, whatever the input (property)', () => {
    const piece = fc.constantFrom(
      '<p>', '</p>', '<td rowspan="2">', '</td>', '<tr>', '<table>', '</table>', '<br/>', '&nbsp;', '&amp', '&#x1F600;', '&#8220;',
      '<script>', '</script>', '<!--', '-->', '<', '>', '&', '\r\n', '规章', '12', ' ', '<title>', '<style>', '</style>', '<nav>', '</nav>',
      '<textarea>', '<plaintext>', '<svg><title>', '<![CDATA[x]]>', '<!DOCTYPE html>', '<div hidden>', '</div>', '<pre>', '</pre>', '<xmp>',
    )
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 40 }), (pieces) => {
        const html = pieces.join('')
        const scan = scanHtml(html)
        const { view, normalized, map } = scan
        expect(map.length).toBe(view.length)
        expect(normalized).toBe(normalize(view))
        let previous = 0
        for (let index = 0; index < view.length; index++) {
          const start = map.starts[index] as number
          const end = map.ends[index] as number
          expect(start).toBeGreaterThanOrEqual(previous)
          expect(end).toBeGreaterThan(start)
          expect(end).toBeLessThanOrEqual(html.length)
          // A character read as written stands for itself.
          const code = view.charCodeAt(index)
          if (end - start === 1 && code > 0x20) expect(html.charCodeAt(start)).toBe(code)
          previous = start
        }
        for (const cell of scan.cells) {
          expect(cell.start).toBeGreaterThanOrEqual(0)
          expect(cell.end).toBeGreaterThanOrEqual(cell.start)
          expect(cell.end).toBeLessThanOrEqual(view.length)
        }
      }),
      propertyOptions(300),
    )
  })
})

describe('table cells', () => {
  const html =
    '<table><tr><td></td><td colspan="2">本年新<br />制作数量</td></tr>' +
    '<tr><td rowspan="2"><p>三、本</p><p>年<span>度办</span>\n &nbsp; &nbsp;</p><p>理结果</p></td><td>&nbsp;</td><td>12</td></tr>' +
    '<tr><td>/</td><td> 4 </td></tr></table>'
  const scan = scanHtml(html)
  const { cells } = scan

  it('gives one token per cell, in document order, whatever it spans', () => {
    expect(cells.map((cell) => cell.text)).toEqual(['', '本年新制作数量', '三、本年度办理结果', '', '12', '/', '4'])
  })

  it('joins a label split over <p>, <span> and <br>', () => {
    expect(cells[2]).toMatchObject({ kind: 'label', text: '三、本年度办理结果' })
  })

  it('tells a blank value from an empty corner', () => {
    expect(cells.map((cell) => cell.kind)).toEqual(['empty', 'label', 'label', 'blank', 'number', 'blank', 'number'])
  })

  it('slices the view to each cell text (a cell of blanks to its blanks)', () => {
    for (const cell of cells) expect(scan.normalized.slice(cell.start, cell.end).trim()).toBe(cell.text)
    expect(scan.view).toContain('本年新制作数量')
    expect(scan.view).toContain('三、本年度办理结果')
  })

  it('reads colspan: the empty cells under a wide label are not values', () => {
    const wide = scanHtml('<table><tr><td class="x" colspan="3">一、本年新收</td><td>5</td></tr><tr><td></td><td></td><td></td><td></td></tr></table>')
    expect(wide.cells.map((cell) => cell.kind)).toEqual(['label', 'number', 'empty', 'empty', 'empty', 'blank'])
  })

  it('places each cell on its content in the HTML, and its row on the <tr>', () => {
    expect(source(html, scan, cells[4]!.start, cells[4]!.end)).toBe('12')
    expect(source(html, scan, cells[6]!.start, cells[6]!.end)).toBe('4')
    expect(source(html, scan, cells[2]!.start, cells[2]!.end)).toBe('三、本</p><p>年<span>度办</span>\n &nbsp; &nbsp;</p><p>理结果')
    expect(source(html, scan, cells[3]!.start, cells[3]!.end)).toBe('&nbsp;')
    // An empty cell: the empty span right after its <td>.
    const empty = createViewLocator(html, scan.view, scan.map, 0, scan.view.length).position(cells[0]!.start, cells[0]!.end)
    expect(empty.start.offset).toBe(html.indexOf('<td></td>') + 4)
    expect(empty.end.offset).toBe(empty.start.offset)
    expect(html.startsWith('<tr>', cells[4]!.row)).toBe(true)
    expect(cells[3]!.row).toBe(cells[4]!.row)
  })

  it('keeps an empty last cell off the start of the line after the table', () => {
    const page = scanHtml('<table><tr><td>规章</td><td></td></tr></table><p>三、收到</p>')
    expect(page.cells[1]!.end).toBeLessThan(page.view.indexOf('三'))
  })

  it('places each digit of a cell split over markup', () => {
    const split = '<table><tr><td>规章</td><td><span>1</span>2&#51;</td></tr></table>'
    const read = scanHtml(split)
    const cell = read.cells[1]!
    expect(cell.text).toBe('123')
    expect([0, 1, 2].map((index) => source(split, read, cell.start + index, cell.start + index + 1))).toEqual(['1', '2', '&#51;'])
  })

  it('closes cells and rows HTML leaves open', () => {
    const open = scanHtml('<table><tr><td>规章<td>1<td>2<tr><td>规范性文件<td>3<td>4</table>')
    expect(open.cells.map((cell) => `${cell.text}@${cell.row}`)).toEqual(['规章@7', '1@7', '2@7', '规范性文件@27', '3@27', '4@27'])
  })

  it('keeps the cells of a nested table apart from the layout cell around it', () => {
    const nested = scanHtml('<table><tr><td>正文<table><tr><td>规章</td><td>5</td></tr></table>结束</td></tr></table>')
    expect(nested.cells.map((cell) => cell.text)).toEqual(['正文结束', '规章', '5'])
    expect(nested.view).toBe('\n正文\n规章\n5\n结束')
  })

  it('leaves out the cells of chrome', () => {
    const page = scanHtml('<nav><table><tr><td>首页</td></tr></table></nav><table><tr><td>规章</td><td>5</td></tr></table>')
    expect(page.cells.map((cell) => cell.text)).toEqual(['规章', '5'])
    expect(page.tables).toHaveLength(1)
  })
})

/** Everything a scan yields, as plain data (the map's arrays to its length). */
function yielded(html: string, reader: MarkupReader): unknown {
  const scan = scanWith(html, reader)
  if (scan === null) return null
  const { view, normalized, map, cells, containers, tables, images } = scan
  const result = { view, normalized, starts: [...map.starts.subarray(0, map.length)], ends: [...map.ends.subarray(0, map.length)], cells, containers, tables, images }
  scan.release()
  return result
}

describe('the direct markup reader', () => {
  it('yields what parse5 yields on the corpus pages', () => {
    for (const page of fixtures('corpus').filter((fixture) => fixture.extension === 'html')) {
      const direct = yielded(page.input, 'direct')
      expect(direct).not.toBeNull()
      expect(direct).toEqual(yielded(page.input, 'parse5'))
    }
  })

  it('reads a script\'s escaped text as the standard does', () => {
    // After "<!--<script>", "</script>" is text; "-->" ends the escape.
    for (const html of ['<script><!--<script></script>x</script><p>正文</p>', '<script><!-- a --></script><p>正文</p>', '<script><!--<script>--></script><p>正文</p>']) {
      expect(scanWith(html, 'direct')).not.toBeNull()
      expect(yielded(html, 'direct')).toEqual(yielded(html, 'parse5'))
      expect(scanHtml(html).view).toBe('正文')
    }
    // "<script" after "-->" is no double escape, nor is "<b>"; "</scripty>" does not leave one.
    const ends = { '<script><!-- --><script></script>x</script><p>正文</p>': 'x\n正文', '<script><!--<b></script>x</script><p>正文</p>': 'x\n正文', '<script><!--<script></scripty></script>x</script><p>正文</p>': '正文' }
    for (const [html, view] of Object.entries(ends)) {
      expect(yielded(html, 'direct')).toEqual(yielded(html, 'parse5'))
      expect(scanHtml(html).view).toBe(view)
    }
  })

  it('leaves <plaintext> to parse5', () => {
    expect(scanWith('<plaintext><p>正文', 'direct')).toBeNull()
    expect(scanHtml('<plaintext><p>正文').view).toBe('<p>正文')
  })

  it('yields what parse5 yields on any page it reads (property)', () => {
    const piece = fc.constantFrom(
      '<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<TD ROWSPAN=2>', '<td colspan="3" style="x">', '<th>', '<tbody>', '<p>', '</p>', '<br/>',
      '<div hidden>', '</div>', '<nav>', '</nav>', '<span style="display:none">', '<span style="display:&#110;one">', '</span>', '<img src=x>',
      '<script>', '</script>', '<style>', '</STYLE>', '<title>', '</title>', '<pre>', '</pre>', '<xmp>', '</xmp>', '<!--', '-->', '<!---->', '<!DOCTYPE html>',
      '<![if !vml]>', '<![endif]>', '<?xml?>', '</ x>', '&nbsp;', '&amp', '规章', '12', ' ', '\r\n', '\u0000', '<', '>', '<p class="', '"',
      '<script><!--', '<!--<script>', '--></script>', '<script', '-',
    )
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 40 }), (pieces) => {
        const html = pieces.join('')
        const direct = yielded(html, 'direct')
        if (direct === null) expect(html).toMatch(/<plaintext/i)
        else expect(direct).toEqual(yielded(html, 'parse5'))
      }),
      propertyOptions(300),
    )
  })
})
