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

const APPLICANTS = ['person', 'business', 'research', 'nonprofit', 'legalService', 'other', 'total'] as const
const OUTCOMES = ['upheld', 'corrected', 'other', 'pending', 'total'] as const

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

/** One value as a cell: the number as written, or the blank marker. */
function value(values: Values, key: string, blankMark: string, unit = ''): Cell {
  const found = values[key]
  return { text: typeof found === 'number' ? `${escape(String(found))}${unit}` : blankMark, value: true }
}

function label(text: string, colspan?: number, rowspan?: number): Cell {
  const cell: Cell = { text: escape(text) }
  if (colspan !== undefined) cell.colspan = colspan
  if (rowspan !== undefined) cell.rowspan = rowspan
  return cell
}

function spanned(cell: Cell, colspan: number): Cell {
  return { ...cell, colspan }
}

/** Table 二, 2021 template: four columns, group rows across all of them. */
function active2021(values: Values, blankMark: string): Row[] {
  const documents = (key: string, name: string): Row => [label(name), ...['issued', 'repealed', 'inForce'].map((column) => value(values, `active.${key}.${column}`, blankMark))]
  const decisions = (key: string, name: string): Row => [label(name), spanned(value(values, `active.${key}.decisions`, blankMark), 3)]
  return [
    [label('第二十条第（一）项', 4)],
    [label('信息内容'), label('本年制发件数'), label('本年废止件数'), label('现行有效件数')],
    documents('rules', '规章'),
    documents('normativeDocuments', '行政规范性文件'),
    [label('第二十条第（五）项', 4)],
    [label('信息内容'), label('本年处理决定数量', 3)],
    decisions('licensing', '行政许可'),
    [label('第二十条第（六）项', 4)],
    [label('信息内容'), label('本年处理决定数量', 3)],
    decisions('punishment', '行政处罚'),
    decisions('coercion', '行政强制'),
    [label('第二十条第（八）项', 4)],
    [label('信息内容'), label('本年收费金额（单位：万元）', 3)],
    [label('行政事业性收费'), spanned(value(values, 'active.fees.amount', blankMark), 3)],
  ]
}

/** Table 二, 2019 trial template. */
function active2019(values: Values, blankMark: string, unit: string): Row[] {
  const published = (key: string, name: string): Row => [label(name), ...['made', 'published', 'totalPublished'].map((column) => value(values, `active.${key}.${column}`, blankMark))]
  const change = (key: string, name: string): Row => [label(name), ...['previous', 'change', 'decisions'].map((column) => value(values, `active.${key}.${column}`, blankMark))]
  return [
    [label('第二十条第（一）项', 4)],
    [label('信息内容'), label('本年新制作数量'), label('本年新公开数量'), label('对外公开总数量')],
    published('rules', '规章'),
    published('normativeDocuments', '规范性文件'),
    [label('第二十条第（五）项', 4)],
    [label('信息内容'), label('上一年项目数量'), label('本年增/减'), label('处理决定数量')],
    change('licensing', '行政许可'),
    change('otherServices', '其他对外管理服务事项'),
    [label('第二十条第（六）项', 4)],
    [label('信息内容'), label('上一年项目数量'), label('本年增/减'), label('处理决定数量')],
    change('punishment', '行政处罚'),
    change('coercion', '行政强制'),
    [label('第二十条第（八）项', 4)],
    [label('信息内容'), label('上一年项目数量'), label('本年增/减', 2)],
    [label('行政事业性收费'), value(values, 'active.fees.previous', blankMark), spanned(value(values, 'active.fees.change', blankMark), 2)],
    [label('第二十条第（九）项', 4)],
    [label('信息内容'), label('采购项目数量'), label('采购总金额', 2)],
    [label('政府集中采购'), value(values, 'active.procurement.projects', blankMark), spanned(value(values, 'active.procurement.amount', blankMark, unit), 2)],
  ]
}

/** Table 三: three label columns (group, sub-group, row), seven applicant columns. */
function applications(values: Values, blankMark: string, format: '2021' | '2019'): Row[] {
  const counts = (key: string): Cell[] => APPLICANTS.map((column) => value(values, `applications.${key}.${column}`, blankMark))
  const group = (name: string, rows: [string, string][]): Row[] =>
    rows.map(([key, text], index) => [...(index === 0 ? [label(name, undefined, rows.length)] : []), label(text), ...counts(key)])
  const other: Row[] =
    format === '2021'
      ? group('（六）其他处理', [
          ['otherHandling.overdueCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
          ['otherHandling.overdueFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
          ['otherHandling.other', '3.其他'],
        ])
      : [[label('（六）其他处理', 2), ...counts('otherHandling')]]
  const results: Row[] = [
    [label('（一）予以公开', 2), ...counts('granted')],
    [label('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 2), ...counts('partlyGranted')],
    ...group('（三）不予公开', [
      ['withheld.stateSecret', '1.属于国家秘密'],
      ['withheld.prohibitedByLaw', '2.其他法律行政法规禁止公开'],
      ['withheld.securityStability', '3.危及“三安全一稳定”'],
      ['withheld.thirdPartyRights', '4.保护第三方合法权益'],
      ['withheld.internalAffairs', '5.属于三类内部事务信息'],
      ['withheld.processInformation', '6.属于四类过程性信息'],
      ['withheld.enforcementFiles', '7.属于行政执法案卷'],
      ['withheld.inquiryMatters', '8.属于行政查询事项'],
    ]),
    ...group('（四）无法提供', [
      ['unavailable.notHeld', '1.本机关不掌握相关政府信息'],
      ['unavailable.needsCreation', '2.没有现成信息需要另行制作'],
      ['unavailable.unclearAfterCorrection', '3.补正后申请内容仍不明确'],
    ]),
    ...group('（五）不予处理', [
      ['notProcessed.complaint', '1.信访举报投诉类申请'],
      ['notProcessed.duplicate', '2.重复申请'],
      ['notProcessed.publication', '3.要求提供公开出版物'],
      ['notProcessed.excessive', '4.无正当理由大量反复申请'],
      ['notProcessed.confirmation', '5.要求行政机关确认或重新出具已获取信息'],
    ]),
    ...other,
    [label('（七）总计', 2), ...counts('totalHandled')],
  ]
  ;(results[0] as Row).unshift(label('三、本年度办理结果', undefined, results.length))
  return [
    [label('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3), label('申请人情况', 7)],
    [label('自然人', undefined, 2), label('法人或其他组织', 5), label('总计', undefined, 2)],
    [label('商业企业'), label('科研机构'), label('社会公益组织'), label('法律服务机构'), label('其他')],
    [label('一、本年新收政府信息公开申请数量', 3), ...counts('newRequests')],
    [label('二、上年结转政府信息公开申请数量', 3), ...counts('carriedOver')],
    ...results,
    [label('四、结转下年度继续办理', 3), ...counts('carriedForward')],
  ]
}

/** Table 四: two header rows over fifteen values in one row. */
function appeals(values: Values, blankMark: string): Row[] {
  const outcomes = (breaks: boolean): Cell[] =>
    ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((text) => label(breaks && text.length === 4 ? `${text.slice(0, 2)}\n${text.slice(2)}` : text))
  return [
    [label('行政复议', 5), label('行政诉讼', 10)],
    [...outcomes(false).map((cell) => ({ ...cell, rowspan: 2 })), label('未经复议直接起诉', 5), label('复议后起诉', 5)],
    [...outcomes(true), ...outcomes(true)],
    ['review', 'lawsuit', 'lawsuitAfterReview'].flatMap((group) => OUTCOMES.map((column) => value(values, `appeals.${group}.${column}`, blankMark))),
  ]
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
  return [
    title === null ? '' : `<h1 class="title">${escape(title)}</h1>`,
    date === null ? '' : `<div class="info"><span>发布日期：${date}</span></div>`,
    '<div class="content">',
    heading('一、总体情况', flavour),
    paragraph(prose.overview, flavour),
    heading('二、主动公开政府信息情况', flavour),
    table(format === '2021' ? active2021(values, blankMark) : active2019(values, blankMark, options.procurementUnit ?? ''), flavour),
    heading('三、收到和处理政府信息公开申请情况', flavour),
    table(applications(values, blankMark, format), flavour),
    heading('四、政府信息公开行政复议、行政诉讼情况', flavour),
    table(appeals(values, blankMark), flavour),
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
