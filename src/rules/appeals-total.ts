/**
 * Rule `appeals-total`: each 总计 of table 四 adds up its outcomes.
 *
 * For each of `review` (行政复议), `lawsuit` (未经复议直接起诉) and `lawsuitAfterReview`
 * (复议后起诉):
 *
 *     total = upheld + corrected + other + pending
 *
 * Implied by 总计: every case ends 维持, 纠正 or otherwise, or is 尚未审结. The equations are
 * those of `equations.ts`. The five cells of a group share this one equation only, so when it
 * fails the place is the group's row, never a guessed cell.
 */
import { listKeys } from '../diagnostics.js'
import { suspectNote, type EquationRule } from './check-equations.js'
import { formatSum, groupName } from './names.js'

/** `appeals-total`, with its messages. */
export const appealsTotal: EquationRule = {
  id: 'appeals-total',
  failed: {
    'zh-CN': ({ scope, left, right, suspect }) =>
      `${groupName(scope, 'zh-CN')}：总计应等于结果维持、结果纠正、其他结果、尚未审结之和，但 ${formatSum(left, 'zh-CN')} ≠ ${formatSum(right, 'zh-CN')}${suspectNote(suspect, 'zh-CN')}`,
    en: ({ scope, left, right, suspect }) =>
      `${groupName(scope, 'en')}: the total should equal upheld + corrected + other + pending, but ${formatSum(left, 'en')} ≠ ${formatSum(right, 'en')}${suspectNote(suspect, 'en')}`,
  },
  blank: {
    'zh-CN': ({ scope, blanks }) => `${groupName(scope, 'zh-CN')}无法核对“总计 = 各项结果之和”，以下单元格为空：${listKeys(blanks)}`,
    en: ({ scope, blanks }) => `${groupName(scope, 'en')}: cannot check total = sum of the outcomes; blank cells: ${listKeys(blanks)}`,
  },
}
