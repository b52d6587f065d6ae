/**
 * `validateReport` on the seeds, on reports read back from JSON and on malformed ones.
 */
import { describe, expect, it } from 'vitest'
import { parseReport, RULES_URL, validateReport, type Diagnostic } from '../src/index.js'
import { expectedValues, fixtures, type Fixture } from './helpers/fixtures.js'
import { reportFromValues } from './helpers/report.js'

const errors = (findings: Diagnostic[]) => findings.filter((finding) => finding.severity === 'error')
const seed004 = fixtures('seeds').find((fixture) => fixture.name.startsWith('004_')) as { input: string }

describe('validateReport on the seeds', () => {
  it('004 (宝清县 2024) breaks applications-balance in the person and total columns, and nothing else', () => {
    const findings = validateReport(parseReport(seed004.input))
    expect(findings).toEqual([
      {
        ruleId: 'applications-balance',
        source: 'zfxxgk',
        severity: 'error',
        reason: '“自然人”列不平衡：本年新收 + 上年结转应等于办理结果总计 + 结转下年度，但 78 + 0 ≠ 78 + 1',
        place: { start: { line: 51, column: 19, offset: 1195 }, end: { line: 75, column: 15, offset: 2010 } },
        path: ['applications.newRequests.person', 'applications.carriedOver.person', 'applications.totalHandled.person', 'applications.carriedForward.person'],
        actual: 78,
        expected: 79,
        url: `${RULES_URL}applications-balance.md`,
      },
      {
        ruleId: 'applications-balance',
        source: 'zfxxgk',
        severity: 'error',
        reason: '“总计”列不平衡：本年新收 + 上年结转应等于办理结果总计 + 结转下年度，但 78 + 0 ≠ 78 + 1',
        place: { start: { line: 51, column: 32, offset: 1208 }, end: { line: 75, column: 27, offset: 2022 } },
        path: ['applications.newRequests.total', 'applications.carriedOver.total', 'applications.totalHandled.total', 'applications.carriedForward.total'],
        actual: 78,
        expected: 79,
        url: `${RULES_URL}applications-balance.md`,
      },
    ])
  })

  it('004 in English', () => {
    const [first] = validateReport(parseReport(seed004.input), { locale: 'en' })
    expect(first?.reason).toBe('Column “natural persons” does not balance: new requests + carried over should equal total handled + carried forward, but 78 + 0 ≠ 78 + 1')
  })

  for (const fixture of fixtures('seeds')) {
    if (fixture.name.startsWith('004_')) continue
    it(`${fixture.name}: no finding at all`, () => {
      expect(validateReport(parseReport(fixture.input))).toEqual([])
    })
  }

  it('gives the same findings for a report read back from JSON', () => {
    const report = parseReport(seed004.input)
    expect(validateReport(JSON.parse(JSON.stringify(report)))).toEqual(validateReport(report))
    expect(validateReport(structuredClone(report))).toEqual(validateReport(report))
  })

  it('places the finding in the user’s text', () => {
    const [finding] = validateReport(parseReport(seed004.input))
    const place = finding?.place
    expect(seed004.input.slice(place?.start.offset, place?.start.offset === undefined ? 0 : place.start.offset + 2)).toBe('78')
    expect(seed004.input.slice((place?.end.offset ?? 0) - 1, place?.end.offset)).toBe('1')
  })
})

describe('blank cells', () => {
  const values = {
    'applications.newRequests.person': 5,
    'applications.carriedOver.person': null,
    'applications.totalHandled.person': 4,
    'applications.carriedForward.person': 1,
  }

  it('make a rule not assessable: an info naming the blank cells', () => {
    const findings = validateReport(reportFromValues(values), { rules: ['applications-balance'] })
    const person = findings.find((finding) => finding.path.includes('applications.carriedOver.person'))
    expect(person).toMatchObject({ ruleId: 'applications-balance', severity: 'info', path: ['applications.carriedOver.person'] })
    expect(person?.reason).toContain('applications.carriedOver.person')
    expect(errors(findings)).toEqual([])
  })

  it('count as 0 with blankAsZero', () => {
    const balanced = validateReport(reportFromValues(values), { rules: ['applications-balance'], blankAsZero: true })
    expect(balanced).toEqual([])
    const broken = validateReport(reportFromValues({ ...values, 'applications.carriedForward.person': 2 }), { rules: ['applications-balance'], blankAsZero: true })
    expect(broken).toHaveLength(1)
    expect(broken[0]).toMatchObject({ severity: 'error', actual: 5, expected: 6 })
    expect(broken[0]?.reason).toContain('5 + 空 ≠ 4 + 2')
  })
})

describe('count-integer', () => {
  it('reports fractions and negative counts, not amounts', () => {
    const report = reportFromValues({ 'applications.granted.person': 2.5, 'appeals.review.upheld': -1, 'active.fees.amount': 12.34 })
    const findings = validateReport(report, { rules: ['count-integer'] })
    expect(findings.map((finding) => [finding.path, finding.actual])).toEqual([
      [['applications.granted.person'], 2.5],
      [['appeals.review.upheld'], -1],
    ])
  })

  it('exempts the 2019 本年增/减 and 采购总金额', () => {
    const report = reportFromValues({ format: '2019', 'active.licensing.change': -4, 'active.procurement.amount': 25.1 })
    expect(validateReport(report, { rules: ['count-integer'] })).toEqual([])
  })
})

describe('malformed reports', () => {
  it('a non-object is a TypeError', () => {
    for (const value of [null, undefined, 'text', 42, []]) expect(() => validateReport(value)).toThrow(TypeError)
  })

  it('bad options are a TypeError', () => {
    const report = reportFromValues({})
    expect(() => validateReport(report, { locale: 'fr' as 'en' })).toThrow(/locale/)
    expect(() => validateReport(report, { rules: ['no-such-rule'] })).toThrow(/unknown rule id/)
    expect(() => validateReport(report, { blankAsZero: 'yes' as unknown as boolean })).toThrow(/blankAsZero/)
    expect(() => validateReport(report, 'en' as never)).toThrow(TypeError)
  })

  it('an empty object gets report-malformed, not an exception', () => {
    expect(validateReport({})).toMatchObject([{ ruleId: 'report-malformed', severity: 'error', path: ['format'] }])
  })

  it('format null: one info, nothing checked', () => {
    const findings = validateReport(parseReport('这不是一份年度报告。'))
    expect(findings).toMatchObject([{ ruleId: 'report-malformed', severity: 'info', path: ['format'] }])
  })

  it('strings where numbers are, missing tables and cells: one finding each, then the rules run on the rest', () => {
    const report = reportFromValues({
      'applications.newRequests.person': 1,
      'applications.carriedOver.person': 0,
      'applications.totalHandled.person': 1,
      'applications.carriedForward.person': 0,
    })
    ;(report.applications as Record<string, Record<string, unknown>>).granted = { person: '3' }
    delete report.active
    report.sources = 'nowhere'
    report.year = '2024'
    const findings = validateReport(report)
    const malformed = findings.filter((finding) => finding.ruleId === 'report-malformed')
    expect(malformed.map((finding) => finding.path[0])).toEqual(['year', 'active', 'applications.granted.person', 'applications.granted.business'])
    expect(malformed[2]).toMatchObject({ path: ['applications.granted.person'], actual: '3' })
    expect(malformed[3]?.path).toEqual(['applications.granted.business', 'applications.granted.research', 'applications.granted.nonprofit', 'applications.granted.legalService', 'applications.granted.other', 'applications.granted.total'])
    expect(malformed).toHaveLength(4)
    // The balance of the person column is still checked, and holds.
    expect(errors(findings).filter((finding) => finding.ruleId !== 'report-malformed')).toEqual([])
  })

  it('a string in a cell is reported as such', () => {
    const report = reportFromValues({})
    ;(report.appeals as Record<string, Record<string, unknown>>).review = { upheld: '2', corrected: 0, other: 0, pending: 0, total: 2 }
    const findings = validateReport(report, { rules: ['appeals-total'] })
    expect(findings.filter((finding) => finding.ruleId === 'report-malformed')).toMatchObject([{ path: ['appeals.review.upheld'], actual: '2' }])
    // Not assessable, and the malformed cell is not named again as blank.
    expect(findings.filter((finding) => finding.path.includes('appeals.review.upheld') && finding.ruleId === 'appeals-total')).toEqual([])
  })

  it('an invalid format stops the checks', () => {
    expect(validateReport({ format: '2020' })).toMatchObject([{ ruleId: 'report-malformed', severity: 'error' }])
  })

  it('report-malformed is kept with rules, dropped with ignoreRules', () => {
    expect(validateReport({}, { rules: ['appeals-total'] })).toHaveLength(1)
    expect(validateReport({}, { ignoreRules: ['report-malformed'] })).toEqual([])
  })
})

describe('rules and ignoreRules', () => {
  it('select the rules that run', () => {
    const report = parseReport(seed004.input)
    expect(validateReport(report, { rules: ['appeals-total'] })).toEqual([])
    expect(validateReport(report, { ignoreRules: ['applications-balance'] })).toEqual([])
    expect(validateReport(report, { rules: ['applications-balance'] })).toHaveLength(2)
  })
})

describe('the corpus, from its hand-checked values', () => {
  for (const fixture of fixtures('corpus')) {
    it(`${fixture.name}: the errors are the report's own, as its expected file lists them`, () => {
      const values = Object.fromEntries(expectedValues(fixture))
      const listed = ((fixture.expected?._expected_failures ?? []) as string[]).map((failure) => failure.slice(0, failure.indexOf(':')))
      const found = errors(validateReport(reportFromValues(values))).map((finding) => `${finding.ruleId} ${finding.path[0]?.split('.').pop()}`)
      expect(found).toEqual(listed)
    })
  }

  for (const fixture of fixtures('corpus').filter((item) => item.extension === 'txt')) {
    it(`${fixture.name}: parsed, it has the same errors, and nothing else but infos`, () => {
      const listed = ((fixture.expected?._expected_failures ?? []) as string[]).map((failure) => failure.slice(0, failure.indexOf(':')))
      const findings = validateReport(parseReport(fixture.input))
      expect(errors(findings).map((finding) => `${finding.ruleId} ${finding.path[0]?.split('.').pop()}`)).toEqual(listed)
      expect(findings.filter((finding) => finding.severity === 'warning')).toEqual([])
    })
  }

  it('上海市人民政府办公厅 2019 leaves the 总计 of its results blank: not assessable; with blankAsZero every applicant column balances', () => {
    const fixture = fixtures('corpus').find((item) => item.name.startsWith('011_')) as Fixture
    const report = reportFromValues(Object.fromEntries(expectedValues(fixture)))
    const findings = validateReport(report)
    expect(findings.length).toBeGreaterThan(0)
    expect(findings.every((finding) => finding.severity === 'info')).toBe(true)
    const asZero = validateReport(report, { blankAsZero: true, rules: ['applications-balance', 'applications-results-sum', 'appeals-total'] })
    // Only the 总计 column fails then: its results are all blank, so they add up to 0, not 805.
    expect(asZero.map((finding) => [finding.ruleId, finding.path[0], finding.actual, finding.expected])).toEqual([['applications-results-sum', 'applications.totalHandled.total', 805, 0]])
  })
})
