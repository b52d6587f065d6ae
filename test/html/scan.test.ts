/**
 * The one pass over a page: the same-length view, and the table cells as tokens.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scanHtml } from '../../src/html/scan.js'
import { propertyOptions } from '../helpers/property.js'

describe('the view', () => {
  it('has the HTML length, tags as spaces, block boundaries as line breaks', () => {
    const html = '<div><p>规章</p><br>年度<b>报告</b>内容比较长的一段文字，足足超过八十个字符才不会被当作短行整行写入视图，所以它的每个字符都在原处：一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十</div>'
    const { view } = scanHtml(html)
    expect(view).toHaveLength(html.length)
    expect(view.startsWith('\n    \n  规章\n   \n   年度   报告    内容')).toBe(true)
    expect(view.endsWith('十\n     ')).toBe(true)
  })

  it('decodes references in place, padded to their length', () => {
    const long = '这是一段足够长的文字，用来说明：超过八十个字符的段落不会整行改写。'.repeat(3)
    const html = `<p>${long}A&nbsp;B &#8220;x&#x201D; &amp;&lt;&notit; &foo; &</p>`
    const { view, padding } = scanHtml(html)
    expect(view).toHaveLength(html.length)
    const at = html.indexOf('A&nbsp;')
    expect(view.slice(at, at + 8)).toBe('A\u00a0     B')
    expect(view[html.indexOf('&#8220;')]).toBe('“')
    expect(view[html.indexOf('&#x201D;')]).toBe('”')
    // `&not` without its semicolon is a reference in text (legacy), as browsers read it.
    expect(view).toContain('&    <   ¬   it; &foo; &')
    expect(padding[0]).toEqual({ start: at + 2, end: at + 7 })
  })

  it('writes a short line with inline markup whole, where it starts', () => {
    const html = '<p><span style="font-family:黑体">二、主动公开</span><span lang=EN-US>政府信息</span>情况&nbsp;</p><p>主动公开\n政府信息 情况</p>'
    const { view } = scanHtml(html)
    expect(view).toHaveLength(html.length)
    const at = html.indexOf('二、')
    expect(view.slice(at, at + 13)).toBe('二、主动公开政府信息情况\u00a0')
    // A source line break between Chinese characters goes; a space stays.
    expect(view).toContain('主动公开政府信息 情况')
  })

  it('blanks scripts, styles, comments and the title, where "<p>" is not a tag', () => {
    const html = '<title>标题</title><style>td{}</style><script>var a = "<p>二、主动公开</p>"</script><!-- 注释 --><p>正文</p>'
    const { view } = scanHtml(html)
    expect(view.replace(/\s/g, '')).toBe('正文')
  })

  it('keeps offsets through CRLF', () => {
    const html = '<p>第一行</p>\r\n<p>第二&nbsp;行</p>'
    const { view } = scanHtml(html)
    expect(view).toHaveLength(html.length)
    expect(view.indexOf('第二')).toBe(html.indexOf('第二'))
  })

  it('never moves an offset, whatever the input (property)', () => {
    const piece = fc.constantFrom(
      '<p>', '</p>', '<td rowspan="2">', '</td>', '<tr>', '<table>', '</table>', '<br/>', '&nbsp;', '&amp', '&#x1F600;', '&#8220;',
      '<script>', '</script>', '<!--', '-->', '<', '>', '&', '\r\n', '规章', '12', ' ', '<title>', '<style>', '</style>', '<nav>', '</nav>',
      '<textarea>', '<plaintext>', '<svg><title>', '<![CDATA[x]]>', '<!DOCTYPE html>', '<div hidden>', '</div>',
    )
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 40 }), (pieces) => {
        const html = pieces.join('')
        const scan = scanHtml(html)
        expect(scan.view).toHaveLength(html.length)
        for (const cell of scan.cells) {
          expect(cell.start).toBeGreaterThanOrEqual(0)
          expect(cell.end).toBeGreaterThanOrEqual(cell.start)
          expect(cell.end).toBeLessThanOrEqual(html.length)
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
    '<tr><td>/</td><td>4</td></tr></table>'
  const { cells } = scanHtml(html)

  it('gives one token per cell, in document order, whatever it spans', () => {
    expect(cells.map((cell) => cell.text)).toEqual(['', '本年新制作数量', '三、本年度办理结果', '', '12', '/', '4'])
  })

  it('joins a label split over <p>, <span> and <br>', () => {
    expect(cells[2]).toMatchObject({ kind: 'label', text: '三、本年度办理结果' })
  })

  it('tells a blank value from an empty corner', () => {
    expect(cells.map((cell) => cell.kind)).toEqual(['empty', 'label', 'label', 'blank', 'number', 'blank', 'number'])
  })

  it('places each cell on its content, and its row on the <tr>', () => {
    const twelve = cells[4]
    expect(html.slice(twelve?.start, twelve?.end)).toBe('12')
    expect(html.slice(cells[3]?.start, cells[3]?.end)).toBe('&nbsp;')
    expect(html.slice(cells[0]?.start, cells[0]?.end)).toBe('')
    expect(html.startsWith('<tr>', twelve?.row)).toBe(true)
    expect(cells[3]?.row).toBe(twelve?.row)
  })

  it('closes cells and rows HTML leaves open', () => {
    const open = scanHtml('<table><tr><td>规章<td>1<td>2<tr><td>规范性文件<td>3<td>4</table>')
    expect(open.cells.map((cell) => `${cell.text}@${cell.row}`)).toEqual(['规章@7', '1@7', '2@7', '规范性文件@27', '3@27', '4@27'])
  })

  it('keeps the cells of a nested table apart from the layout cell around it', () => {
    const nested = scanHtml('<table><tr><td>正文<table><tr><td>规章</td><td>5</td></tr></table>结束</td></tr></table>')
    expect(nested.cells.map((cell) => cell.text)).toEqual(['正文结束', '规章', '5'])
  })

  it('writes short cells whole into the view, so split headers read whole', () => {
    const { view } = scanHtml(html)
    expect(view).toContain('本年新制作数量')
    expect(view).toContain('三、本年度办理结果')
    expect(view).toHaveLength(html.length)
  })
})

describe('padding', () => {
  it('is where references left spaces, not where a line was written whole', () => {
    const long = '一段超过八十个字符的文字，它不会被整行改写，所以引用后面的空格就是填充。'.repeat(3)
    const html = `<p>无&nbsp;。</p><p>${long}&lt;完</p>`
    const { view, padding } = scanHtml(html)
    expect(view.slice(3, 9)).toBe('无\u00a0。   ')
    expect(padding).toEqual([{ start: html.indexOf('&lt;') + 1, end: html.indexOf('&lt;') + 4 }])
  })
})
