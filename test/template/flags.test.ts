/**
 * Which tokens hold a value: one pass over the tokens must flag what looking back and
 * ahead from each empty cell does.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { valueFlags } from '../../src/template/segments.js'
import { ArrayTokens, CompactTokens } from '../../src/token-list.js'
import type { Token, TokenKind } from '../../src/tokens.js'
import { propertyOptions } from '../helpers/property.js'

const holds = (token: Token | undefined) => token !== undefined && (token.kind === 'number' || token.kind === 'blank' || token.kind === 'digits')

/** The definition, read off each token: an empty cell holds a blank between two values of its row. */
function byDefinition(tokens: readonly Token[]): number[] {
  return tokens.map((token, index) => {
    if (token.kind !== 'empty') return holds(token) ? 1 : 0
    const before = tokens.slice(0, index).reverse().find((other) => other.kind !== 'empty')
    const after = tokens.slice(index + 1).find((other) => other.kind !== 'empty')
    return token.row !== undefined && holds(before) && before?.row === token.row && holds(after) && after?.row === token.row ? 1 : 0
  })
}

const kinds: TokenKind[] = ['number', 'blank', 'digits', 'label', 'prose', 'empty']
const token = fc.record({ kind: fc.constantFrom(...kinds), row: fc.option(fc.nat({ max: 3 }), { nil: undefined }) }).map(({ kind, row }): Token => ({ kind, text: '', start: 0, end: 0, ...(row === undefined ? {} : { row }) }))

describe('valueFlags', () => {
  it('flags values, and empty cells between two values of their row', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), (tokens) => {
        const expected = byDefinition(tokens)
        expect([...valueFlags(new ArrayTokens(tokens))]).toEqual(expected)
        const compact = new CompactTokens('')
        for (const { kind, start, end, row } of tokens) compact.add(kind, start, end, row)
        expect([...valueFlags(compact)]).toEqual(expected)
      }),
      propertyOptions(2000),
    )
  })
})
