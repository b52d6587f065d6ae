/**
 * A table whose section heading is missing (dropped by a converter, or never written) is
 * still looked for, between the sections that were found: labels tell the tables apart.
 */
import { describe, expect, it } from 'vitest'
import { parseReport } from '../../src/index.js'
import { fixtures } from '../helpers/fixtures.js'

const seed = fixtures('seeds').find((fixture) => fixture.name.startsWith('002'))!.input

describe('a missing section heading', () => {
  it('still reads table 三 when its heading is gone', () => {
    const text = seed.replace('三、收到和处理政府信息公开申请情况', '')
    const report = parseReport(text)
    expect(report.applications.newRequests.total).toBe(101)
    expect(report.applications.carriedForward.total).toBe(2)
    expect(report.format === '2021' && report.active.fees.amount).toBe(3135.6)
    const missing = report.diagnostics.find((item) => item.ruleId === 'section-missing')
    expect(missing?.severity).toBe('info')
  })

  it('still reads table 四 when its heading is gone', () => {
    const text = seed.replace('四、政府信息公开行政复议、行政诉讼情况', '')
    const report = parseReport(text)
    expect(report.appeals.review).toEqual({ upheld: 2, corrected: 3, other: 0, pending: 0, total: 5 })
    expect(report.applications.carriedForward.total).toBe(2)
  })

  it('warns when the table is not found either', () => {
    const text = seed.slice(0, seed.indexOf('四、政府信息公开行政复议'))
    const report = parseReport(text.replace('三、收到和处理政府信息公开申请情况', ''))
    expect(report.appeals.review.total).toBeNull()
    expect(report.diagnostics.find((item) => item.ruleId === 'section-missing' && item.path[0] === 'appeals')?.severity).toBe('warning')
  })
})
