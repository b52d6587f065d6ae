/**
 * Compact token lists: what the parser takes from a built-in reader is, cell for cell, what
 * the reader's public `read` returns; readers from elsewhere are read through their arrays.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultReaders, formatReport, normalize, parseReport, type Reader, type Token } from '../src/index.js'
import { readTokens, setCompactFrom } from '../src/readers/define.js'
import { createTokenReader, outsideTables } from '../src/markup/reader.js'
import { ArrayTokens, CompactTokens, type Tokens } from '../src/token-list.js'
import { renderedReport } from './arbitraries/layout.js'
import { fixtures } from './helpers/fixtures.js'
import { propertyOptions } from './helpers/property.js'

/** Every cell of a list, as Token objects (through `token`), and as the accessors give it. */
function cells(tokens: Tokens): Token[][] {
  return Array.from({ length: tokens.length }, (_, index) => {
    const row = tokens.row(index)
    const read: Token = { kind: tokens.kind(index), text: tokens.text(index), start: tokens.start(index), end: tokens.end(index) }
    if (row !== undefined) read.row = row
    return [tokens.token(index), read]
  })
}

const texts = [...fixtures('seeds'), ...fixtures('corpus')].filter((fixture) => fixture.extension !== 'html').map((fixture) => normalize(fixture.input))
const layouts = ['pipe', 'tab', 'cells', 'markdown', 'concatenated', 'aligned'] as const
const report = parseReport(texts[0] as string)

describe('readTokens', () => {
  // Every region compactly, however small: the fixtures are reports, not megabytes.
  let previous = 0
  beforeAll(() => {
    previous = setCompactFrom(0)
  })
  afterAll(() => {
    setCompactFrom(previous)
  })

  it.each(defaultReaders.map((reader) => [reader.name, reader] as const))('gives what %s.read gives, cell for cell, on every fixture and layout', (_name, reader) => {
    const inputs = [...texts, ...layouts.map((layout) => formatReport(report, layout))]
    for (const text of inputs) {
      const expected = reader.read(text, 0, text.length)
      const list = readTokens(reader, text, 0, text.length)
      expect(list).toBeInstanceOf(CompactTokens)
      expect(list.length).toBe(expected.length)
      const found = cells(list)
      expect(found.map(([made]) => made)).toEqual(expected)
      expect(found.map(([, read]) => read)).toEqual(expected)
    }
  })

  it('gives what read gives on any region of report-like text', () => {
    const piece = fc.constantFrom('\t', '|', ' ', '  ', '\n', '\r\n', '---', '无', '/', '12', '0', '3.5', '-1', '1,234', '总计', '(一)行政许可', '**7**', '本年新收', '。')
    const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, fc.nat(400), fc.nat(400), fc.constantFrom(...defaultReaders), (source, a, b, reader) => {
        const [start, end] = [Math.min(a, b, source.length), Math.min(Math.max(a, b), source.length)]
        expect(cells(readTokens(reader, source, start, end)).map(([made]) => made)).toEqual(reader.read(source, start, end))
      }),
      propertyOptions(1000),
    )
  })

  it('reads a wrapper that only changes detection compactly, and any other reader through its array', () => {
    const text = formatReport(report, 'tab')
    const wrapped = outsideTables(defaultReaders[1] as Reader, [])
    expect(readTokens(wrapped, text, 0, text.length)).toBeInstanceOf(CompactTokens)
    const custom: Reader = { name: 'mine', detect: () => 1, read: () => [{ kind: 'number', text: '7', start: 0, end: 1, row: 2.5 }] }
    const list = readTokens(custom, text, 0, text.length)
    expect(list).toBeInstanceOf(ArrayTokens)
    expect(cells(list)).toEqual([[{ kind: 'number', text: '7', start: 0, end: 1, row: 2.5 }, { kind: 'number', text: '7', start: 0, end: 1, row: 2.5 }]])
  })

  it('grows past its first capacity without losing a cell', () => {
    const text = '1\t'.repeat(5000)
    const list = new CompactTokens(text)
    for (let index = 0; index < 5000; index++) list.add(index % 2 === 0 ? 'number' : 'empty', index * 2, index * 2 + 1, index % 7 === 0 ? undefined : index)
    expect(list.length).toBe(5000)
    expect(list.token(4999)).toEqual({ kind: 'empty', text: '1', start: 9998, end: 9999, row: 4999 })
    expect(list.row(4997)).toBe(4997)
    expect(list.row(4998)).toBeUndefined() // a multiple of 7
    expect(list.row(0)).toBeUndefined()
  })
})

describe('parseReport over compact lists', () => {
  /** The report of `text` with every region read compactly, and with none. */
  const bothWays = (text: string) => {
    const previous = setCompactFrom(0)
    try {
      const compact = JSON.stringify(parseReport(text))
      setCompactFrom(Number.POSITIVE_INFINITY)
      return [compact, JSON.stringify(parseReport(text))]
    } finally {
      setCompactFrom(previous)
    }
  }

  it.each([...fixtures('seeds'), ...fixtures('corpus'), ...fixtures('counterexamples')].filter((fixture) => fixture.extension !== 'html').map((fixture) => [fixture.name, fixture.input] as const))(
    'reads %s as over Token objects',
    (_name, text) => {
      const [compact, objects] = bothWays(text)
      expect(compact).toBe(objects)
    },
  )

  it('reads generated reports in every layout as over Token objects', () => {
    fc.assert(
      fc.property(renderedReport(), ({ text }) => {
        const [compact, objects] = bothWays(text)
        expect(compact).toBe(objects)
      }),
      propertyOptions(300),
    )
  })
})

describe('token shape', () => {
  // One shape for every token the library makes: a batch mixing layouts then meets one
  // shape, and V8 keeps the matcher's optimized code (see `Token.row`).
  const keysOf = (token: Token) => Object.keys(token).join(',')
  const shape = 'kind,text,start,end,row'

  it.each(defaultReaders.map((reader) => [reader.name, reader] as const))('%s gives every token the keys kind, text, start, end and row, in order', (_name, reader) => {
    const inputs = [...texts, ...layouts.map((layout) => formatReport(report, layout))]
    const tokens = inputs.flatMap((text) => reader.read(text, 0, text.length))
    expect(tokens.length).toBeGreaterThan(0)
    expect(new Set(tokens.map(keysOf))).toEqual(new Set([shape]))
  })

  it('a compact list and a markup reader give tokens of that shape too', () => {
    const text = formatReport(report, 'tab')
    const list = new CompactTokens(text)
    list.add('label', 0, 2)
    list.add('number', 3, 4, 1)
    // A cell whose row is not known keeps the key, undefined.
    expect([list.token(0), list.token(1)].map(keysOf)).toEqual([shape, shape])
    expect(list.token(0).row).toBeUndefined()
    const markup = createTokenReader('html', [{ kind: 'number', text: '7', start: 0, end: 1, row: 0 }])
    expect(markup.read(text, 0, 5).map(keysOf)).toEqual([shape])
  })
})
