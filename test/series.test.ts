/**
 * `validateSeries`: the cross-year rules over one organ's reports.
 */
import { describe, expect, it } from 'vitest'
import { RULES_URL, validateSeries } from '../src/index.js'
import { reportFromValues } from './helpers/report.js'

const columns = ['person', 'business', 'research', 'nonprofit', 'legalService', 'other', 'total'] as const

/** A report of `year` with the given 结转 rows (every column 0 unless given) and table 二 values. */
function report(year: number, rows: { carriedOver?: number; carriedForward?: number }, extra: Record<string, unknown> = {}) {
  const values: Record<string, unknown> = { format: '2021', title: `测试县${year}年政府信息公开工作年度报告`, year, ...extra }
  for (const column of columns) {
    values[`applications.carriedOver.${column}`] = column === 'person' || column === 'total' ? (rows.carriedOver ?? 0) : 0
    values[`applications.carriedForward.${column}`] = column === 'person' || column === 'total' ? (rows.carriedForward ?? 0) : 0
  }
  const place = { start: { line: 9, column: 3, offset: 120 }, end: { line: 9, column: 4, offset: 121 } }
  return reportFromValues(values, { sources: { 'applications.carriedOver.person': place } })
}

const errors = (findings: ReturnType<typeof validateSeries>) => findings.filter((finding) => finding.severity !== 'info')

describe('carry-over', () => {
  it('fails per column, naming both reports, earlier first, whatever the order given', () => {
    const reports = [report(2024, { carriedOver: 2 }), report(2023, { carriedForward: 3 })]
    const copy = structuredClone(reports)
    const findings = errors(validateSeries(reports))
    expect(reports).toEqual(copy)
    expect(findings).toHaveLength(2)
    expect(findings[0]).toEqual({
      ruleId: 'carry-over',
      source: 'zfxxgk',
      severity: 'error',
      reason: '“自然人”列：《测试县2024年政府信息公开工作年度报告》（2024 年）的上年结转应等于《测试县2023年政府信息公开工作年度报告》（2023 年）的结转下年度继续办理，但 2 ≠ 3',
      place: { start: { line: 9, column: 3, offset: 120 }, end: { line: 9, column: 4, offset: 121 } },
      path: ['applications.carriedOver.person', 'applications.carriedForward.person'],
      actual: 2,
      expected: 3,
      url: `${RULES_URL}carry-over.md`,
      reports: [1, 0],
    })
    expect(findings[1]?.path).toEqual(['applications.carriedOver.total', 'applications.carriedForward.total'])
  })

  it('holds when what is carried forward is carried over; in English', () => {
    expect(validateSeries([report(2023, { carriedForward: 3 }), report(2024, { carriedOver: 3 })], { rules: ['carry-over'] })).toEqual([])
    const [finding] = validateSeries([report(2023, { carriedForward: 3 }), report(2024, { carriedOver: 1 })], { locale: 'en' })
    expect(finding?.reason).toBe('Column “natural persons”: carried over in “测试县2024年政府信息公开工作年度报告” (2024) should equal carried forward in “测试县2023年政府信息公开工作年度报告” (2023), but 1 ≠ 3')
  })

  it('compares only reports a year apart, each with each', () => {
    expect(validateSeries([report(2021, { carriedForward: 3 }), report(2023, { carriedOver: 1 })])).toEqual([])
    const findings = errors(validateSeries([report(2023, { carriedForward: 3 }), report(2024, { carriedOver: 1 }), report(2024, { carriedOver: 3 })]))
    expect(findings.map((finding) => finding.reports)).toEqual([
      [0, 1],
      [0, 1],
    ])
  })

  it('works from the 2019 template to the 2021 one', () => {
    const earlier = reportFromValues({ format: '2019', year: 2020, title: null, 'applications.carriedForward.total': 5 })
    const later = reportFromValues({ format: '2021', year: 2021, 'applications.carriedOver.total': 4 })
    const findings = errors(validateSeries([earlier, later]))
    expect(findings).toMatchObject([{ ruleId: 'carry-over', actual: 4, expected: 5, reports: [0, 1] }])
    expect(findings[0]?.reason).toContain('第 1 份报告（2020 年）')
  })

  it('blank cells: not assessable, or 0 with blankAsZero', () => {
    const earlier = reportFromValues({ year: 2023, 'applications.carriedForward.total': 0 })
    const later = reportFromValues({ year: 2024 })
    const blank = validateSeries([earlier, later], { rules: ['carry-over'] })
    expect(blank.every((finding) => finding.severity === 'info')).toBe(true)
    expect(blank.find((finding) => finding.path.includes('applications.carriedOver.total'))?.reason).toContain('2024:applications.carriedOver.total')
    expect(validateSeries([earlier, later], { rules: ['carry-over'], blankAsZero: true })).toEqual([])
  })
})

describe('active-in-force-trend', () => {
  const documents = (year: number, issued: number, repealed: number, inForce: number) =>
    report(year, {}, { 'active.normativeDocuments.issued': issued, 'active.normativeDocuments.repealed': repealed, 'active.normativeDocuments.inForce': inForce, 'active.rules.issued': 0, 'active.rules.repealed': 0, 'active.rules.inForce': 0 })

  it('is a warning when 现行有效 does not follow from last year’s', () => {
    expect(validateSeries([documents(2023, 2, 13, 42), documents(2024, 3, 24, 21)])).toEqual([])
    const findings = validateSeries([documents(2023, 2, 13, 42), documents(2024, 3, 4, 60)])
    expect(findings).toMatchObject([{ ruleId: 'active-in-force-trend', severity: 'warning', actual: 60, expected: 41, reports: [0, 1], path: ['active.normativeDocuments.inForce', 'active.normativeDocuments.repealed', 'active.normativeDocuments.issued'] }])
    expect(findings[0]?.reason).toContain('现行有效 42 件 + 本年制发 3 件 − 本年废止 4 件 = 41 件')
  })
})

describe('licensing-previous', () => {
  const items = (year: number, previous: number, change: number) =>
    reportFromValues({ format: '2019', year, 'active.licensing.previous': previous, 'active.licensing.change': change, 'applications.carriedOver.total': 0, 'applications.carriedForward.total': 0 })

  it('2019 template: 上一年项目数量 is last year’s plus its 增/减', () => {
    const rules = ['licensing-previous']
    expect(errors(validateSeries([items(2019, 120, -4), items(2020, 116, 3)], { rules }))).toEqual([])
    const findings = errors(validateSeries([items(2019, 120, -4), items(2020, 120, 3)], { rules }))
    expect(findings).toMatchObject([{ ruleId: 'licensing-previous', severity: 'error', actual: 120, expected: 116, reports: [0, 1] }])
    expect(findings[0]?.reason).toContain('120 ≠ 120 + (-4)')
  })
})

describe('what cannot be placed', () => {
  it('a report without a year says so', () => {
    expect(validateSeries([reportFromValues({ year: null })])).toMatchObject([{ ruleId: 'report-malformed', severity: 'info', reports: [0] }])
  })

  it('malformed reports get report-malformed with their index', () => {
    expect(validateSeries([report(2023, {}), { format: 'x' }])).toMatchObject([{ ruleId: 'report-malformed', severity: 'error', reports: [1] }])
  })

  it('a non-array, or an item that is not an object, is a TypeError', () => {
    expect(() => validateSeries('reports' as never)).toThrow(TypeError)
    expect(() => validateSeries([report(2023, {}), null])).toThrow(/index 1/)
  })
})
