/**
 * What the 2021 and 2019 templates share: the sections, the applicant columns, the rows of
 * table 三 up to （五）, and table 四.
 */
import type { SectionSpec, TemplateRow, TemplateTable } from './types.js'

/** Section headings. Numbering is not part of them: it shifts when bodies add sections. */
export const sections: readonly SectionSpec[] = [
  { id: 'overview', titles: ['总体情况'] },
  { id: 'active', titles: ['主动公开政府信息情况', '主动公开政府信息的情况', '主动公开情况'] },
  {
    id: 'applications',
    titles: ['收到和处理政府信息公开申请情况', '收到和处理政府信息公开申请的情况', '收到和处理政府信息公开申请'],
  },
  {
    id: 'appeals',
    titles: [
      '行政复议、行政诉讼情况',
      '行政复议、行政诉讼的情况',
      '行政复议和行政诉讼情况',
      '行政复议、提起行政诉讼',
      '行政法复议、行政诉讼情况',
      '行政复议行政诉讼情况',
    ],
  },
  {
    id: 'problems',
    titles: ['存在的主要问题及改进情况', '存在的主要问题及改进措施', '存在的主要问题和改进情况', '主要问题及改进'],
  },
  { id: 'otherMatters', titles: ['其他需要报告的事项'] },
]

/** 申请人情况: the seven columns of table 三. */
export const applicantColumns = ['person', 'business', 'research', 'nonprofit', 'legalService', 'other', 'total'] as const

function applicantRow(key: string, labels: readonly string[], numbering?: string): TemplateRow {
  const row: TemplateRow = { key: `applications.${key}`, labels, columns: applicantColumns }
  if (numbering !== undefined) row.numbering = numbering
  return row
}

/** Rows of table 三 before （六）其他处理, common to both templates. */
export const applicationRowsHead: readonly TemplateRow[] = [
  applicantRow('newRequests', ['本年新收政府信息公开申请数量', '本年新收政府信息公开申请']),
  applicantRow('carriedOver', ['上年结转政府信息公开申请数量', '上年结转政府信息公开申请']),
  applicantRow('granted', ['予以公开']),
  applicantRow('partlyGranted', ['部分公开']),
  applicantRow('withheld.stateSecret', ['属于国家秘密']),
  applicantRow('withheld.prohibitedByLaw', ['其他法律行政法规禁止公开']),
  applicantRow('withheld.securityStability', ['危及三安全一稳定']),
  applicantRow('withheld.thirdPartyRights', ['保护第三方合法权益']),
  applicantRow('withheld.internalAffairs', ['属于三类内部事务信息']),
  applicantRow('withheld.processInformation', ['属于四类过程性信息']),
  applicantRow('withheld.enforcementFiles', ['属于行政执法案卷']),
  applicantRow('withheld.inquiryMatters', ['属于行政查询事项']),
  applicantRow('unavailable.notHeld', ['本机关不掌握相关政府信息']),
  applicantRow('unavailable.needsCreation', ['没有现成信息需要另行制作']),
  applicantRow('unavailable.unclearAfterCorrection', ['补正后申请内容仍不明确']),
  applicantRow('notProcessed.complaint', ['信访举报投诉类申请']),
  applicantRow('notProcessed.duplicate', ['重复申请']),
  applicantRow('notProcessed.publication', ['要求提供公开出版物']),
  applicantRow('notProcessed.excessive', ['无正当理由大量反复申请']),
  applicantRow('notProcessed.confirmation', ['要求行政机关确认或重新出具已获取信息']),
]

/** Rows of table 三 after （六）其他处理, common to both templates. */
export const applicationRowsTail: readonly TemplateRow[] = [
  applicantRow('totalHandled', ['总计'], '七'),
  applicantRow('carriedForward', ['结转下年度继续办理']),
]

/** Build a row of table 三 (for the template files). */
export { applicantRow }

/** The four outcomes and the total of table 四. */
export const appealColumns = ['upheld', 'corrected', 'other', 'pending', 'total'] as const

/** Table 四, the same in both templates. */
export const appealsTable: TemplateTable = {
  id: 'appeals',
  section: 'appeals',
  opens: ['未经复议直接起诉'],
  rows: [
    { key: 'appeals.review', labels: ['行政复议'], columns: appealColumns },
    { key: 'appeals.lawsuit', labels: ['未经复议直接起诉'], columns: appealColumns },
    { key: 'appeals.lawsuitAfterReview', labels: ['复议后起诉'], columns: appealColumns },
  ],
}
