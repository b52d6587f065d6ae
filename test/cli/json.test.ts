/**
 * The tool's JSON writer gives the very bytes of `JSON.stringify`, encoded: on every fixture
 * (text and web pages), on generated reports in every layout, on `sources` objects of any
 * keys and numbers, and framed as JSON Lines or a JSON array.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ByteWriter } from '../../src/cli/byte-writer.js'
import { reportJsonBytes, reportRecord, writeChunk, writeSources } from '../../src/cli/formats/json.js'
import { frameItem } from '../../src/cli/framing.js'
import { putColumnKey, putEndKey, putOffsetKey } from '../../src/cli/formats/place-bytes.js'
import { parseHtmlReport } from '../../src/html/index.js'
import { parseReport } from '../../src/index.js'
import type { Position, Report } from '../../src/index.js'
import { renderedReport } from '../arbitraries/layout.js'
import { fixtures } from '../helpers/fixtures.js'
import { propertyOptions } from '../helpers/property.js'

const decoder = new TextDecoder()

/** The text the writer gives for a report. */
const reportJson = (report: Report): string => decoder.decode(reportJsonBytes(report))

/** The text the writer gives for a `sources` object. */
function sourcesJson(sources: Readonly<Record<string, unknown>>): string {
  const writer = new ByteWriter(new ArrayBuffer(16))
  writeSources(writer, sources)
  return decoder.decode(writer.bytes())
}

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
  // Any number JSON writes as such: integers on both sides of the digit-by-digit range,
  // fractions, -0, huge ones.
  const number = fc.oneof(fc.integer(), fc.nat(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 2 ** 31 - 1, 2 ** 31, 2 ** 53, 1e21))
  const point = fc.record({ line: number, column: number, offset: number })
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

describe('JSON records', () => {
  const report = parseReport(fixtures('seeds')[0]!.input)
  const before = '{"file":"a \\"b\\".txt","report":'

  it('is text when the report has no places', () => {
    const rest: Record<string, unknown> = { ...report }
    delete rest.sources
    const chunk = reportRecord(before, rest as unknown as Report, '}')
    expect(chunk).toBe(`${before}${JSON.stringify(rest)}}`)
  })

  it('writes places that come first, or last, as JSON.stringify does', () => {
    const { sources, format } = report
    for (const object of [{ sources, format }, { format, sources }, { sources }]) {
      const writer = new ByteWriter()
      writeChunk(writer, reportRecord(before, object as unknown as Report, '}'))
      expect(decoder.decode(writer.bytes())).toBe(`${before}${JSON.stringify(object)}}`)
    }
  })

  it.each([
    ['jsonl', (records: string[]) => records.map((record) => `${record}\n`).join('')],
    ['json', (records: string[]) => records.map((record, index) => `${index === 0 ? '\n' : ',\n'}${record}`).join('')],
  ] as const)('is framed for %s as its text would be', (format, framed) => {
    const writer = new ByteWriter()
    for (const first of [true, false]) writeChunk(writer, frameItem(format, reportRecord(before, report, '}'), first))
    const record = `${before}${JSON.stringify(report)}}`
    expect(decoder.decode(writer.bytes())).toBe(framed([record, record]))
  })
})

describe('place fragments', () => {
  it.each([
    ['putColumnKey', putColumnKey, ',"column":'],
    ['putOffsetKey', putOffsetKey, ',"offset":'],
    ['putEndKey', putEndKey, '},"end":{"line":'],
  ] as const)('%s writes %s and nothing else', (_name, put, text) => {
    const buffer = new Uint8Array(32).fill(0x2a)
    const end = put(buffer, 3)
    expect(end).toBe(3 + text.length)
    expect(new TextDecoder().decode(buffer)).toBe(`***${text}${'*'.repeat(32 - 3 - text.length)}`)
  })
})
