/**
 * The 2019 trial template (国办公开办函〔2019〕60号), for reports on 2019–2020 and used by
 * some bodies later: other columns in table 二, two more rows there, and （六）其他处理 as one
 * row in table 三.
 */
import { applicantRow, applicationRowsHead, applicationRowsTail, appealsTable } from './shared.js'
import type { Template } from './types.js'

const publishedColumns = ['made', 'published', 'totalPublished'] as const
const changeColumns = ['previous', 'change', 'decisions'] as const

/** The 2019 template as data. */
export const template2019: Template = {
  format: '2019',
  signatures: ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '采购总金额', '其他对外管理服务事项'],
  tables: [
    {
      id: 'active',
      section: 'active',
      opens: ['第二十条'],
      rows: [
        { key: 'active.rules', labels: ['规章'], columns: publishedColumns },
        { key: 'active.normativeDocuments', labels: ['规范性文件', '行政规范性文件'], columns: publishedColumns },
        { key: 'active.licensing', labels: ['行政许可'], columns: changeColumns, signed: ['change'] },
        { key: 'active.otherServices', labels: ['其他对外管理服务事项'], columns: changeColumns, signed: ['change'] },
        { key: 'active.punishment', labels: ['行政处罚'], columns: changeColumns, signed: ['change'] },
        { key: 'active.coercion', labels: ['行政强制'], columns: changeColumns, signed: ['change'] },
        { key: 'active.fees', labels: ['行政事业性收费'], columns: ['previous', 'change'], signed: ['change'] },
        {
          key: 'active.procurement',
          labels: ['政府集中采购'],
          columns: ['projects', 'amount'],
          amounts: ['amount'],
        },
      ],
    },
    {
      id: 'applications',
      section: 'applications',
      opens: ['本列数据的勾稽关系', '申请人情况', '本年新收政府信息公开申请'],
      rows: [...applicationRowsHead, applicantRow('otherHandling', ['其他处理']), ...applicationRowsTail],
    },
    appealsTable,
  ],
}
