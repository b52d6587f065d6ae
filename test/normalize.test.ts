import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeUnits, isBlankCode, normalize, normalizeCode } from '../src/normalize.js'
import { propertyOptions } from './helpers/property.js'

describe('normalize', () => {
  it('maps full-width forms to ASCII', () => {
    expect(normalize('（一）予以公开：０１２３ＡＢｃ')).toBe('(一)予以公开:0123ABc')
  })

  it('turns odd spaces into spaces and keeps 、', () => {
    expect(normalize('a\u00a0b\u3000c\u2002d\u200be\ufeff、')).toBe('a b c d e 、')
  })

  it('straightens quotes and dashes', () => {
    expect(normalize('“三安全一稳定”—–−')).toBe('"三安全一稳定"---')
  })

  it('returns the same string when nothing needs replacing', () => {
    const text = 'plain 文本 123'
    expect(normalize(text)).toBe(text)
  })

  it('never changes the length, so offsets carry over', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => normalize(text).length === text.length),
      propertyOptions(),
    )
  })

  it('handles text longer than one decoding chunk', () => {
    const text = '０'.repeat(20_000)
    expect(normalize(text)).toBe('0'.repeat(20_000))
  })
})

describe('normalizeCode', () => {
  it('is normalize, one code unit at a time', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const codes = Array.from({ length: text.length }, (_, index) => normalizeCode(text.charCodeAt(index)))
        expect(String.fromCharCode(...codes)).toBe(normalize(text))
      }),
      propertyOptions(),
    )
  })

  it('agrees with normalize on every code unit', () => {
    // normalize finds the units to change with one character class: it must list them all, and only them.
    const differ: number[] = []
    for (let code = 0; code <= 0xffff; code++) {
      if (normalize(String.fromCharCode(code)) !== String.fromCharCode(normalizeCode(code))) differ.push(code)
    }
    expect(differ).toEqual([])
  })
})

describe('isBlankCode', () => {
  it('is true exactly for the units normalization turns into a space, and controls', () => {
    const differ: number[] = []
    for (let code = 0; code <= 0xffff; code++) if (isBlankCode(code) !== (code <= 0x20 || normalizeCode(code) === 0x20)) differ.push(code)
    expect(differ).toEqual([])
  })
})

describe('decodeUnits', () => {
  it('turns code units into a string, long or short', () => {
    const text = '年度报告 2024\u00a0'.repeat(3000)
    const codes = Uint16Array.from({ length: text.length }, (_, index) => text.charCodeAt(index))
    expect(decodeUnits(codes)).toBe(text)
    expect(decodeUnits(new Uint16Array(0))).toBe('')
  })
})
