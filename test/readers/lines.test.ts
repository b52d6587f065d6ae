/**
 * Walking the lines of a region: the readers and the region statistics share one list of
 * line starts per text, so a region may begin and end anywhere, mid-line included.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lineSpans } from '../../src/readers/lines.js'
import { createLocator } from '../../src/position.js'
import { propertyOptions } from '../helpers/property.js'

/** `lineSpans` as pairs. */
function pairs(spans: Int32Array): [number, number][] {
  const lines: [number, number][] = []
  for (let index = 0; index < spans.length; index += 2) lines.push([spans[index]!, spans[index + 1]!])
  return lines
}

/** The lines of `text[start, end)`, found the slow way: [start, end) of each, without `\r\n`. */
function naiveLines(text: string, start: number, end: number): [number, number][] {
  const lines: [number, number][] = []
  let lineStart = start
  while (lineStart < end) {
    let newline = text.indexOf('\n', lineStart)
    if (newline === -1 || newline > end) newline = end
    const lineEnd = newline > lineStart && text[newline - 1] === '\r' ? newline - 1 : newline
    lines.push([lineStart, lineEnd])
    lineStart = newline + 1
  }
  return lines
}

describe('lineSpans', () => {
  it('visits the lines of a region as a search for each newline finds them', () => {
    const text = fc.array(fc.constantFrom('a', '表', '\n', '\r\n', ' ', '\r'), { maxLength: 50 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, fc.nat(60), fc.nat(60), fc.boolean(), (source, a, b, locateFirst) => {
        // The locator on the same text first, or not: they share the list of line starts.
        if (locateFirst) createLocator(source)
        const start = Math.min(a, b, source.length)
        const end = Math.min(Math.max(a, b), source.length)
        expect(pairs(lineSpans(source, start, end))).toEqual(naiveLines(source, start, end))
      }),
      propertyOptions(),
    )
  })

  it('reads each of several texts by its own lines', () => {
    const lines = (text: string) => pairs(lineSpans(text, 0, text.length)).map(([lineStart, lineEnd]) => text.slice(lineStart, lineEnd))
    expect(lines('a\nbb\nccc')).toEqual(['a', 'bb', 'ccc'])
    expect(lines('x\r\ny')).toEqual(['x', 'y'])
    expect(lines('one line')).toEqual(['one line'])
    expect(lines('a\nbb\nccc')).toEqual(['a', 'bb', 'ccc'])
  })
})
