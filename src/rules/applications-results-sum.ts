/**
 * Rule `applications-results-sum`: （七）总计 is the sum of the results.
 *
 * For every applicant column c:
 *
 *     totalHandled[c] = granted[c] + partlyGranted[c] + withheld.*[c] + unavailable.*[c]
 *                     + notProcessed.*[c] + otherHandling.*[c]
 *
 * (in the 2019 template, （六）其他处理 is one row). Implied by （七）总计; the template's
 * words at （二）部分公开, （区分处理的，只计这一情形，不计其他情形）, make the result rows a
 * partition: each request handled is counted in exactly one of them. The equations are those
 * of `equations.ts`.
 */
import { listKeys } from '../diagnostics.js'
import { suspectNote, type EquationRule } from './check-equations.js'
import { columnName, formatSum } from './names.js'

/** `applications-results-sum`, with its messages. */
export const applicationsResultsSum: EquationRule = {
  id: 'applications-results-sum',
  failed: {
    'zh-CN': ({ scope, left, right, suspect }) =>
      `“${columnName(scope, 'zh-CN')}”列：（七）总计应等于（一）至（六）各项办理结果之和，但 ${formatSum(left, 'zh-CN')} ≠ ${formatSum(right, 'zh-CN')}${suspectNote(suspect, 'zh-CN')}`,
    en: ({ scope, left, right, suspect }) =>
      `Column “${columnName(scope, 'en')}”: total handled should equal the sum of the results (1)–(6), but ${formatSum(left, 'en')} ≠ ${formatSum(right, 'en')}${suspectNote(suspect, 'en')}`,
  },
  blank: {
    'zh-CN': ({ scope, blanks }) => `“${columnName(scope, 'zh-CN')}”列无法核对“（七）总计 = 各项办理结果之和”，以下单元格为空：${listKeys(blanks)}`,
    en: ({ scope, blanks }) => `Column “${columnName(scope, 'en')}”: cannot check total handled = sum of the results; blank cells: ${listKeys(blanks)}`,
  },
}
