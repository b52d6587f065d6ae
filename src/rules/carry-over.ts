/**
 * Rule `carry-over`: what one year carries forward, the next carries over.
 *
 * For every applicant column c, between the reports of one organ for years y−1 and y:
 *
 *     carriedOver[c](y) = carriedForward[c](y−1)
 *
 * 四、结转下年度继续办理 of one report is 二、上年结转政府信息公开申请数量 of the next: the same
 * requests, counted at the turn of the year. Works across templates (2019 → 2021): both have
 * the two rows. The identities are those of `series-equations.ts`.
 */
import { listKeys } from '../diagnostics.js'
import { reportName, type SeriesRule } from './check-series.js'
import { columnName, formatSum } from './names.js'

/** `carry-over`, with its messages. */
export const carryOver: SeriesRule = {
  id: 'carry-over',
  severity: 'error',
  failed: {
    'zh-CN': ({ scope, earlier, later, left, right }) =>
      `“${columnName(scope, 'zh-CN')}”列：${reportName(later, 'zh-CN')}的上年结转应等于${reportName(earlier, 'zh-CN')}的结转下年度继续办理，但 ${formatSum(left, 'zh-CN')} ≠ ${formatSum(right, 'zh-CN')}`,
    en: ({ scope, earlier, later, left, right }) =>
      `Column “${columnName(scope, 'en')}”: carried over in ${reportName(later, 'en')} should equal carried forward in ${reportName(earlier, 'en')}, but ${formatSum(left, 'en')} ≠ ${formatSum(right, 'en')}`,
  },
  blank: {
    'zh-CN': ({ scope, earlier, later, blanks }) =>
      `“${columnName(scope, 'zh-CN')}”列无法核对${reportName(later, 'zh-CN')}的上年结转与${reportName(earlier, 'zh-CN')}的结转下年度，以下单元格为空：${listKeys(blanks.map((blank) => `${blank.report.year}:${blank.key}`))}`,
    en: ({ scope, earlier, later, blanks }) =>
      `Column “${columnName(scope, 'en')}”: cannot compare carried over in ${reportName(later, 'en')} with carried forward in ${reportName(earlier, 'en')}; blank cells: ${listKeys(blanks.map((blank) => `${blank.report.year}:${blank.key}`))}`,
  },
}
