/**
 * A report as a JSON record: the very bytes `JSON.stringify` gives, encoded, with less work.
 *
 * Why by hand: `report.sources` holds some 260 places, enough keys for V8 to keep the
 * object in dictionary mode, and `JSON.stringify` serializes such objects on its slow,
 * generic path; its text is then most of a JSON line (some 26 of 36 KB), a rope of hundreds
 * of pieces that encoding flattens and copies once more. So a record is kept as the text
 * before and after `sources` ({@link JsonRecord}), and the places are written into the
 * output as bytes, from their fixed shape: the quoted keys encoded once, the numbers digit
 * by digit. Everything else still goes through `JSON.stringify`, one top-level value at a
 * time. (Measured on the fixtures, warm: a record takes 95 µs against 126 as text and
 * encoded; a 10,000-file run of `parse` about 14% less CPU, the ropes being garbage too.)
 *
 * Only for reports made by `parseReport` / `parseHtmlReport`, whose places are always
 * `{ start: { line, column, offset }, end: { … } }` with these keys in this order (the
 * tests compare the two on every fixture and on generated reports): a place whose numbers
 * are not all integers from 0 to 2³¹ − 1 is left to `JSON.stringify`, but keys added to a
 * place by someone else would be left out.
 */
import type { Report } from '../../model.js'
import type { Point, Position } from '../../position.js'
import { isPosition } from '../../rules/places.js'
import { utf8Bytes, ByteWriter, INTEGER_BYTES, isDigitInteger, putInteger } from '../byte-writer.js'
import { putColumnKey, putEndKey, putOffsetKey } from './place-bytes.js'

/** A JSON record with a report in it: the text before the report's `sources`, the places, the text after. */
export interface JsonRecord {
  before: string
  sources: Readonly<Record<string, unknown>>
  after: string
}

/** A file's piece of output: text, or a {@link JsonRecord}. */
export type Chunk = string | JsonRecord

/** Most keys kept encoded: the template's keys and a few more; a bound all the same. */
const ENCODED_MAX = 4096

/**
 * Keys already quoted and encoded with what follows them: `"key":` for any value, and
 * `"key":{"start":{"line":` for a place (one piece to copy instead of two). Every report
 * has the same keys.
 */
const encodedKeys = new Map<string, Uint8Array>()
const encodedPlaceKeys = new Map<string, Uint8Array>()

function encoded(key: string, cache: Map<string, Uint8Array>, after: string): Uint8Array {
  let found = cache.get(key)
  if (found === undefined) {
    if (cache.size >= ENCODED_MAX) cache.clear()
    // Keys may hold any character: JSON.stringify quotes them, and they are encoded as UTF-8.
    found = utf8Bytes(`${JSON.stringify(key)}:${after}`)
    cache.set(key, found)
  }
  return found
}

const OPEN = utf8Bytes('{')
const COMMA = utf8Bytes(',')
const CLOSE = utf8Bytes('}')
const START_LINE = '{"start":{"line":'
const COMMA_BYTE = 0x2c
const CLOSE_BYTE = 0x7d

/** Room for a place after its key and `{"start":{"line":`: a comma, the other fragments (58 bytes) and six integers. */
const PLACE_BYTES = 1 + 58 + 6 * INTEGER_BYTES

function putPoint(buffer: Uint8Array, at: number, point: Point): number {
  at = putInteger(buffer, at, point.line)
  at = putColumnKey(buffer, at)
  at = putInteger(buffer, at, point.column)
  at = putOffsetKey(buffer, at)
  return putInteger(buffer, at, point.offset)
}

function isDigitPoint(point: Point): boolean {
  return isDigitInteger(point.line) && isDigitInteger(point.column) && isDigitInteger(point.offset)
}

/** Is `value` a place whose numbers are all written digit by digit: every place of a parsed report. */
function isDigitPlace(value: unknown): value is Position {
  return isPosition(value) && isDigitPoint(value.start) && isDigitPoint(value.end)
}

/**
 * Write `"key":` and a {@link isDigitPlace} place, after a comma when `separated`, in one go
 * into room claimed once.
 */
function writePlace(writer: ByteWriter, key: string, { start, end }: Position, separated: boolean): void {
  const prefix = encoded(key, encodedPlaceKeys, START_LINE)
  const buffer = writer.claim(prefix.length + PLACE_BYTES)
  let at = writer.end
  if (separated) buffer[at++] = COMMA_BYTE
  buffer.set(prefix, at)
  at = putPoint(buffer, at + prefix.length, start)
  at = putEndKey(buffer, at)
  at = putPoint(buffer, at, end)
  buffer[at] = CLOSE_BYTE
  buffer[at + 1] = CLOSE_BYTE
  writer.commit(at + 2)
}

/** Write `JSON.stringify(sources)`, the places of the usual shape as bytes. */
export function writeSources(writer: ByteWriter, sources: Readonly<Record<string, unknown>>): void {
  writer.writeBytes(OPEN)
  let first = true
  for (const key of Object.keys(sources)) {
    const place = sources[key]
    // Anything else (a place with fractions, NaN or Infinity, which JSON writes as null; any
    // other value) as JSON.stringify writes it.
    const json = isDigitPlace(place) ? null : JSON.stringify(place)
    // JSON.stringify leaves out what has no JSON form (undefined, functions).
    if (json === undefined) continue
    if (json === null) {
      writePlace(writer, key, place as Position, !first)
    } else {
      if (!first) writer.writeBytes(COMMA)
      writer.writeBytes(encoded(key, encodedKeys, ''))
      writer.write(json)
    }
    first = false
  }
  writer.writeBytes(CLOSE)
}

/** Write a piece of output: its text, or a record's text around its places. */
export function writeChunk(writer: ByteWriter, chunk: Chunk): void {
  if (typeof chunk === 'string') {
    writer.write(chunk)
    return
  }
  writer.write(chunk.before)
  writeSources(writer, chunk.sources)
  writer.write(chunk.after)
}

/**
 * The record `before` + `JSON.stringify(report)` + `after`, for a report made by this
 * library (see the module comment): a {@link JsonRecord}, or text when it has no `sources`.
 */
export function reportRecord(before: string, report: Report, after: string): Chunk {
  // The members before `sources` and after it, each from JSON.stringify.
  let head = ''
  let tail = ''
  let sources: Readonly<Record<string, unknown>> | null = null
  for (const key of Object.keys(report)) {
    const value = (report as unknown as Record<string, unknown>)[key]
    if (key === 'sources' && typeof value === 'object' && value !== null) {
      sources = value as Record<string, unknown>
      continue
    }
    const json = JSON.stringify(value)
    // JSON.stringify leaves out what has no JSON form (undefined, functions).
    if (json === undefined) continue
    const member = `${JSON.stringify(key)}:${json}`
    if (sources !== null) tail += `,${member}`
    else head += head === '' ? member : `,${member}`
  }
  if (sources === null) return `${before}{${head}}${after}`
  return { before: `${before}{${head}${head === '' ? '' : ','}"sources":`, sources, after: `${tail}}${after}` }
}

/**
 * `JSON.stringify(report)` as this module writes it, as UTF-8, into `spare` while it fits
 * (for the tests and the benchmark).
 */
export function reportJsonBytes(report: Report, spare?: ArrayBuffer): Uint8Array {
  const writer = new ByteWriter(spare)
  writeChunk(writer, reportRecord('', report, ''))
  return writer.bytes()
}
