/**
 * Rule `applications-balance`: table 三 balances in every column.
 *
 * For every applicant column c (`person` … `other`, `total`):
 *
 *     newRequests[c] + carriedOver[c] = totalHandled[c] + carriedForward[c]
 *
 * The template states it above the table: （本列数据的勾稽关系为：第一项加第二项之和，等于
 * 第三项加第四项之和）. What came in this year plus what was left from last year is what was
 * handled plus what is left for next year. The equations are those of `equations.ts`.
 */
import { listKeys } from '../diagnostics.js'
import { suspectNote, type EquationRule } from './check-equations.js'
import { columnName, formatSum } from './names.js'

/** `applications-balance`, with its messages. */
export const applicationsBalance: EquationRule = {
  id: 'applications-balance',
  failed: {
    'zh-CN': ({ scope, left, right, suspect }) =>
      `“${columnName(scope, 'zh-CN')}”列不平衡：本年新收 + 上年结转应等于办理结果总计 + 结转下年度，但 ${formatSum(left, 'zh-CN')} ≠ ${formatSum(right, 'zh-CN')}${suspectNote(suspect, 'zh-CN')}`,
    en: ({ scope, left, right, suspect }) =>
      `Column “${columnName(scope, 'en')}” does not balance: new requests + carried over should equal total handled + carried forward, but ${formatSum(left, 'en')} ≠ ${formatSum(right, 'en')}${suspectNote(suspect, 'en')}`,
  },
  blank: {
    'zh-CN': ({ scope, blanks }) => `“${columnName(scope, 'zh-CN')}”列无法核对“本年新收 + 上年结转 = 办理结果总计 + 结转下年度”，以下单元格为空：${listKeys(blanks)}`,
    en: ({ scope, blanks }) => `Column “${columnName(scope, 'en')}”: cannot check new + carried over = handled + carried forward; blank cells: ${listKeys(blanks)}`,
  },
}
