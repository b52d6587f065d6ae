import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalize } from '../src/normalize.js'
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
