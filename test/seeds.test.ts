/**
 * The five seeds: every key of the expected file, exactly.
 */
import { describe, expect, it } from 'vitest'
import { flattenReport, parseReport } from '../src/index.js'
import { expectedValues, fixtures } from './helpers/fixtures.js'

describe('seeds', () => {
  for (const fixture of fixtures('seeds')) {
    it(`${fixture.name}: every expected key`, () => {
      const flat = flattenReport(parseReport(fixture.input))
      const expected = Object.fromEntries(expectedValues(fixture))
      const actual = Object.fromEntries(Object.keys(expected).map((key) => [key, flat[key]]))
      expect(actual).toEqual(expected)
      // The expected file covers the whole template: 200 keys plus metadata.
      expect(Object.keys(expected).length).toBeGreaterThanOrEqual(203)
    })

    it(`${fixture.name}: no warning or error from parsing`, () => {
      const report = parseReport(fixture.input)
      expect(report.diagnostics.filter((item) => item.severity !== 'info')).toEqual([])
    })
  }
})
