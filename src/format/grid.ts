/**
 * The template's three tables as they are printed: rows of cells with their `rowspan` and
 * `colspan`, headers and group labels in the official wording (国办公开办函〔2021〕30号, or
 * the 2019 trial template), one value cell per flat key.
 *
 * Every layout writer starts from this grid: HTML writes it as it is; the text layouts
 * flatten it the way the tools that copy tables do (see `expandGrid`).
 */
import type { Format } from '../model.js'

/** One cell of a printed table. */
export interface GridCell {
  /** The cell's text: a label, a number as written, or the blank mark. */
  text: string
  /** The flat key of a value cell (absent on labels and headers). */
  key?: string
  rowspan?: number
  colspan?: number
}

/** A printed row: the cells that start in it, left to right. */
export type GridRow = GridCell[]

/** A table's grid, and the section whose heading precedes it. */
export interface GridTable {
  id: 'active' | 'applications' | 'appeals'
  rows: GridRow[]
}

/** Writes one value cell: the number as the report should show it, or the blank mark. */
export type CellWriter = (key: string) => string

const APPLICANTS = ['person', 'business', 'research', 'nonprofit', 'legalService', 'other', 'total'] as const
const OUTCOMES = ['upheld', 'corrected', 'other', 'pending', 'total'] as const

function label(text: string, colspan?: number, rowspan?: number): GridCell {
  const cell: GridCell = { text }
  if (colspan !== undefined && colspan > 1) cell.colspan = colspan
  if (rowspan !== undefined && rowspan > 1) cell.rowspan = rowspan
  return cell
}

function value(write: CellWriter, key: string, colspan?: number): GridCell {
  const cell: GridCell = { text: write(key), key }
  if (colspan !== undefined && colspan > 1) cell.colspan = colspan
  return cell
}

/** Table 二 of the 2021 template: four columns, each 第二十条 group with its own header row. */
function active2021(write: CellWriter): GridRow[] {
  const documents = (key: string, name: string): GridRow => [label(name), ...['issued', 'repealed', 'inForce'].map((column) => value(write, `active.${key}.${column}`))]
  const decisions = (key: string, name: string): GridRow => [label(name), value(write, `active.${key}.decisions`, 3)]
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
    [label('行政事业性收费'), value(write, 'active.fees.amount', 3)],
  ]
}

/** Table 二 of the 2019 trial template: other columns, 其他对外管理服务事项 and 政府集中采购. */
function active2019(write: CellWriter): GridRow[] {
  const published = (key: string, name: string): GridRow => [label(name), ...['made', 'published', 'totalPublished'].map((column) => value(write, `active.${key}.${column}`))]
  const change = (key: string, name: string): GridRow => [label(name), ...['previous', 'change', 'decisions'].map((column) => value(write, `active.${key}.${column}`))]
  const changeHeader = (): GridRow => [label('信息内容'), label('上一年项目数量'), label('本年增/减'), label('处理决定数量')]
  return [
    [label('第二十条第（一）项', 4)],
    [label('信息内容'), label('本年新制作数量'), label('本年新公开数量'), label('对外公开总数量')],
    published('rules', '规章'),
    published('normativeDocuments', '规范性文件'),
    [label('第二十条第（五）项', 4)],
    changeHeader(),
    change('licensing', '行政许可'),
    change('otherServices', '其他对外管理服务事项'),
    [label('第二十条第（六）项', 4)],
    changeHeader(),
    change('punishment', '行政处罚'),
    change('coercion', '行政强制'),
    [label('第二十条第（八）项', 4)],
    [label('信息内容'), label('上一年项目数量'), label('本年增/减', 2)],
    [label('行政事业性收费'), value(write, 'active.fees.previous'), value(write, 'active.fees.change', 2)],
    [label('第二十条第（九）项', 4)],
    [label('信息内容'), label('采购项目数量'), label('采购总金额', 2)],
    [label('政府集中采购'), value(write, 'active.procurement.projects'), value(write, 'active.procurement.amount', 2)],
  ]
}

/** The result rows （三）…（五） and their numbered reasons, as the template prints them. */
const RESULT_GROUPS: readonly (readonly [string, readonly (readonly [string, string])[]])[] = [
  [
    '（三）不予公开',
    [
      ['withheld.stateSecret', '1.属于国家秘密'],
      ['withheld.prohibitedByLaw', '2.其他法律行政法规禁止公开'],
      ['withheld.securityStability', '3.危及“三安全一稳定”'],
      ['withheld.thirdPartyRights', '4.保护第三方合法权益'],
      ['withheld.internalAffairs', '5.属于三类内部事务信息'],
      ['withheld.processInformation', '6.属于四类过程性信息'],
      ['withheld.enforcementFiles', '7.属于行政执法案卷'],
      ['withheld.inquiryMatters', '8.属于行政查询事项'],
    ],
  ],
  [
    '（四）无法提供',
    [
      ['unavailable.notHeld', '1.本机关不掌握相关政府信息'],
      ['unavailable.needsCreation', '2.没有现成信息需要另行制作'],
      ['unavailable.unclearAfterCorrection', '3.补正后申请内容仍不明确'],
    ],
  ],
  [
    '（五）不予处理',
    [
      ['notProcessed.complaint', '1.信访举报投诉类申请'],
      ['notProcessed.duplicate', '2.重复申请'],
      ['notProcessed.publication', '3.要求提供公开出版物'],
      ['notProcessed.excessive', '4.无正当理由大量反复申请'],
      ['notProcessed.confirmation', '5.要求行政机关确认或重新出具已获取信息'],
    ],
  ],
]

/** （六）其他处理 in the 2021 template: three reasons. */
const OTHER_HANDLING_2021: readonly (readonly [string, string])[] = [
  ['otherHandling.overdueCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['otherHandling.overdueFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['otherHandling.other', '3.其他'],
]

/** Table 三: three label columns (item, result, reason) before the seven applicant columns. */
function applications(write: CellWriter, format: Format): GridRow[] {
  const counts = (key: string): GridCell[] => APPLICANTS.map((column) => value(write, `applications.${key}.${column}`))
  const group = (name: string, rows: readonly (readonly [string, string])[]): GridRow[] =>
    rows.map(([key, text], index) => [...(index === 0 ? [label(name, 1, rows.length)] : []), label(text), ...counts(key)])
  const results: GridRow[] = [
    [label('（一）予以公开', 2), ...counts('granted')],
    [label('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 2), ...counts('partlyGranted')],
    ...RESULT_GROUPS.flatMap(([name, rows]) => group(name, rows)),
    ...(format === '2021' ? group('（六）其他处理', OTHER_HANDLING_2021) : [[label('（六）其他处理', 2), ...counts('otherHandling')]]),
    [label('（七）总计', 2), ...counts('totalHandled')],
  ]
  results[0]?.unshift(label('三、本年度办理结果', 1, results.length))
  return [
    [label('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3), label('申请人情况', 7)],
    [label('自然人', 1, 2), label('法人或其他组织', 5), label('总计', 1, 2)],
    [label('商业企业'), label('科研机构'), label('社会公益组织'), label('法律服务机构'), label('其他')],
    [label('一、本年新收政府信息公开申请数量', 3), ...counts('newRequests')],
    [label('二、上年结转政府信息公开申请数量', 3), ...counts('carriedOver')],
    ...results,
    [label('四、结转下年度继续办理', 3), ...counts('carriedForward')],
  ]
}

/** Table 四: two header rows over fifteen values in one row. */
function appeals(write: CellWriter): GridRow[] {
  const outcomes = (rowspan?: number): GridCell[] => ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((text) => label(text, 1, rowspan))
  return [
    [label('行政复议', 5), label('行政诉讼', 10)],
    [...outcomes(2), label('未经复议直接起诉', 5), label('复议后起诉', 5)],
    [...outcomes(), ...outcomes()],
    ['review', 'lawsuit', 'lawsuitAfterReview'].flatMap((group) => OUTCOMES.map((column) => value(write, `appeals.${group}.${column}`))),
  ]
}

/** The three tables of `format`, their value cells written by `write`. */
export function templateGrids(format: Format, write: CellWriter): GridTable[] {
  return [
    { id: 'active', rows: format === '2021' ? active2021(write) : active2019(write) },
    { id: 'applications', rows: applications(write, format) },
    { id: 'appeals', rows: appeals(write) },
  ]
}

/** A position of the expanded grid: the cell that starts there, or `null` where a span covers it. */
export type Slot = GridCell | null

/**
 * The grid with its spans expanded: every row as wide as the table, `null` at each position
 * that a cell above or to the left spans over. This is what a table becomes when a tool
 * copies it row by row (tabs, markdown, aligned text): merged cells leave empty places.
 */
export function expandGrid(rows: readonly GridRow[]): Slot[][] {
  const expanded: (Slot | undefined)[][] = rows.map(() => [])
  rows.forEach((row, rowIndex) => {
    const line = expanded[rowIndex] as (Slot | undefined)[]
    let column = 0
    for (const cell of row) {
      // Places already taken by a rowspan from above are skipped.
      while (line[column] !== undefined) column++
      const rowspan = Math.min(cell.rowspan ?? 1, rows.length - rowIndex)
      const colspan = cell.colspan ?? 1
      for (let down = 0; down < rowspan; down++) {
        const target = expanded[rowIndex + down] as (Slot | undefined)[]
        for (let across = 0; across < colspan; across++) target[column + across] = down === 0 && across === 0 ? cell : null
      }
      column += colspan
    }
  })
  const width = Math.max(0, ...expanded.map((line) => line.length))
  return expanded.map((line) => Array.from({ length: width }, (_, column) => line[column] ?? null))
}
