/**
 * Rule `licensing-previous`: 2019 template only: 上一年项目数量 follows from last year's.
 *
 * For 行政许可, 其他对外管理服务事项, 行政处罚, 行政强制 and 行政事业性收费 in table 二 of the 2019
 * trial template, between years y−1 and y:
 *
 *     previous(y) = previous(y−1) + change(y−1)
 *
 * 上一年项目数量 is last year's count of items, which last year's report gave as its own
 * 上一年项目数量 plus its 本年增/减. The identities are those of `series-equations.ts`.
 */
import { listKeys } from '../diagnostics.js'
import { reportName, type SeriesRule } from './check-series.js'
import { activeRowName, capitalize, formatNumber } from './names.js'

const shown = (value: number | null | undefined): string => formatNumber(value ?? 0)

/** `licensing-previous`, with its messages. */
export const licensingPrevious: SeriesRule = {
  id: 'licensing-previous',
  severity: 'error',
  failed: {
    'zh-CN': ({ scope, earlier, later, left, right }) =>
      `${activeRowName(scope, 'zh-CN')}：${reportName(later, 'zh-CN')}的上一年项目数量应等于${reportName(earlier, 'zh-CN')}的上一年项目数量加本年增/减，但 ${shown(left[0])} ≠ ${shown(right[0])} + (${shown(right[1])})`,
    en: ({ scope, earlier, later, left, right }) =>
      `${capitalize(activeRowName(scope, 'en'))}: items last year in ${reportName(later, 'en')} should equal items last year plus the change in ${reportName(earlier, 'en')}, but ${shown(left[0])} ≠ ${shown(right[0])} + (${shown(right[1])})`,
  },
  blank: {
    'zh-CN': ({ scope, blanks }) => `${activeRowName(scope, 'zh-CN')}无法核对上一年项目数量的延续，以下单元格为空：${listKeys(blanks.map((blank) => `${blank.report.year}:${blank.key}`))}`,
    en: ({ scope, blanks }) => `${capitalize(activeRowName(scope, 'en'))}: cannot follow the count of items from year to year; blank cells: ${listKeys(blanks.map((blank) => `${blank.report.year}:${blank.key}`))}`,
  },
}
