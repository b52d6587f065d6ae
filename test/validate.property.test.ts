/**
 * Properties of the balance rules over generated reports: an untouched balanced report
 * yields no error; one cell moved makes exactly the rules touching it fire, each with that
 * key in `path`, and the place points at that cell wherever the tables make it decidable.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { equations, validateReport } from '../src/index.js'
import { balancedReport, balancedValues, perturb, perturbation, sourcesFor } from './arbitraries/report.js'
import { propertyOptions } from './helpers/property.js'
import { reportFromValues } from './helpers/report.js'

describe('balance rules over generated reports', () => {
  it('an untouched balanced report yields no error and no finding at all', () => {
    fc.assert(
      fc.property(balancedReport(), ({ report }) => {
        expect(validateReport(report)).toEqual([])
      }),
      propertyOptions(200),
    )
  })

  it('one cell moved: exactly the equations holding it fail, with it in path and, in table 三, the place at it', () => {
    const arbitrary = fc.constantFrom('2021' as const, '2019' as const).chain((format) => fc.record({ format: fc.constant(format), values: balancedValues(format), change: perturbation(format) }))
    fc.assert(
      fc.property(arbitrary, ({ format, values, change }) => {
        const sources = sourcesFor(format)
        const moved = perturb(values, change)
        const findings = validateReport(reportFromValues(moved.values, { sources }))
        const touching = equations(format).filter((equation) => equation.left.includes(change.key) || equation.right.includes(change.key))
        expect(findings.every((finding) => finding.severity === 'error')).toBe(true)
        expect(findings.map((finding) => `${finding.ruleId}:${finding.path.join()}`).sort()).toEqual(touching.map((equation) => `${equation.ruleId}:${[...equation.left, ...equation.right].join()}`).sort())
        for (const finding of findings) {
          expect(finding.path).toContain(change.key)
          if (change.key.startsWith('applications.')) {
            // Every cell of table 三 has its own set of equations: the moved one is decidable.
            expect(finding.place).toEqual(sources[change.key])
            expect(finding.reason).toContain(change.key)
          } else {
            // The five cells of a group of table 四 share one equation: the place is the row.
            expect(finding.place?.start).toEqual(sources[`${change.key.slice(0, change.key.lastIndexOf('.'))}.upheld`]?.start)
          }
        }
      }),
      propertyOptions(200),
    )
  })

  it('a blank instead of a value: the rules touching it are not assessable (info), never an error', () => {
    const arbitrary = fc.constantFrom('2021' as const, '2019' as const).chain((format) => fc.record({ format: fc.constant(format), values: balancedValues(format), change: perturbation(format) }))
    fc.assert(
      fc.property(arbitrary, ({ values, change }) => {
        const findings = validateReport(reportFromValues({ ...values, [change.key]: null }))
        expect(findings.length).toBeGreaterThan(0)
        for (const finding of findings) {
          expect(finding.severity).toBe('info')
          expect(finding.path).toEqual([change.key])
        }
      }),
      propertyOptions(200),
    )
  })
})
