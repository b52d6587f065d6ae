/**
 * Rule `applications-row-total`: the 总计 column of table 三 adds up each row.
 *
 * For every row r of table 三:
 *
 *     r.total = r.person + r.business + r.research + r.nonprofit + r.legalService + r.other
 *
 * Implied by the 总计 column: the applicants are 自然人 and the five kinds of 法人或其他组织,
 * and nobody else. The equations are those of `equations.ts`.
 */
import { listKeys } from '../diagnostics.js'
import { suspectNote, type EquationRule } from './check-equations.js'
import { formatSum, rowName } from './names.js'

/** `applications-row-total`, with its messages. */
export const applicationsRowTotal: EquationRule = {
  id: 'applications-row-total',
  failed: {
    'zh-CN': ({ scope, left, right, suspect }) =>
      `“${rowName(scope, 'zh-CN')}”行：总计应等于自然人与各类法人或其他组织之和，但 ${formatSum(left, 'zh-CN')} ≠ ${formatSum(right, 'zh-CN')}${suspectNote(suspect, 'zh-CN')}`,
    en: ({ scope, left, right, suspect }) =>
      `Row “${rowName(scope, 'en')}”: the total should equal the sum of the six applicant columns, but ${formatSum(left, 'en')} ≠ ${formatSum(right, 'en')}${suspectNote(suspect, 'en')}`,
  },
  blank: {
    'zh-CN': ({ scope, blanks }) => `“${rowName(scope, 'zh-CN')}”行无法核对“总计 = 各类申请人之和”，以下单元格为空：${listKeys(blanks)}`,
    en: ({ scope, blanks }) => `Row “${rowName(scope, 'en')}”: cannot check total = sum of the applicant columns; blank cells: ${listKeys(blanks)}`,
  },
}
