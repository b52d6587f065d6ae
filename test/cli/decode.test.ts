/**
 * Bytes to text: byte-order marks, strict UTF-8, GB18030 only for Chinese, binary files.
 */
import { readFileSync } from 'node:fs'
import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { binaryKind, decode, gb2312Share } from '../../src/cli/decode.js'
import { fixturePath } from './helpers.js'

const seed = readFileSync(fixturePath('seeds', '004_3f00e38b5daa275f'), 'utf8')
const seedOptions = { seed: Number(process.env.FC_SEED ?? 20240611), numRuns: Number(process.env.FC_RUNS ?? 200) }

describe('decode', () => {
  it('reads UTF-8 with and without a BOM, and UTF-16 with a BOM, to the same text', () => {
    for (const [file, encoding] of [
      ['004.utf8bom.txt', 'utf-8-bom'],
      ['004.utf16le.txt', 'utf-16le'],
      ['004.utf16be.txt', 'utf-16be'],
      ['004.gb18030.txt', 'gb18030'],
    ]) {
      expect(decode(readFileSync(fixturePath('encodings', file as string)))).toEqual({ ok: true, text: seed, encoding })
    }
    expect(decode(Buffer.from(seed, 'utf8'))).toEqual({ ok: true, text: seed, encoding: 'utf-8' })
  })

  it('refuses text in other encodings instead of guessing', () => {
    for (const file of ['big5.txt', 'shift_jis.txt', 'latin1.txt']) {
      expect(decode(readFileSync(fixturePath('encodings', file)))).toMatchObject({ ok: false, failure: { code: 'undecodable' } })
    }
  })

  it('refuses UTF-8 cut in the middle of characters', () => {
    const bytes = Buffer.from(seed, 'utf8')
    const broken = Buffer.concat([bytes.subarray(0, 301), bytes.subarray(302, 2000), bytes.subarray(2001)])
    expect(decode(broken)).toMatchObject({ ok: false, failure: { code: 'undecodable' } })
  })

  it('refuses UTF-16 with a lone surrogate, and UTF-32', () => {
    expect(decode(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]))).toMatchObject({ ok: false, failure: { code: 'undecodable', detail: 'invalid UTF-16LE' } })
    expect(decode(Uint8Array.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]))).toMatchObject({ ok: false, failure: { code: 'undecodable', detail: 'UTF-32' } })
  })

  it('names binary formats by their magic numbers, and anything with NUL bytes', () => {
    const cases: [number[], string][] = [
      [[...Buffer.from('%PDF-1.7\n')], 'PDF'],
      [[0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'ZIP (docx, xlsx, ofd…)'],
      [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00], 'OLE (doc, xls, wps)'],
      [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], 'PNG'],
      [[...Buffer.from('政府信息'), 0x00, 0x41], 'NUL bytes'],
    ]
    for (const [bytes, kind] of cases) {
      expect(binaryKind(Uint8Array.from(bytes))).toBe(kind)
      expect(decode(Uint8Array.from(bytes))).toEqual({ ok: false, failure: { code: 'binary', detail: kind } })
    }
  })

  it('reads an empty file as empty text', () => {
    expect(decode(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8' })
  })

  test.prop([fc.string({ unit: 'binary', minLength: 1 }).filter((text) => !text.includes('\u0000'))], seedOptions)('any text without NUL survives UTF-8 and UTF-16 (with BOM) unchanged', (text) => {
    expect(decode(Buffer.from(text, 'utf8'))).toMatchObject({ ok: true, text })
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toMatchObject({ ok: true, text, encoding: 'utf-16le' })
  })

  const gb2312Text = fc.string({ unit: fc.constantFrom(...'政府信息公开工作年度报告申请办理结果行政复议诉讼，。、（）一二三四五六七'), minLength: 1 })
  test.prop([gb2312Text, fc.string({ unit: fc.constantFrom(...'0123456789 \n\t|') })], seedOptions)('Chinese text in GB18030 is read back exactly', (chinese, ascii) => {
    const text = chinese + ascii
    const bytes = new Uint8Array(Buffer.from(new TextEncoderGb().encode(text)))
    expect(decode(bytes)).toEqual({ ok: true, text, encoding: 'gb18030' })
  })
})

describe('gb2312Share', () => {
  it('is 1 for GBK Chinese and low for other multi-byte encodings', () => {
    expect(gb2312Share(readFileSync(fixturePath('encodings', '004.gb18030.txt')))).toBe(1)
    expect(gb2312Share(readFileSync(fixturePath('encodings', 'big5.txt')))).toBeLessThan(0.9)
    expect(gb2312Share(Buffer.from(seed, 'utf8'))).toBeLessThan(0.9)
    expect(gb2312Share(Buffer.from('ascii only'))).toBe(1)
  })
})

/**
 * A GB2312 encoder for the few characters the property uses: their bytes, taken from the
 * committed GB18030 fixture (Node has no GB18030 encoder).
 */
class TextEncoderGb {
  static table: Map<string, number[]> | undefined
  encode(text: string): number[] {
    TextEncoderGb.table ??= buildTable()
    return [...text].flatMap((char) => TextEncoderGb.table?.get(char) ?? [char.charCodeAt(0)])
  }
}

function buildTable(): Map<string, number[]> {
  const bytes = readFileSync(fixturePath('encodings', '004.gb18030.txt'))
  const table = new Map<string, number[]>()
  let index = 0
  for (const char of seed) {
    if (char.charCodeAt(0) < 0x80) {
      index++
      continue
    }
    table.set(char, [bytes[index] as number, bytes[index + 1] as number])
    index += 2
  }
  return table
}
