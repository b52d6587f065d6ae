/**
 * Render a report's values as a markdown report with GFM tables, as document converters
 * write the template: merged cells flattened (group labels repeated in each row, spanned
 * headers followed by empty cells), blank cells written `—`.
 *
 * A test helper and the generator of `examples/markdown/`.
 */
import type { Values } from './html.js'

/** What to render besides the values. */
export interface MarkdownOptions {
  prose?: { overview?: string | null; problems?: string | null; otherMatters?: string | null }
}

const APPLICANTS = ['person', 'business', 'research', 'nonprofit', 'legalService', 'other', 'total'] as const
const OUTCOMES = ['upheld', 'corrected', 'other', 'pending', 'total'] as const

function cell(values: Values, key: string): string {
  const value = values[key]
  return typeof value === 'number' ? String(value) : '—'
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`
}

function table(rows: readonly (readonly string[])[]): string {
  const width = Math.max(...rows.map((cells) => cells.length))
  const padded = rows.map((cells) => [...cells, ...Array<string>(width - cells.length).fill('')])
  return [row(padded[0] ?? []), row(Array<string>(width).fill('---')), ...padded.slice(1).map(row)].join('\n')
}

function active(values: Values, format: '2021' | '2019'): string[][] {
  const columns = (key: string, list: readonly string[]): string[] => list.map((column) => cell(values, `active.${key}.${column}`))
  if (format === '2021') {
    const documents = ['issued', 'repealed', 'inForce']
    return [
      ['第二十条第（一）项'],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', ...columns('rules', documents)],
      ['行政规范性文件', ...columns('normativeDocuments', documents)],
      ['第二十条第（五）项'],
      ['信息内容', '本年处理决定数量'],
      ['行政许可', cell(values, 'active.licensing.decisions')],
      ['第二十条第（六）项'],
      ['信息内容', '本年处理决定数量'],
      ['行政处罚', cell(values, 'active.punishment.decisions')],
      ['行政强制', cell(values, 'active.coercion.decisions')],
      ['第二十条第（八）项'],
      ['信息内容', '本年收费金额（单位：万元）'],
      ['行政事业性收费', cell(values, 'active.fees.amount')],
    ]
  }
  const published = ['made', 'published', 'totalPublished']
  const change = ['previous', 'change', 'decisions']
  return [
    ['第二十条第（一）项'],
    ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
    ['规章', ...columns('rules', published)],
    ['规范性文件', ...columns('normativeDocuments', published)],
    ['第二十条第（五）项'],
    ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
    ['行政许可', ...columns('licensing', change)],
    ['其他对外管理服务事项', ...columns('otherServices', change)],
    ['第二十条第（六）项'],
    ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
    ['行政处罚', ...columns('punishment', change)],
    ['行政强制', ...columns('coercion', change)],
    ['第二十条第（八）项'],
    ['信息内容', '上一年项目数量', '本年增/减'],
    ['行政事业性收费', ...columns('fees', ['previous', 'change'])],
    ['第二十条第（九）项'],
    ['信息内容', '采购项目数量', '采购总金额'],
    ['政府集中采购', ...columns('procurement', ['projects', 'amount'])],
  ]
}

function applications(values: Values, format: '2021' | '2019'): string[][] {
  const counts = (key: string): string[] => APPLICANTS.map((column) => cell(values, `applications.${key}.${column}`))
  const result = (group: string, label: string, key: string): string[] => ['三、本年度办理结果', group, label, ...counts(key)]
  const other =
    format === '2021'
      ? [
          result('（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'otherHandling.overdueCorrection'),
          result('（六）其他处理', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'otherHandling.overdueFee'),
          result('（六）其他处理', '3.其他', 'otherHandling.other'),
        ]
      : [result('（六）其他处理', '', 'otherHandling')]
  return [
    ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '', '', '申请人情况'],
    ['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计'],
    ['', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''],
    ['一、本年新收政府信息公开申请数量', '', '', ...counts('newRequests')],
    ['二、上年结转政府信息公开申请数量', '', '', ...counts('carriedOver')],
    result('（一）予以公开', '', 'granted'),
    result('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '', 'partlyGranted'),
    result('（三）不予公开', '1.属于国家秘密', 'withheld.stateSecret'),
    result('（三）不予公开', '2.其他法律行政法规禁止公开', 'withheld.prohibitedByLaw'),
    result('（三）不予公开', '3.危及“三安全一稳定”', 'withheld.securityStability'),
    result('（三）不予公开', '4.保护第三方合法权益', 'withheld.thirdPartyRights'),
    result('（三）不予公开', '5.属于三类内部事务信息', 'withheld.internalAffairs'),
    result('（三）不予公开', '6.属于四类过程性信息', 'withheld.processInformation'),
    result('（三）不予公开', '7.属于行政执法案卷', 'withheld.enforcementFiles'),
    result('（三）不予公开', '8.属于行政查询事项', 'withheld.inquiryMatters'),
    result('（四）无法提供', '1.本机关不掌握相关政府信息', 'unavailable.notHeld'),
    result('（四）无法提供', '2.没有现成信息需要另行制作', 'unavailable.needsCreation'),
    result('（四）无法提供', '3.补正后申请内容仍不明确', 'unavailable.unclearAfterCorrection'),
    result('（五）不予处理', '1.信访举报投诉类申请', 'notProcessed.complaint'),
    result('（五）不予处理', '2.重复申请', 'notProcessed.duplicate'),
    result('（五）不予处理', '3.要求提供公开出版物', 'notProcessed.publication'),
    result('（五）不予处理', '4.无正当理由大量反复申请', 'notProcessed.excessive'),
    result('（五）不予处理', '5.要求行政机关确认或重新出具已获取信息', 'notProcessed.confirmation'),
    ...other,
    result('（七）总计', '', 'totalHandled'),
    ['四、结转下年度继续办理', '', '', ...counts('carriedForward')],
  ]
}

function appeals(values: Values): string[][] {
  const outcomes = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
  const blank = (count: number): string[] => Array<string>(count).fill('')
  return [
    ['行政复议', ...blank(4), '行政诉讼', ...blank(9)],
    [...outcomes, '未经复议直接起诉', ...blank(4), '复议后起诉', ...blank(4)],
    [...blank(5), ...outcomes, ...outcomes],
    ['review', 'lawsuit', 'lawsuitAfterReview'].flatMap((group) => OUTCOMES.map((column) => cell(values, `appeals.${group}.${column}`))),
  ]
}

/** Render `values` (flat keys, plus `format`, `title`, `publishedAt`) as a markdown report. */
export function renderMarkdown(values: Values, options: MarkdownOptions = {}): string {
  const format = values.format === '2019' ? '2019' : '2021'
  const prose = options.prose ?? {}
  const title = typeof values.title === 'string' ? values.title : '政府信息公开工作年度报告'
  const date = typeof values.publishedAt === 'string' ? `\n发布日期：${values.publishedAt}\n` : ''
  return `# ${title}
${date}
## 一、总体情况

${prose.overview ?? '本年度，本机关认真贯彻落实《中华人民共和国政府信息公开条例》。'}

## 二、主动公开政府信息情况

${table(active(values, format))}

## 三、收到和处理政府信息公开申请情况

${table(applications(values, format))}

## 四、政府信息公开行政复议、行政诉讼情况

${table(appeals(values))}

## 五、存在的主要问题及改进情况

${prose.problems ?? '政策解读形式仍需丰富。'}

## 六、其他需要报告的事项

${prose.otherMatters ?? '无。'}
`
}
