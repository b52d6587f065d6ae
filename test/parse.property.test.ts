/**
 * parseReport never throws on a string, places everything inside it, and is deterministic:
 * on arbitrary strings, on bytes decoded with the encodings reports come in (and the wrong
 * ones), on real reports cut and spliced at random, and on generated reports damaged at
 * random. validateReport over what it reads never throws and places inside the text too.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseReport, validateReport } from '../src/index.js'
import { renderedReport } from './arbitraries/layout.js'
import { fixtures } from './helpers/fixtures.js'
import { outside, places, positions } from './helpers/places.js'
import { propertyOptions } from './helpers/property.js'

const reports = [...fixtures('seeds'), ...fixtures('corpus'), ...fixtures('counterexamples')].map((fixture) => fixture.input)

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

/**
 * Bytes as text: random bytes, and generated reports' UTF-8 with bytes flipped, decoded as
 * UTF-8, UTF-16LE, GB18030 and Latin-1 — mojibake from a wrong guess of the encoding, and
 * replacement characters from broken bytes.
 */
const encodings = ['utf-8', 'utf-16le', 'gb18030', 'latin1'] as const
const encoder = new TextEncoder()
const decoded = fc
  .record({
    bytes: fc.oneof(
      fc.uint8Array({ maxLength: 3000 }),
      fc
        .record({ rendered: renderedReport(), flips: fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { maxLength: 20 }) })
        .map(({ rendered, flips }) => {
          const bytes = encoder.encode(rendered.text)
          for (const { at, byte } of flips) bytes[at % bytes.length] = byte
          return bytes
        }),
    ),
    encoding: fc.constantFrom(...encodings),
  })
  .map(({ bytes, encoding }) => new TextDecoder(encoding).decode(bytes))

/** Generated reports with slices deleted, duplicated, moved, and garbage inserted. */
const damaged = fc
  .record({
    rendered: renderedReport(),
    edits: fc.array(
      fc.record({ kind: fc.constantFrom('delete', 'duplicate', 'insert'), at: fc.nat(), length: fc.nat(300), garbage: fc.string({ unit: 'binary', maxLength: 12 }) }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map(({ rendered, edits }) => {
    let text = rendered.text
    for (const { kind, at, length, garbage } of edits) {
      const start = at % (text.length + 1)
      if (kind === 'delete') text = text.slice(0, start) + text.slice(start + length)
      else if (kind === 'duplicate') text = text.slice(0, start + length) + text.slice(start, start + length) + text.slice(start + length)
      else text = text.slice(0, start) + garbage + text.slice(start)
    }
    return text
  })

/** Read `text` and check it: every place of the report and of its validation inside the text. */
function placesInside(text: string): void {
  const report = parseReport(text)
  expect(outside(text, positions(report))).toEqual([])
  expect(outside(text, places(validateReport(report)))).toEqual([])
}

describe('parseReport on any string', () => {
  it('arbitrary strings and report-like text: never throws, every place inside', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), reportish), placesInside), propertyOptions())
  })

  it('bytes decoded with the right and the wrong encoding: never throws, every place inside', () => {
    fc.assert(fc.property(decoded, placesInside), propertyOptions())
  })

  it('generated reports damaged at random: never throws, every place inside', () => {
    fc.assert(fc.property(damaged, placesInside), propertyOptions())
  })

  it('gives the same output twice', () => {
    fc.assert(
      fc.property(fc.oneof(reportish, decoded, damaged), (text) => {
        expect(JSON.stringify(parseReport(text))).toBe(JSON.stringify(parseReport(text)))
      }),
      propertyOptions(),
    )
  })
})
