/**
 * parseReport never throws on a string, places everything inside it, and is deterministic,
 * on arbitrary strings and on real reports cut and spliced at random.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseReport, type Position, type Report } from '../src/index.js'
import { fixtures } from './helpers/fixtures.js'
import { propertyOptions } from './helpers/property.js'

/** Every position in the report (sources and diagnostic places). */
function positions(report: Report): Position[] {
  return [...Object.values(report.sources), ...report.diagnostics.flatMap((item) => (item.place === null ? [] : [item.place]))]
}

function inside(text: string, position: Position): boolean {
  return position.start.offset >= 0 && position.start.offset <= position.end.offset && position.end.offset <= text.length
}

const reports = fixtures('seeds').concat(fixtures('corpus')).map((fixture) => fixture.input)

/** Text that looks like reports: real fragments, digits, separators, odd characters. */
const reportish = fc
  .array(
    fc.oneof(
      fc.constantFrom(...reports).chain((text) => fc.tuple(fc.nat(text.length), fc.nat(400)).map(([start, length]) => text.slice(start, start + length))),
      fc.stringMatching(/^\d{1,30}$/),
      fc.constantFrom('\t', '|', ' ', '\n', '\r\n', '\u3000', '\u00a0', '（', '）', '、', '.', '-', '“', '”', '总计', '其他', '3.其他', '(七)总计'),
      fc.string({ unit: 'binary', maxLength: 20 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''))

describe('parseReport on any string', () => {
  it('never throws, and places every source and diagnostic inside the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), reportish), (text) => {
        const report = parseReport(text)
        expect(positions(report).every((position) => inside(text, position))).toBe(true)
      }),
      propertyOptions(),
    )
  })

  it('gives the same output twice', () => {
    fc.assert(
      fc.property(reportish, (text) => {
        expect(JSON.stringify(parseReport(text))).toBe(JSON.stringify(parseReport(text)))
      }),
      propertyOptions(),
    )
  })
})
