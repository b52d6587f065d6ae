/**
 * The identities across two reports of one organ, a year apart, declared once like the
 * balance identities of `equations.ts`: `sum(left) = sum(right)`, where a key prefixed
 * `prior:` is read from the earlier report and any other key from the later one.
 */
import type { Format } from '../model.js'
import { applicantColumns } from '../template/shared.js'
import { equation, type Equation } from './equations.js'

/** Prefix of the keys read from the earlier report. */
export const PRIOR = 'prior:'

/** Rows of 二 whose 现行有效件数 follows from last year's (2021 template). */
const documentRows = ['normativeDocuments', 'rules'] as const

/** Rows of 二 with 上一年项目数量 and 本年增/减 (2019 template). */
const itemRows = ['licensing', 'otherServices', 'punishment', 'coercion', 'fees'] as const

/** The identities between a report of `earlier` format and the next year's of `later` format. */
export function seriesEquations(earlier: Format, later: Format): Equation[] {
  const list: Equation[] = []
  // carry-over: what was carried forward is what is carried over.
  for (const column of applicantColumns) {
    list.push(equation('carry-over', column, [`applications.carriedOver.${column}`], [`${PRIOR}applications.carriedForward.${column}`]))
  }
  // active-in-force-trend: inForce(y) = inForce(y−1) + issued(y) − repealed(y), with the
  // subtraction moved across so that both sides are sums.
  if (earlier === '2021' && later === '2021') {
    for (const row of documentRows) {
      list.push(equation('active-in-force-trend', row, [`active.${row}.inForce`, `active.${row}.repealed`], [`${PRIOR}active.${row}.inForce`, `active.${row}.issued`]))
    }
  }
  // licensing-previous: previous(y) = previous(y−1) + change(y−1).
  if (earlier === '2019' && later === '2019') {
    for (const row of itemRows) {
      list.push(equation('licensing-previous', row, [`active.${row}.previous`], [`${PRIOR}active.${row}.previous`, `${PRIOR}active.${row}.change`]))
    }
  }
  return list
}
