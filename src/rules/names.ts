/**
 * What the rules' messages call the cells: the template's own words in Chinese, plain words
 * in English. Keys themselves stay English everywhere (`path`).
 */
import type { Locale } from '../diagnostics.js'

type Names = Readonly<Record<string, Readonly<Record<Locale, string>>>>

/** 申请人情况: the columns of table 三. */
const columns: Names = {
  person: { 'zh-CN': '自然人', en: 'natural persons' },
  business: { 'zh-CN': '商业企业', en: 'commercial enterprises' },
  research: { 'zh-CN': '科研机构', en: 'research institutions' },
  nonprofit: { 'zh-CN': '社会公益组织', en: 'non-profit organizations' },
  legalService: { 'zh-CN': '法律服务机构', en: 'legal service providers' },
  other: { 'zh-CN': '其他法人或其他组织', en: 'other organizations' },
  total: { 'zh-CN': '总计', en: 'total' },
}

/** Rows of table 三, by their key without `applications.`. */
const rows: Names = {
  newRequests: { 'zh-CN': '本年新收政府信息公开申请数量', en: 'new requests' },
  carriedOver: { 'zh-CN': '上年结转政府信息公开申请数量', en: 'carried over from last year' },
  granted: { 'zh-CN': '予以公开', en: 'granted' },
  partlyGranted: { 'zh-CN': '部分公开', en: 'partly granted' },
  'withheld.stateSecret': { 'zh-CN': '不予公开·属于国家秘密', en: 'withheld: state secret' },
  'withheld.prohibitedByLaw': { 'zh-CN': '不予公开·其他法律行政法规禁止公开', en: 'withheld: prohibited by law' },
  'withheld.securityStability': { 'zh-CN': '不予公开·危及“三安全一稳定”', en: 'withheld: security and stability' },
  'withheld.thirdPartyRights': { 'zh-CN': '不予公开·保护第三方合法权益', en: 'withheld: third-party rights' },
  'withheld.internalAffairs': { 'zh-CN': '不予公开·属于三类内部事务信息', en: 'withheld: internal affairs' },
  'withheld.processInformation': { 'zh-CN': '不予公开·属于四类过程性信息', en: 'withheld: process information' },
  'withheld.enforcementFiles': { 'zh-CN': '不予公开·属于行政执法案卷', en: 'withheld: enforcement files' },
  'withheld.inquiryMatters': { 'zh-CN': '不予公开·属于行政查询事项', en: 'withheld: inquiry matters' },
  'unavailable.notHeld': { 'zh-CN': '无法提供·本机关不掌握相关政府信息', en: 'unavailable: not held' },
  'unavailable.needsCreation': { 'zh-CN': '无法提供·没有现成信息需要另行制作', en: 'unavailable: would need creating' },
  'unavailable.unclearAfterCorrection': { 'zh-CN': '无法提供·补正后申请内容仍不明确', en: 'unavailable: unclear after correction' },
  'notProcessed.complaint': { 'zh-CN': '不予处理·信访举报投诉类申请', en: 'not processed: complaint' },
  'notProcessed.duplicate': { 'zh-CN': '不予处理·重复申请', en: 'not processed: duplicate' },
  'notProcessed.publication': { 'zh-CN': '不予处理·要求提供公开出版物', en: 'not processed: publication' },
  'notProcessed.excessive': { 'zh-CN': '不予处理·无正当理由大量反复申请', en: 'not processed: excessive' },
  'notProcessed.confirmation': { 'zh-CN': '不予处理·要求行政机关确认或重新出具已获取信息', en: 'not processed: confirmation' },
  'otherHandling.overdueCorrection': { 'zh-CN': '其他处理·逾期不补正', en: 'other handling: correction overdue' },
  'otherHandling.overdueFee': { 'zh-CN': '其他处理·逾期未缴费', en: 'other handling: fee overdue' },
  'otherHandling.other': { 'zh-CN': '其他处理·其他', en: 'other handling: other' },
  otherHandling: { 'zh-CN': '其他处理', en: 'other handling' },
  totalHandled: { 'zh-CN': '办理结果总计', en: 'total handled' },
  carriedForward: { 'zh-CN': '结转下年度继续办理', en: 'carried forward' },
}

/** Groups of table 四. */
const groups: Names = {
  review: { 'zh-CN': '行政复议', en: 'administrative review' },
  lawsuit: { 'zh-CN': '行政诉讼（未经复议直接起诉）', en: 'lawsuits filed directly' },
  lawsuitAfterReview: { 'zh-CN': '行政诉讼（复议后起诉）', en: 'lawsuits after review' },
}

/** Outcomes of table 四. */
const outcomes: Names = {
  upheld: { 'zh-CN': '结果维持', en: 'upheld' },
  corrected: { 'zh-CN': '结果纠正', en: 'corrected' },
  other: { 'zh-CN': '其他结果', en: 'other outcome' },
  pending: { 'zh-CN': '尚未审结', en: 'pending' },
  total: { 'zh-CN': '总计', en: 'total' },
}

/** Rows of table 二. */
const activeRows: Names = {
  rules: { 'zh-CN': '规章', en: 'rules' },
  normativeDocuments: { 'zh-CN': '行政规范性文件', en: 'normative documents' },
  licensing: { 'zh-CN': '行政许可', en: 'licensing' },
  otherServices: { 'zh-CN': '其他对外管理服务事项', en: 'other services' },
  punishment: { 'zh-CN': '行政处罚', en: 'punishment' },
  coercion: { 'zh-CN': '行政强制', en: 'coercion' },
  fees: { 'zh-CN': '行政事业性收费', en: 'fees' },
  procurement: { 'zh-CN': '政府集中采购', en: 'procurement' },
}

/** Columns of table 二. */
const activeColumns: Names = {
  issued: { 'zh-CN': '本年制发件数', en: 'issued' },
  repealed: { 'zh-CN': '本年废止件数', en: 'repealed' },
  inForce: { 'zh-CN': '现行有效件数', en: 'in force' },
  made: { 'zh-CN': '本年新制作数量', en: 'made' },
  published: { 'zh-CN': '本年新公开数量', en: 'published' },
  totalPublished: { 'zh-CN': '对外公开总数量', en: 'total published' },
  previous: { 'zh-CN': '上一年项目数量', en: 'items last year' },
  change: { 'zh-CN': '本年增/减', en: 'change' },
  decisions: { 'zh-CN': '处理决定数量', en: 'decisions' },
  amount: { 'zh-CN': '金额', en: 'amount' },
  projects: { 'zh-CN': '采购项目数量', en: 'projects' },
}

function pick(names: Names, key: string, locale: Locale): string {
  return names[key]?.[locale] ?? key
}

/** Name of an applicant column (`person` → 自然人). */
export function columnName(column: string, locale: Locale): string {
  return pick(columns, column, locale)
}

/** Name of a row of table 三, by its key without `applications.`. */
export function rowName(row: string, locale: Locale): string {
  return pick(rows, row, locale)
}

/** Name of a row of table 二 (`normativeDocuments` → 行政规范性文件). */
export function activeRowName(row: string, locale: Locale): string {
  return pick(activeRows, row, locale)
}

/** `text` with its first letter in upper case, to open an English sentence. */
export function capitalize(text: string): string {
  return text.length === 0 ? text : (text[0] as string).toUpperCase() + text.slice(1)
}

/** Name of a group of table 四. */
export function groupName(group: string, locale: Locale): string {
  return pick(groups, group, locale)
}

/**
 * Name of any flat key for a message: `applications.newRequests.person` → 本年新收政府信息公开申请数量（自然人）.
 * Keys it does not know come back as they are.
 */
export function keyName(key: string, locale: Locale): string {
  const parts = key.split('.')
  const head = parts[0]
  const last = parts[parts.length - 1] as string
  if (head === 'applications' && parts.length >= 3) {
    const row = parts.slice(1, -1).join('.')
    return locale === 'en' ? `${rowName(row, locale)} (${columnName(last, locale)})` : `${rowName(row, locale)}（${columnName(last, locale)}）`
  }
  if (head === 'appeals' && parts.length === 3) {
    const group = groupName(parts[1] as string, locale)
    const outcome = pick(outcomes, last, locale)
    return locale === 'en' ? `${group} (${outcome})` : `${group}（${outcome}）`
  }
  if (head === 'active' && parts.length === 3) {
    const row = pick(activeRows, parts[1] as string, locale)
    const column = pick(activeColumns, last, locale)
    return locale === 'en' ? `${row} (${column})` : `${row}（${column}）`
  }
  return key
}

/** A number as a message writes it. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)))
}

/** Operands joined by ` + ` (`78 + 0`); blanks (counted as 0) shown as `空`/`blank`. */
export function formatSum(values: readonly (number | null)[], locale: Locale): string {
  if (values.length === 0) return '0'
  return values.map((value) => (value === null ? (locale === 'en' ? 'blank' : '空') : formatNumber(value))).join(' + ')
}
