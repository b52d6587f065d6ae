/**
 * `zfxxgk/schema` against real output: every fixture's report, as parsed and as JSON, is
 * accepted by `ReportSchema` and by the shipped JSON Schema (checked with Ajv, draft
 * 2020-12); malformed reports are refused by both.
 *
 * (Reads dist/report.schema.json: `npm test` builds before testing.)
 */
import { existsSync, readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { parseReport, type Report } from '../../src/index.js'
import { parseHtmlReport } from '../../src/html/index.js'
import { DiagnosticSchema, ReportSchema } from '../../src/schema/index.js'
import { fixtures } from '../helpers/fixtures.js'

const shipped = new URL('../../dist/report.schema.json', import.meta.url)

/** Every fixture, read by the reader for its kind. */
const reports: [string, Report][] = [...fixtures('seeds'), ...fixtures('corpus')].flatMap((fixture): [string, Report][] => {
  const read: [string, Report][] = [[fixture.name, parseReport(fixture.input)]]
  if (fixture.extension === 'html') read.push([`${fixture.name} (html)`, parseHtmlReport(fixture.input)])
  return read
})

/** Malformed variants of a report: each must be refused. */
function malformed(report: Report): [string, unknown][] {
  const json = JSON.parse(JSON.stringify(report)) as Record<string, unknown>
  const change = (edit: (copy: Record<string, unknown>) => void): Record<string, unknown> => {
    const copy = structuredClone(json)
    edit(copy)
    return copy
  }
  return [
    ['an unknown key', change((copy) => (copy.extra = 1))],
    ['a missing table', change((copy) => delete copy.appeals)],
    ['a count as a string', change((copy) => ((copy.applications as { newRequests: { total: unknown } }).newRequests.total = '78'))],
    ['an unknown format', change((copy) => (copy.format = '2020'))],
    ['the 2019 format with the 2021 shape', change((copy) => (copy.format = '2019'))],
    ['a diagnostic without its rule', change((copy) => (copy.diagnostics = [{ source: 'zfxxgk', severity: 'info', reason: 'x', place: null, path: [] }]))],
    ['a source without its end', change((copy) => (copy.sources = { title: { start: { line: 1, column: 1, offset: 0 } } }))],
    ['a position at line 0', change((copy) => (copy.sources = { title: { start: { line: 0, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } }))],
  ]
}

describe('ReportSchema', () => {
  it('covers every fixture', () => {
    expect(reports.length).toBeGreaterThanOrEqual(14)
    expect(new Set(reports.map(([, report]) => report.format))).toEqual(new Set(['2021', '2019']))
  })

  for (const [name, report] of reports) {
    it(`${name}: parses the report and its JSON`, () => {
      expect(ReportSchema.parse(report)).toEqual(report)
      expect(ReportSchema.parse(JSON.parse(JSON.stringify(report)))).toEqual(report)
    })
  }

  it('parses a report that is no report (format null)', () => {
    const report = parseReport('通知：今天停水。')
    expect(report.format).toBeNull()
    expect(ReportSchema.parse(report)).toEqual(report)
  })

  it('refuses malformed reports', () => {
    const report = reports[0]?.[1] as Report
    for (const [what, value] of malformed(report)) expect(ReportSchema.safeParse(value).success, what).toBe(false)
  })
})

describe('DiagnosticSchema', () => {
  const base = { ruleId: 'applications-balance', source: 'zfxxgk', severity: 'error', reason: '78 + 0 ≠ 78 + 1', place: null, path: ['applications.newRequests.total'] }

  it('takes every field of a diagnostic, the optional ones included', () => {
    const full = { ...base, actual: 78, expected: '79', url: 'https://example.org', candidates: [[1, null]], reports: [0, 1] }
    expect(DiagnosticSchema.parse(full)).toEqual(full)
    expect(DiagnosticSchema.parse(base)).toEqual(base)
    for (const [, report] of reports) for (const item of report.diagnostics) expect(DiagnosticSchema.parse(item)).toEqual(item)
  })

  it('refuses what Diagnostic is not', () => {
    expect(DiagnosticSchema.safeParse({ ...base, url: undefined }).success).toBe(false)
    expect(DiagnosticSchema.safeParse({ ...base, severity: 'fatal' }).success).toBe(false)
    expect(DiagnosticSchema.safeParse({ ...base, source: 'remark-lint' }).success).toBe(false)
  })
})

describe('the shipped JSON Schema', () => {
  it('is built, and is what the zod schema gives', () => {
    expect(existsSync(shipped), 'run the build (npm test does) before this test').toBe(true)
    const schema = JSON.parse(readFileSync(shipped, 'utf8')) as Record<string, unknown>
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    const generated = z.toJSONSchema(ReportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>
    // Same constraints; the shipped file only names its parts ($defs) and adds titles.
    expect(Object.keys(schema.$defs as object)).toEqual(expect.arrayContaining(['Report2021', 'Report2019', 'Diagnostic', 'Position']))
    expect(generated.oneOf).toHaveLength((schema.oneOf as unknown[]).length)
  })

  const validate = existsSync(shipped) ? new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true }).compile(JSON.parse(readFileSync(shipped, 'utf8')) as object) : () => false

  for (const [name, report] of reports) {
    it(`${name}: validates the report's JSON`, () => {
      const valid = validate(JSON.parse(JSON.stringify(report)))
      expect(valid, JSON.stringify((validate as { errors?: unknown }).errors)).toBe(true)
    })
  }

  it('refuses what ReportSchema refuses', () => {
    const report = reports[0]?.[1] as Report
    for (const [what, value] of malformed(report)) expect(validate(value), what).toBe(false)
  })
})
