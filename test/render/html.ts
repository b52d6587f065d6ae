/**
 * Render a report's values as the web page an organ would publish: the official template's
 * three tables with their real `rowspan`/`colspan` (2021 template as 国办公开办函〔2021〕30号
 * prints it, or the 2019 trial template), headings, prose and, optionally, site chrome.
 *
 * A test helper, and the generator of round-trip tests: `parseHtmlReport(renderHtml(v))`
 * must read back every value of `v`. Two markup flavours:
 *
 * - `template`: clean markup, one `<p>` per cell;
 * - `word`: what Word's "save as web page" and CMS editors produce — labels split over
 *   several `<p>`/`<span>` with `&nbsp;` padding and `<o:p>` tags, `<br>` inside headers,
 *   inline styles everywhere, blanks written `<o:p>&nbsp;</o:p>`.
 */

import { writeNumber } from '../../src/format/document.js'
import { templateGrids, type GridCell } from '../../src/format/grid.js'
import type { Format } from '../../src/model.js'

/** Flat values: FIELDS.md keys, plus `format`, `title`, `publishedAt`. */
export type Values = Readonly<Record<string, unknown>>

/** How to render. */
export interface RenderOptions {
  flavour?: 'template' | 'word'
  /** Wrap the article in a full page: navigation, header, share bar, footer, scripts. */
  chrome?: boolean
  /** How a `null` cell is written (default `&nbsp;`). */
  blank?: string
  /** Unit written after `active.procurement.amount` (2019), e.g. `元`. */
  procurementUnit?: string
  /** Prose of sections 一, 五, 六 (one paragraph each by default). */
  prose?: { overview?: string; problems?: string; otherMatters?: string }
}

interface Cell {
  text: string
  rowspan?: number
  colspan?: number
  /** A value cell (centered, numbers), not a label. */
  value?: boolean
}

type Row = Cell[]

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

/**
 * The template's three tables as this page's cells: the grid `formatReport` writes from
 * (`src/format/grid.ts`), its labels escaped, its values the numbers as written (with
 * `unit` after the 2019 procurement amount) or `blankMark`; the outcome headers under
 * 行政诉讼 broken in two lines, as the template prints them.
 */
function tables(values: Values, format: Format, blankMark: string, unit: string): Row[][] {
  const write = (key: string): string => {
    const found = values[key]
    if (typeof found !== 'number') return blankMark
    return `${escape(writeNumber(found))}${key === 'active.procurement.amount' ? unit : ''}`
  }
  return templateGrids(format, write).map(({ id, rows }) =>
    rows.map((row, index) =>
      row.map((cell: GridCell): Cell => {
        const breaks = id === 'appeals' && index === 2 && cell.text.length === 4
        const converted: Cell = cell.key === undefined ? { text: escape(breaks ? `${cell.text.slice(0, 2)}\n${cell.text.slice(2)}` : cell.text) } : { text: cell.text, value: true }
        if (cell.rowspan !== undefined) converted.rowspan = cell.rowspan
        if (cell.colspan !== undefined) converted.colspan = cell.colspan
        return converted
      }),
    ),
  )
}

/** Split a label the way Word does: pieces over `<p>`s and `<span>`s, `&nbsp;` padding. */
function wordLabel(text: string): string {
  const lines = text.split('\n')
  return lines
    .map((line) => {
      if (line.length < 4) return `<p class=MsoNormal align=center><span style='font-family:宋体'>${line}</span></p>`
      const cut = Math.ceil(line.length / 3)
      const pieces = [line.slice(0, cut), line.slice(cut, 2 * cut), line.slice(2 * cut)]
      return (
        `<p class=MsoNormal align=center><span style='font-family:宋体;mso-bidi-font-family:宋体'>${pieces[0]}</span></p>` +
        `<p class=MsoNormal align=center><span lang=EN-US>${pieces[1]}</span><span style='font-family:宋体'>\n  &nbsp; &nbsp;</span></p>` +
        `<p class=MsoNormal align=center><span style='font-family:宋体'>${pieces[2]}<o:p></o:p></span></p>`
      )
    })
    .join('')
}

function cellMarkup(cell: Cell, flavour: 'template' | 'word'): string {
  let attributes = ''
  if (cell.rowspan !== undefined) attributes += ` rowspan="${cell.rowspan}"`
  if (cell.colspan !== undefined) attributes += ` colspan="${cell.colspan}"`
  if (flavour === 'template') return `<td${attributes}><p${cell.value === true ? ' align="center"' : ''}>${cell.text.replaceAll('\n', '<br />')}</p></td>`
  const style = ` width=${cell.value === true ? 47 : 137} valign=center style='width:35.3pt;border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt'`
  const content = cell.value === true ? `<p class=MsoNormal align=center><span lang=EN-US>${cell.text}<o:p></o:p></span></p>` : wordLabel(cell.text)
  return `<td${attributes}${style}>${content}</td>`
}

function table(rows: readonly Row[], flavour: 'template' | 'word'): string {
  const open = flavour === 'template' ? '<table border="1" cellspacing="0">' : "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"
  return `${open}<tbody>${rows.map((row) => `<tr>${row.map((cell) => cellMarkup(cell, flavour)).join('')}</tr>`).join('')}</tbody></table>`
}

function heading(text: string, flavour: 'template' | 'word'): string {
  return flavour === 'template'
    ? `<p><strong>${text}</strong></p>`
    : `<p class=MsoNormal style='text-indent:32.0pt'><b><span style='font-size:16.0pt;font-family:黑体'>${text}<o:p></o:p></span></b></p>`
}

function paragraph(text: string, flavour: 'template' | 'word'): string {
  return flavour === 'template' ? `<p>${escape(text)}</p>` : `<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋_GB2312'>${escape(text)}<o:p></o:p></span></p>`
}

const DEFAULT_PROSE = {
  overview: '本年度，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，持续深化政务公开，不断提高政府工作透明度。',
  problems: '政策解读形式仍需丰富。下一步将进一步规范依申请公开办理流程，提升答复质量。',
  otherMatters: '本年度未收取信息处理费。',
}

/** The report's article: title, date, six sections. */
function article(values: Values, options: RenderOptions): string {
  const flavour = options.flavour ?? 'template'
  const blankMark = options.blank ?? (flavour === 'word' ? '<o:p>&nbsp;</o:p>' : '&nbsp;')
  const format = values.format === '2019' ? '2019' : '2021'
  const prose = { ...DEFAULT_PROSE, ...options.prose }
  const date = typeof values.publishedAt === 'string' ? values.publishedAt : null
  const title = typeof values.title === 'string' ? values.title : null
  const [active = [], applications = [], appeals = []] = tables(values, format, blankMark, options.procurementUnit ?? '')
  return [
    title === null ? '' : `<h1 class="title">${escape(title)}</h1>`,
    date === null ? '' : `<div class="info"><span>发布日期：${date}</span></div>`,
    '<div class="content">',
    heading('一、总体情况', flavour),
    paragraph(prose.overview, flavour),
    heading('二、主动公开政府信息情况', flavour),
    table(active, flavour),
    heading('三、收到和处理政府信息公开申请情况', flavour),
    table(applications, flavour),
    heading('四、政府信息公开行政复议、行政诉讼情况', flavour),
    table(appeals, flavour),
    heading('五、存在的主要问题及改进情况', flavour),
    paragraph(prose.problems, flavour),
    heading('六、其他需要报告的事项', flavour),
    paragraph(prose.otherMatters, flavour),
    '</div>',
  ].join('\n')
}

/** A government site around the article: everything here must be ignored. */
function page(body: string, title: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(title)}_政府信息公开</title>
<style>.nav li { display: inline; } td p { margin: 0 }</style>
<script>var pageTitle = "<p>二、主动公开政府信息情况</p>"; if (a < b && c > d) { track('2019年政府信息公开工作年度报告') }</script></head>
<body>
<div class="header"><div class="logo">某某市人民政府</div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/nb">政府信息公开工作年度报告</a></li><li><a href="/hd">互动交流</a></li></ul></div></div>
<nav class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 政府信息公开年报</nav>
<div class="main"><div class="article">
${body}
<div class="share" style="display: none">分享到：微信 微博 2023年政府信息公开工作年度报告</div>
</div>
<div class="related"><aside><p>相关文章</p><ul><li><a href="/nb/2023">2023年政府信息公开工作年度报告</a></li><li><a href="/nb/2022">2022年政府信息公开工作年度报告</a></li></ul></aside></div></div>
<footer><p>主办：某某市人民政府办公室 网站标识码：3100000058 备案号：沪ICP备12345678号</p><p>2025年1月1日更新</p></footer>
<noscript><p>请启用脚本</p></noscript>
</body></html>
`
}

/** Render `values` (flat keys) as a report's web page. */
export function renderHtml(values: Values, options: RenderOptions = {}): string {
  const body = article(values, options)
  return options.chrome === true ? page(body, typeof values.title === 'string' ? values.title : '') : body
}
