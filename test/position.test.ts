import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalize } from '../src/normalize.js'
import { createLocator, lineStarts, shareLineStarts } from '../src/position.js'
import { propertyOptions } from './helpers/property.js'

/** The point of `offset` in `text`, counted the slow way. */
function naivePoint(text: string, offset: number) {
  const clamped = Math.max(0, Math.min(text.length, offset))
  const before = text.slice(0, clamped)
  const line = before.split('\n').length
  return { line, column: clamped - (before.lastIndexOf('\n') + 1) + 1, offset: clamped }
}

describe('createLocator', () => {
  const locator = createLocator('ab\r\ncd\n\nef')

  it('gives 1-based lines and columns and the offset', () => {
    expect(locator.point(0)).toEqual({ line: 1, column: 1, offset: 0 })
    expect(locator.point(2)).toEqual({ line: 1, column: 3, offset: 2 }) // the \r belongs to line 1
    expect(locator.point(4)).toEqual({ line: 2, column: 1, offset: 4 })
    expect(locator.point(7)).toEqual({ line: 3, column: 1, offset: 7 })
    expect(locator.point(8)).toEqual({ line: 4, column: 1, offset: 8 })
  })

  it('clamps offsets outside the text', () => {
    expect(locator.point(-5)).toEqual({ line: 1, column: 1, offset: 0 })
    expect(locator.point(99)).toEqual({ line: 4, column: 3, offset: 10 })
  })

  it('agrees with counting, whatever the order of the lookups', () => {
    // The locator remembers the last line and walks a few lines forward: lookups in reading
    // order, backwards, far apart and out of range must all land on the right line.
    const text = fc.array(fc.constantFrom('a', '\n', '\r\n', '表', ' '), { maxLength: 60 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, fc.array(fc.integer({ min: -3, max: 70 }), { maxLength: 40 }), (source, offsets) => {
        const locator = createLocator(source)
        for (const offset of offsets) expect(locator.point(offset)).toEqual(naivePoint(source, offset))
      }),
      propertyOptions(),
    )
  })

  it('builds positions', () => {
    expect(locator.position(4, 6)).toEqual({ start: { line: 2, column: 1, offset: 4 }, end: { line: 2, column: 3, offset: 6 } })
  })
})

/** Where each line of `text` starts, counted the slow way. */
function naiveStarts(text: string): number[] {
  return [0, ...[...text].flatMap((_, index) => (text[index] === '\n' ? [index + 1] : []))]
}

describe('line starts', () => {
  it('are found for any text, and the normalized copy sharing them has its lines there (property)', () => {
    const piece = fc.constantFrom('\n', '\r\n', '\r', '　', '\u00a0', '０', '“', '—', '规章', ' ', '|', '\t')
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('')
        const normalized = normalize(text)
        shareLineStarts(normalized, text)
        expect(lineStarts(normalized)).toEqual(naiveStarts(normalized))
        expect(lineStarts(text)).toEqual(naiveStarts(text))
      }),
      propertyOptions(500),
    )
  })

  it('are shared, not searched again, by the normalized copy', () => {
    const text = '规章\u3000５\n规范性文件\u3000３\n'
    const normalized = normalize(text)
    expect(normalized).not.toBe(text)
    shareLineStarts(normalized, text)
    expect(lineStarts(normalized)).toBe(lineStarts(text))
  })
})
