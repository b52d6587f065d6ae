/**
 * A run too long for its cells is reported without being built: `runChars` counts the
 * chars `buildRun` would make, and a run over the bound splits no way at all.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseReport } from '../../src/index.js'
import { buildRun, runChars, type CellSpec } from '../../src/solve/run.js'
import { isOverlong, splitRun } from '../../src/solve/split.js'
import type { Token } from '../../src/tokens.js'
import { propertyOptions } from '../helpers/property.js'

const cells = (count: number): CellSpec[] => Array.from({ length: count }, (_, index) => ({ key: `k${index}`, signed: index % 2 === 0, decimal: index % 3 === 0 }))

/** Tokens as the concatenated and text readers make them for a run. */
const runToken = fc.oneof(
  fc.stringMatching(/^\d[\d .-]{0,12}\d?$/).map((text): Token => ({ kind: 'digits', text, start: 0, end: text.length })),
  fc.stringMatching(/^-?\d{1,3}(,\d{3})?(\.\d{1,2})?(万元|元)?$/).map((text): Token => ({ kind: 'number', text, start: 0, end: text.length })),
  fc.constantFrom('/', '—', '--', '///', '无', '-').map((text): Token => ({ kind: 'blank', text, start: 0, end: text.length })),
)

describe('overlong runs', () => {
  it('counts the chars buildRun makes of any tokens', () => {
    fc.assert(
      fc.property(fc.array(runToken, { minLength: 1, maxLength: 12 }), (tokens) => {
        const counted = tokens.reduce((sum, token) => sum + runChars(token.kind as 'digits' | 'number' | 'blank', token.text), 0)
        expect(counted).toBe(buildRun(tokens, cells(3)).chars.length)
      }),
      propertyOptions(1000),
    )
  })

  it('splits a run over the bound no way, and one at it some way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 4 }), (count, extra) => {
        const long = '1'.repeat(count * 19 + extra)
        expect(isOverlong(long.length, count)).toBe(true)
        expect(splitRun(buildRun([{ kind: 'digits', text: long, start: 0, end: long.length }], cells(count)), () => true)).toEqual({ status: 'ok', candidates: [], spans: [] })
        expect(isOverlong(count * 19, count)).toBe(false)
      }),
      propertyOptions(100),
    )
  })

  it('reports a table of megabytes run together as a run it cannot split, with its text and place', () => {
    const row = '一、本年新收政府信息公开申请数量' + '1234567890'.repeat(3000)
    const text = `三、收到和处理政府信息公开申请情况\n${row}\n四、政府信息公开行政复议、行政诉讼情况\n`
    const report = parseReport(text)
    expect(report.layouts.applications).toBe('concatenated')
    const finding = report.diagnostics.find((item) => item.ruleId === 'cells-unsplittable')
    expect(finding?.path).toContain('applications.newRequests.total')
    expect(finding?.reason).toContain('1234567890'.repeat(3000))
    expect(finding?.place?.start.offset).toBe(text.indexOf('1234567890'))
    expect(finding?.place?.end.offset).toBe(text.indexOf('\n四'))
    expect(report.applications.newRequests.total).toBeNull()
  })
})
