/**
 * The corpus of real reports in hard layouts: how many keys are exactly right, and that no
 * number is ever wrong (a value the text cannot settle must be null). The figure is printed.
 */
import { describe, expect, it } from 'vitest'
import { parseHtmlReport } from '../src/html/index.js'
import { flattenReport, parseReport } from '../src/index.js'
import { expectedValues, fixtures, type Fixture } from './helpers/fixtures.js'

/** Every corpus report with hand-checked values: text through parseReport, pages through zfxxgk/html. */
const corpus = fixtures('corpus').filter((fixture) => fixture.expected !== undefined)

function score(fixture: Fixture): { right: number; total: number; wrong: string[] } {
  const report = fixture.extension === 'html' ? parseHtmlReport(fixture.input) : parseReport(fixture.input)
  const flat = flattenReport(report)
  const ambiguous = new Set((fixture.expected?._ambiguous as string[] | undefined) ?? [])
  let right = 0
  const wrong: string[] = []
  const values = expectedValues(fixture)
  for (const [key, expected] of values) {
    const actual = flat[key]
    if (actual === expected) right++
    // A number where the text settles none, or a different number: wrong. A null where a
    // number was expected is only missing.
    else if (actual !== null) wrong.push(`${key}: ${JSON.stringify(actual)} (expected ${JSON.stringify(expected)})`)
  }
  // What the text cannot settle must be reported as ambiguous, with candidates.
  const flagged = new Set(report.diagnostics.filter((item) => item.ruleId === 'ambiguous-cells').flatMap((item) => item.path))
  for (const key of ambiguous) if (!flagged.has(key)) wrong.push(`${key}: not reported as ambiguous`)
  return { right, total: values.length, wrong }
}

describe('corpus', () => {
  const results = corpus.map((fixture) => ({ name: fixture.name, ...score(fixture) }))

  for (const result of results) {
    it(`${result.name}: no wrong number`, () => {
      expect(result.wrong).toEqual([])
    })
  }

  it('reads at least 99.5% of keys exactly right', () => {
    const right = results.reduce((sum, result) => sum + result.right, 0)
    const total = results.reduce((sum, result) => sum + result.total, 0)
    const share = (100 * right) / total
    console.log(`corpus: ${right}/${total} keys exactly right (${share.toFixed(2)}%) over ${results.length} reports`)
    for (const result of results) console.log(`  ${result.name}: ${result.right}/${result.total}`)
    expect(share).toBeGreaterThanOrEqual(99.5)
  })
})
