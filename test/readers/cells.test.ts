import { describe, expect, it } from 'vitest'
import { cellsReader, tabReader } from '../../src/readers/index.js'
import { cells, offsetsHold, read } from '../helpers/tokens.js'

// LAYOUTS.md §3 (seeds 000, 001): one cell a line, blank lines between, trailing spaces.
const excerpt = ['(三)', '', '不予公开', '', '1.属于国家秘密', '', '2', '', '0 ', '', '\u00a0\u00a0', '', '商业', '', '企业'].join('\n')

describe('cells reader', () => {
  it('reads one cell a line and skips blank lines (NBSP included)', () => {
    const tokens = read(cellsReader, excerpt)
    expect(cells(tokens)).toEqual(['label:(三)', 'label:不予公开', 'label:1.属于国家秘密', 'number:2', 'number:0', 'label:商业', 'label:企业'])
    expect(offsetsHold(excerpt, tokens)).toBe(true)
  })

  it('is confident when numbers stand alone on their lines', () => {
    expect(cellsReader.detect(excerpt, 0, excerpt.length)).toBeGreaterThan(tabReader.detect(excerpt, 0, excerpt.length))
  })
})
