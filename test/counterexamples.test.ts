/**
 * Counterexamples the properties found, kept as fixtures
 * (`fixtures/counterexamples/<name>/{input.txt, expected.json}`): each `expected.json` holds
 * the values the text writes (hand-checked), `_notes` what went wrong, and `_promise` what
 * the reading must keep:
 *
 * - `exact`: every value as written (the title compared after normalization: full-width
 *   digits may stay as the text writes them);
 * - `concatenated`: each value as written, or `null` with an `ambiguous-cells` (or
 *   `split-too-complex`) diagnostic naming it;
 * - `never-wrong`: each value as written, or `null` with any diagnostic naming it.
 */
import { describe, expect, it } from 'vitest'
import { flattenReport, normalize, parseReport } from '../src/index.js'
import { fixtures } from './helpers/fixtures.js'

/** Diagnostics allowed to explain a `null` under each promise (`undefined`: any). */
const explanations: Record<string, readonly string[] | undefined> = {
  exact: [],
  concatenated: ['ambiguous-cells', 'split-too-complex'],
  'never-wrong': undefined,
}

describe('counterexamples', () => {
  for (const fixture of fixtures('counterexamples')) {
    const expected = fixture.expected ?? {}
    const promise = String(expected._promise)
    it(`${fixture.name} (${promise})`, () => {
      expect(Object.keys(explanations)).toContain(promise)
      const report = parseReport(fixture.input)
      const flat = flattenReport(report)
      const allowed = explanations[promise]
      const wrong: string[] = []
      for (const [key, value] of Object.entries(expected)) {
        if (key.startsWith('_')) continue
        const actual = key === 'title' && typeof flat.title === 'string' ? normalize(flat.title) : flat[key]
        if (actual === value) continue
        const explained = report.diagnostics.some((item) => item.path.includes(key) && (allowed === undefined || allowed.includes(item.ruleId)))
        if (actual === null && value !== null && explained) continue
        wrong.push(`${key}: expected ${JSON.stringify(value)}, read ${JSON.stringify(actual)}`)
      }
      expect(wrong, String(expected._notes)).toEqual([])
    })
  }
})
