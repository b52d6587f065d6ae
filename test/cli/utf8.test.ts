/**
 * The tool's UTF-8 decoder gives exactly what a strict TextDecoder gives, and refuses what
 * it refuses: on the fixtures, on any text, and on bytes broken every way.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { decodeUtf8 } from '../../src/cli/utf8.js'
import { fixtures } from '../helpers/fixtures.js'
import { fixturePath } from './helpers.js'
import { propertyOptions } from '../helpers/property.js'

const strict = new TextDecoder('utf-8', { fatal: true })

/** The shared seed and `runs` runs (or FC_RUNS), for `test.prop`. */
function runs(count: number): { seed: number; numRuns: number } {
  const { seed = 0, numRuns = count } = propertyOptions(count)
  return { seed, numRuns }
}

/** What TextDecoder says: the text, or `undefined` where it throws. */
function reference(bytes: Uint8Array): string | undefined {
  try {
    return strict.decode(bytes)
  } catch {
    return undefined
  }
}

describe('decodeUtf8', () => {
  it('decodes every fixture as TextDecoder does', () => {
    const reports = ['seeds', 'corpus'].flatMap((group) => fixtures(group).map((fixture) => fixture.input))
    expect(reports.length).toBeGreaterThan(10)
    for (const report of reports) expect(decodeUtf8(Buffer.from(report, 'utf8'))).toBe(report)
  })

  it('gives the verdict of TextDecoder on the files in other encodings and with marks', () => {
    const files = readdirSync(fixturePath('encodings', ''))
    expect(files.length).toBeGreaterThan(5)
    for (const file of files) {
      const bytes = readFileSync(fixturePath('encodings', file))
      expect(decodeUtf8(bytes)).toBe(reference(bytes))
    }
  })

  it('drops a leading byte-order mark, and only a leading one', () => {
    expect(decodeUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, 0xe5, 0xb9, 0xb4]))).toBe('年')
    expect(decodeUtf8(Uint8Array.from([0x41, 0xef, 0xbb, 0xbf]))).toBe('A\ufeff')
  })

  it('reads ASCII, two-, three- and four-byte characters, and a view into a larger buffer', () => {
    const text = 'A é 年 𠀀 😀'
    const bytes = Buffer.from(`xx${text}yy`, 'utf8')
    expect(decodeUtf8(bytes.subarray(2, bytes.length - 2))).toBe(text)
    expect(decodeUtf8(new Uint8Array())).toBe('')
  })

  it('refuses overlong forms, surrogates, code points past U+10FFFF and cut characters', () => {
    for (const bytes of [[0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe5, 0xb9], [0x41, 0xe5], [0x80], [0xff]]) {
      expect(decodeUtf8(Uint8Array.from(bytes))).toBeUndefined()
    }
  })

  it('decodes an input larger than the buffer it keeps', () => {
    const text = '政府信息公开'.repeat(200_000)
    expect(decodeUtf8(Buffer.from(text, 'utf8'))).toBe(text)
  })

  test.prop([fc.string({ unit: 'binary' })], runs(500))('any text comes back unchanged', (text) => {
    expect(decodeUtf8(Buffer.from(text, 'utf8'))).toBe(text)
  })

  // Valid text with bytes changed, dropped or added: whatever the damage, the same verdict.
  const damaged = fc
    .tuple(fc.string({ unit: 'binary', minLength: 1 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom('set', 'drop', 'insert')), { maxLength: 3 }))
    .map(([text, edits]) => {
      const bytes = [...Buffer.from(text, 'utf8')]
      for (const [at, byte, edit] of edits) {
        const index = at % (bytes.length + 1)
        if (edit === 'insert') bytes.splice(index, 0, byte)
        else if (index < bytes.length) {
          if (edit === 'set') bytes[index] = byte
          else bytes.splice(index, 1)
        }
      }
      return Uint8Array.from(bytes)
    })
  test.prop([damaged], runs(1000))('damaged text is refused or read exactly as TextDecoder does', (bytes) => {
    expect(decodeUtf8(bytes)).toBe(reference(bytes))
  })

  test.prop([fc.uint8Array({ maxLength: 64 })], runs(1000))('any bytes: the same verdict as TextDecoder', (bytes) => {
    expect(decodeUtf8(bytes)).toBe(reference(bytes))
  })
})
