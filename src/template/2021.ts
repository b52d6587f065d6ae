/**
 * The 2021 template (国办公开办函〔2021〕30号), for reports on 2021 and later.
 */
import { applicantRow, applicationRowsHead, applicationRowsTail, appealsTable } from './shared.js'
import type { Template } from './types.js'

const documentColumns = ['issued', 'repealed', 'inForce'] as const

/** The 2021 template as data. */
export const template2021: Template = {
  format: '2021',
  signatures: ['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额', '逾期不补正', '逾期未按收费通知'],
  tables: [
    {
      id: 'active',
      section: 'active',
      opens: ['第二十条'],
      rows: [
        { key: 'active.rules', labels: ['规章'], columns: documentColumns },
        { key: 'active.normativeDocuments', labels: ['行政规范性文件', '规范性文件'], columns: documentColumns },
        { key: 'active.licensing', labels: ['行政许可'], columns: ['decisions'] },
        { key: 'active.punishment', labels: ['行政处罚'], columns: ['decisions'] },
        { key: 'active.coercion', labels: ['行政强制'], columns: ['decisions'] },
        { key: 'active.fees', labels: ['行政事业性收费'], columns: ['amount'], amounts: ['amount'] },
      ],
    },
    {
      id: 'applications',
      section: 'applications',
      opens: ['本列数据的勾稽关系', '申请人情况', '本年新收政府信息公开申请'],
      rows: [
        ...applicationRowsHead,
        applicantRow('otherHandling.overdueCorrection', [
          '申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请',
          '申请人无正当理由逾期不补正',
        ]),
        applicantRow('otherHandling.overdueFee', [
          '申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请',
          '申请人逾期未按收费通知要求缴纳费用',
        ]),
        applicantRow('otherHandling.other', ['其他'], '3'),
        ...applicationRowsTail,
      ],
    },
    appealsTable,
  ],
}
