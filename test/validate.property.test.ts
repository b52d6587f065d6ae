/**
 * Properties of the rules over generated reports: an untouched balanced report yields no
 * finding; one cell changed makes exactly the rules that cell takes part in fire, each with
 * that key in `path`, and nothing else — whichever cell (table 二 takes part in no rule),
 * whether it moves to another count or to something that is no count at all; and the same
 * holds when the changed report is written out in a layout and read back, with each
 * finding placed at the cell in the text.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { equations, fieldKeys, isAmountKey, normalize, parseReport, readNumber, validateReport, type Diagnostic } from '../src/index.js'
import type { Format } from '../src/model.js'
import { draws, render, variants, type TextLayout } from './arbitraries/layout.js'
import { balancedReport, balancedValues, perturb, perturbation, sourcesFor, type Values } from './arbitraries/report.js'
import { propertyOptions } from './helpers/property.js'
import { reportFromValues } from './helpers/report.js'

/** One cell changed: to another value the cell may hold, or to a negative or fractional count. */
interface Change {
  key: string
  /** The value it had, and the value it gets. */
  from: number
  to: number
  /** Is the new value no count at all (count-integer fires too)? */
  invalid: boolean
}

const formats = fc.constantFrom<Format>('2021', '2019')

/** A cell of `format` and how it changes. */
function change(format: Format): fc.Arbitrary<{ key: string; delta: number; invalid: 'no' | 'negative' | 'fraction' }> {
  const counts = fieldKeys(format).filter((key) => !isAmountKey(format, key))
  return fc.oneof(
    fc.record({ key: fc.constantFrom(...fieldKeys(format)), delta: fc.integer({ min: 1, max: 9 }).chain((size) => fc.constantFrom(size, -size)), invalid: fc.constant('no' as const) }),
    fc.record({ key: fc.constantFrom(...counts), delta: fc.integer({ min: 1, max: 9 }), invalid: fc.constantFrom('negative' as const, 'fraction' as const) }),
  )
}

/** Balanced values and one change applied to them. */
const changed = formats.chain((format) =>
  fc.record({ format: fc.constant(format), balanced: balancedValues(format), change: change(format) }).map(({ format, balanced, change: drawn }) => {
    const from = balanced[drawn.key] as number
    let to: number
    if (drawn.invalid === 'negative') to = -(from + drawn.delta)
    else if (drawn.invalid === 'fraction') to = from + drawn.delta - 0.5
    else to = (perturb(balanced, drawn).values[drawn.key] as number) ?? from
    const values: Values = { ...balanced, [drawn.key]: to }
    return { format, values, change: { key: drawn.key, from, to, invalid: drawn.invalid !== 'no' } satisfies Change }
  }),
)

/** What validateReport must say about a change: `ruleId:path` of each finding, sorted. */
function expectedFindings(format: Format, { key, invalid }: Change): string[] {
  const touching = equations(format).filter((equation) => equation.left.includes(key) || equation.right.includes(key))
  const expected = touching.map((equation) => `${equation.ruleId}:${[...equation.left, ...equation.right].join()}`)
  if (invalid) expected.push(`count-integer:${key}`)
  return expected.sort()
}

function summary(findings: readonly Diagnostic[]): string[] {
  return findings.map((finding) => `${finding.ruleId}:${finding.path.join()}`).sort()
}

describe('rules over generated reports', () => {
  it('an untouched balanced report yields no finding at all', () => {
    fc.assert(
      fc.property(balancedReport(), ({ report }) => {
        expect(validateReport(report)).toEqual([])
      }),
      propertyOptions(),
    )
  })

  it('one cell changed: exactly the rules it takes part in fail, with it in path and, in table 三, the place at it', () => {
    fc.assert(
      fc.property(changed, ({ format, values, change: moved }) => {
        const sources = sourcesFor(format)
        const findings = validateReport(reportFromValues(values, { sources }))
        expect(summary(findings)).toEqual(expectedFindings(format, moved))
        for (const finding of findings) {
          expect(finding.severity).toBe('error')
          expect(finding.path).toContain(moved.key)
          if (finding.ruleId === 'count-integer' || moved.key.startsWith('applications.')) {
            // Every cell of table 三 has its own set of equations: the changed one is decidable.
            expect(finding.place).toEqual(sources[moved.key])
            expect(finding.reason).toContain(moved.key)
          } else {
            // The five cells of a group of table 四 share one equation: the place is the row.
            expect(finding.place?.start).toEqual(sources[`${moved.key.slice(0, moved.key.lastIndexOf('.'))}.upheld`]?.start)
          }
        }
      }),
      propertyOptions(),
    )
  })

  it('a blank instead of a value: the rules touching it are not assessable (info), never an error', () => {
    const arbitrary = formats.chain((format) => fc.record({ values: balancedValues(format), change: perturbation(format) }))
    fc.assert(
      fc.property(arbitrary, ({ values, change: blanked }) => {
        const findings = validateReport(reportFromValues({ ...values, [blanked.key]: null }))
        expect(findings.length).toBeGreaterThan(0)
        for (const finding of findings) {
          expect(finding.severity).toBe('info')
          expect(finding.path).toEqual([blanked.key])
        }
      }),
      propertyOptions(),
    )
  })
})

const exactLayouts: readonly TextLayout[] = ['pipe', 'tab', 'cells', 'markdown', 'aligned']

describe('rules over generated reports written out and read back', () => {
  it('one cell changed: the same findings, each placed at the changed cell in the text', () => {
    const arbitrary = changed.chain(({ format, values, change: moved }) =>
      fc
        .record({ layout: fc.constantFrom(...exactLayouts), variant: variants.map((variant) => ({ ...variant, blanks: false, unbalanced: false })), draws: draws(format) })
        .map(({ layout, variant, draws: chosen }) => ({ format, change: moved, rendered: render(format, layout, variant, values, chosen) })),
    )
    fc.assert(
      fc.property(arbitrary, ({ format, change: moved, rendered }) => {
        const report = parseReport(rendered.text)
        const findings = validateReport(report)
        expect(summary(findings)).toEqual(expectedFindings(format, moved))
        // Where the reader found the changed cell: the text there reads the new value.
        const source = report.sources[moved.key]
        expect(readNumber(normalize(rendered.text.slice(source?.start.offset, source?.end.offset)))?.value).toBe(moved.to)
        for (const finding of findings) {
          if (finding.ruleId === 'count-integer' || moved.key.startsWith('applications.')) expect(finding.place).toEqual(source)
          else expect(finding.place?.start).toEqual(report.sources[`${moved.key.slice(0, moved.key.lastIndexOf('.'))}.upheld`]?.start)
        }
      }),
      propertyOptions(),
    )
  })
})
