/**
 * The matcher's promises: cells read by label, by order when labels are missing, and
 * never guessed when the values do not fit.
 */
import { describe, expect, it } from 'vitest'
import { flattenReport, parseReport } from '../../src/index.js'

const head = '二、主动公开政府信息情况\n'
const applicationsHeading = '三、收到和处理政府信息公开申请情况\n'

/** Rows of table 三 in tab layout, each `label\tn×7`. */
function applicationRows(rows: readonly [string, readonly number[]][]): string {
  return rows.map(([label, values]) => `${label}\t${values.join('\t')}`).join('\n')
}

describe('matcher', () => {
  it('reads rows with their labels, and rows without labels by the template order', () => {
    // 规章's label is missing: its three values come before 行政规范性文件.
    const text = `${head}信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n\t1\t2\t3\n行政规范性文件\t4\t5\t6\n`
    const report = parseReport(text)
    const flat = flattenReport(report)
    expect([flat['active.rules.issued'], flat['active.rules.repealed'], flat['active.rules.inForce']]).toEqual([1, 2, 3])
    expect(flat['active.normativeDocuments.inForce']).toBe(6)
    expect(report.diagnostics.map((item) => item.ruleId)).toContain('assigned-by-order')
  })

  it('leaves a row null when it has fewer values than cells', () => {
    const text = `${applicationsHeading}${applicationRows([['一、本年新收政府信息公开申请数量', [5, 0, 0, 0, 0, 5]]])}`
    const report = parseReport(text)
    expect(report.applications.newRequests).toEqual({ person: null, business: null, research: null, nonprofit: null, legalService: null, other: null, total: null })
    expect(report.diagnostics.find((item) => item.ruleId === 'cells-misaligned')?.path).toContain('applications.newRequests.person')
  })

  it('quotes only the first values it could not place, and says how many there were', () => {
    const values = Array.from({ length: 5000 }, (_, index) => index % 10)
    const text = `${applicationsHeading}一、本年新收政府信息公开申请数量\t${values.join('\t')}`
    for (const locale of ['zh-CN', 'en'] as const) {
      const finding = parseReport(text, { locale }).diagnostics.find((item) => item.ruleId === 'cells-misaligned')
      expect(finding?.reason).toContain(locale === 'en' ? 'read 5000 (0 1 2 3 4 5 6 7 8 9 0 1 … 4988 more)' : '实际读到 5000 个（0 1 2 3 4 5 6 7 8 9 0 1 …另 4988 个）')
      expect(finding?.reason.length).toBeLessThan(400)
    }
  })

  it('counts an empty cell between two values of a row as a blank cell', () => {
    const text = `${applicationsHeading}一、本年新收政府信息公开申请数量\t5\t\t0\t0\t0\t0\t5`
    expect(parseReport(text).applications.newRequests).toEqual({ person: 5, business: null, research: 0, nonprofit: 0, legalService: 0, other: 0, total: 5 })
  })

  it('reads not-applicable marks as blank cells', () => {
    const text = `${applicationsHeading}一、本年新收政府信息公开申请数量\t5\t/\t—\t无\t0\t0\t5`
    expect(parseReport(text).applications.newRequests).toEqual({ person: 5, business: null, research: null, nonprofit: null, legalService: 0, other: 0, total: 5 })
  })

  it('does not let a row read by order take values that do not balance', () => {
    // The second row has no label and its values do not add up: it stays null.
    const text = `${applicationsHeading}${applicationRows([
      ['一、本年新收政府信息公开申请数量', [5, 0, 0, 0, 0, 0, 5]],
      ['', [1, 1, 0, 0, 0, 0, 9]],
      ['三、本年度办理结果 (一)予以公开', [1, 0, 0, 0, 0, 0, 1]],
    ])}`
    const report = parseReport(text)
    expect(report.applications.carriedOver.total).toBeNull()
    expect(report.applications.granted.total).toBe(1)
  })

  it('reads table 四 with its labels printed as a header above the values', () => {
    const text = `四、政府信息公开行政复议、行政诉讼情况\n行政复议\t\t\t\t\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\n1\t1\t0\t2\t4\t0\t0\t0\t0\t0\t1\t0\t0\t0\t1`
    expect(parseReport(text).appeals).toEqual({
      review: { upheld: 1, corrected: 1, other: 0, pending: 2, total: 4 },
      lawsuit: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
      lawsuitAfterReview: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
    })
  })

  it('regroups table 四 when a header scrambled the reading order, and says so', () => {
    // corpus 008: pdftotext without -layout.
    const text = ['四、政府信息公开行政复议、行政诉讼情况', '行政复议', '行政诉讼', '未经复议直接起诉', '总计', '72', '64', '178', '37', '复议后起诉', '尚未', '12', '1', '1', '6', '总计', '351', '维持', '13', '4', '8', '1', '26', '总计', '20'].join('\n\n')
    const report = parseReport(text)
    expect(report.appeals.review).toEqual({ upheld: 72, corrected: 64, other: 178, pending: 37, total: 351 })
    expect(report.appeals.lawsuit).toEqual({ upheld: 13, corrected: 4, other: 8, pending: 1, total: 26 })
    expect(report.appeals.lawsuitAfterReview).toEqual({ upheld: 12, corrected: 1, other: 1, pending: 6, total: 20 })
    expect(report.diagnostics.map((item) => item.ruleId)).toContain('regrouped-by-balance')
  })

  it('does not regroup against what the prose states', () => {
    const table = ['四、政府信息公开行政复议、行政诉讼情况', '行政复议', '行政诉讼', '未经复议直接起诉', '总计', '72', '64', '178', '37', '复议后起诉', '尚未', '12', '1', '1', '6', '总计', '351', '维持', '13', '4', '8', '1', '26', '总计', '20'].join('\n\n')
    const agrees = parseReport(`某县2024年政府信息公开工作年度报告\n一、总体情况\n2024年，政府信息公开行政复议351件，其中结果维持72件。\n${table}`)
    expect(agrees.appeals.review.total).toBe(351)
    const disagrees = parseReport(`某县2024年政府信息公开工作年度报告\n一、总体情况\n2024年，政府信息公开行政复议350件，其中结果维持72件。\n${table}`)
    expect(disagrees.appeals.review.total).toBeNull()
  })

  it('leaves table 四 null when two regroupings give different numbers', () => {
    // Runs 1 2 0 0 and 2 1 0 0 can each take either lone total 3.
    const text = ['四、政府信息公开行政复议、行政诉讼情况', '行政复议', '未经复议直接起诉', '1', '2', '0', '0', '复议后起诉', '2', '1', '0', '0', '总计', '3', '维持', '0', '0', '0', '0', '0', '总计', '3'].join('\n\n')
    const report = parseReport(text)
    expect(Object.values(report.appeals).flatMap((group) => Object.values(group))).toEqual(new Array(15).fill(null))
  })

  it('takes values under a header in order even when they do not balance: that is the report speaking', () => {
    const text = ['四、政府信息公开行政复议、行政诉讼情况', '行政复议', '未经复议直接起诉', '复议后起诉', ...'1 1 1 1 9 0 0 0 0 0 0 0 0 0 0'.split(' ')].join('\n\n')
    expect(parseReport(text).appeals.review).toEqual({ upheld: 1, corrected: 1, other: 1, pending: 1, total: 9 })
  })
})
