/**
 * Rule `active-in-force-trend` (a warning, never an error): 现行有效件数 follows from last
 * year's.
 *
 * For 行政规范性文件 and 规章 in table 二 (2021 template), between years y−1 and y:
 *
 *     inForce(y) ≈ inForce(y−1) + issued(y) − repealed(y)
 *
 * Documents in force at the end of the year are those of last year, plus those issued, less
 * those repealed. Amendments, documents that lapse at their term and bulk clean-ups also
 * change the count, so a difference is a hint to look, not an error. The identities are
 * those of `series-equations.ts` (written as `inForce(y) + repealed(y) = inForce(y−1) +
 * issued(y)`); `actual` is inForce(y) and `expected` the count it follows from.
 */
import { listKeys } from '../diagnostics.js'
import { reportName, type SeriesFailure, type SeriesRule } from './check-series.js'
import { activeRowName, capitalize, formatNumber } from './names.js'

/** The numbers of the identity: `[inForce(y), repealed(y)]` and `[inForce(y−1), issued(y)]`. */
function parts({ left, right }: SeriesFailure): { now: string; repealed: string; before: string; issued: string; expected: string } {
  const [now, repealed] = left.map((value) => value ?? 0) as [number, number]
  const [before, issued] = right.map((value) => value ?? 0) as [number, number]
  return { now: formatNumber(now), repealed: formatNumber(repealed), before: formatNumber(before), issued: formatNumber(issued), expected: formatNumber(before + issued - repealed) }
}

/** `active-in-force-trend`, with its messages. */
export const activeInForceTrend: SeriesRule = {
  id: 'active-in-force-trend',
  severity: 'warning',
  failed: {
    'zh-CN': (data) => {
      const { now, repealed, before, issued, expected } = parts(data)
      return `${activeRowName(data.scope, 'zh-CN')}：${reportName(data.later, 'zh-CN')}现行有效 ${now} 件，而${reportName(data.earlier, 'zh-CN')}现行有效 ${before} 件 + 本年制发 ${issued} 件 − 本年废止 ${repealed} 件 = ${expected} 件（修订、到期失效等也会改变件数，仅供核查参考）`
    },
    en: (data) => {
      const { now, repealed, before, issued, expected } = parts(data)
      return `${capitalize(activeRowName(data.scope, 'en'))}: ${now} in force in ${reportName(data.later, 'en')}, but ${before} in force in ${reportName(data.earlier, 'en')} + ${issued} issued − ${repealed} repealed = ${expected} (amendments and lapses also change the count: a hint, not an error)`
    },
  },
  blank: {
    'zh-CN': ({ scope, blanks }) => `${activeRowName(scope, 'zh-CN')}无法核对现行有效件数的延续，以下单元格为空：${listKeys(blanks.map((blank) => `${blank.report.year}:${blank.key}`))}`,
    en: ({ scope, blanks }) => `${capitalize(activeRowName(scope, 'en'))}: cannot follow the count in force from year to year; blank cells: ${listKeys(blanks.map((blank) => `${blank.report.year}:${blank.key}`))}`,
  },
  measure: ([now = 0, repealed = 0], [before = 0, issued = 0]) => ({ actual: now, expected: before + issued - repealed }),
}
