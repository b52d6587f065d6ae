/**
 * The tool's JSON writer gives the very text of `JSON.stringify`: on every fixture (text and
 * web pages), on generated reports in every layout, and on `sources` objects of any keys.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { reportJson, sourcesJson } from '../../src/cli/formats/json.js'
import { parseHtmlReport } from '../../src/html/index.js'
import { parseReport } from '../../src/index.js'
import type { Position } from '../../src/index.js'
import { renderedReport } from '../arbitraries/layout.js'
import { fixtures } from '../helpers/fixtures.js'
import { propertyOptions } from '../helpers/property.js'

describe('reportJson', () => {
  const all = [...fixtures('seeds'), ...fixtures('corpus'), ...fixtures('counterexamples')]

  it.each(all.map((fixture) => [`${fixture.group}/${fixture.name}`, fixture] as const))('writes %s as JSON.stringify does', (_name, fixture) => {
    const report = fixture.extension === 'html' ? parseHtmlReport(fixture.input) : parseReport(fixture.input)
    expect(Object.keys(report.sources).length).toBeGreaterThan(0)
    expect(reportJson(report)).toBe(JSON.stringify(report))
  })

  it('writes generated reports in every layout as JSON.stringify does', () => {
    fc.assert(
      fc.property(renderedReport(), ({ text }) => {
        const report = parseReport(text)
        expect(reportJson(report)).toBe(JSON.stringify(report))
      }),
      propertyOptions(200),
    )
  })
})

describe('sourcesJson', () => {
  const point = fc.record({ line: fc.integer(), column: fc.integer(), offset: fc.integer() })
  const place = fc.record({ start: point, end: point })

  it('writes places under any keys as JSON.stringify does', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: 'binary' }), place), (sources) => {
        expect(sourcesJson(sources)).toBe(JSON.stringify(sources))
      }),
      propertyOptions(500),
    )
  })

  it('leaves places of another shape to JSON.stringify', () => {
    const odd = {
      nan: { start: { line: Number.NaN, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
      missing: { start: { line: 1, column: 1 }, end: { line: 1, column: 2, offset: 1 } },
      nothing: null,
      gone: undefined,
      text: 'a "quoted" place',
    } as unknown as Record<string, Position>
    expect(sourcesJson(odd)).toBe(JSON.stringify(odd))
    expect(sourcesJson({})).toBe('{}')
  })
})
