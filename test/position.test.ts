import { describe, expect, it } from 'vitest'
import { createLocator } from '../src/position.js'

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

  it('builds positions', () => {
    expect(locator.position(4, 6)).toEqual({ start: { line: 2, column: 1, offset: 4 }, end: { line: 2, column: 3, offset: 6 } })
  })
})
