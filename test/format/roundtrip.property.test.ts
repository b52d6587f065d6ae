/**
 * Round trips through every layout: a report written out by `formatReport` — with blank
 * marks, big numbers, an unbalanced cell, full-width digits, CRLF, odd spaces, noise lines,
 * page footers and each converter's habits — reads back with `parseReport` (HTML with
 * `parseHtmlReport`) to the values written.
 *
 * - pipe, tab, cells, markdown, aligned, html: every value exactly (blanks as `null`);
 * - concatenated: the same value, or `null` with a diagnostic naming the cell
 *   (`ambiguous-cells`, or `split-too-complex` from the bounded solver, when the report
 *   balances and has no blank mark); never a different number;
 * - all layouts of one report read to the same model.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fieldKeys, flattenReport, formatLayouts, normalize, parseReport } from '../../src/index.js'
import type { FormatLayout } from '../../src/index.js'
import { renderedReport, reportInEveryLayout, type Rendered } from '../arbitraries/layout.js'
import { propertyOptions } from '../helpers/property.js'
import { describeMismatches, indistinguishable, mismatches, readRendered, unexplainedNulls, wrongNumbers } from '../helpers/roundtrip.js'

/** What a case was, for the failure message. */
function label(rendered: Rendered): string {
  const traits = Object.entries(rendered.variant)
    .filter(([, on]) => on)
    .map(([trait]) => trait)
  return `${rendered.format} ${rendered.layout} [${traits.join(' ')}]`
}

const exactLayouts: readonly FormatLayout[] = ['pipe', 'tab', 'cells', 'markdown', 'aligned', 'html']

describe('round trip: every value read back exactly', () => {
  for (const layout of exactLayouts) {
    it(`${layout}`, () => {
      fc.assert(
        fc.property(renderedReport([layout]), (rendered) => {
          const report = readRendered(rendered)
          expect(describeMismatches(mismatches(rendered.format, rendered.values, report)), label(rendered)).toEqual([])
          expect(report.format).toBe(rendered.format)
          expect(report.layouts).toEqual({ active: layout, applications: layout, appeals: layout })
        }),
        propertyOptions(),
      )
    })
  }
})

describe('round trip: concatenated', () => {
  it('the same value or null with a diagnostic naming the cell, never a different number', () => {
    fc.assert(
      fc.property(renderedReport(['concatenated']), (rendered) => {
        const report = parseReport(rendered.text)
        const found = mismatches(rendered.format, rendered.values, report)
        // A report that breaks a rule may write the very digits of one that keeps it.
        const wrong = wrongNumbers(found).filter((item) => !(rendered.variant.unbalanced && indistinguishable(rendered.format, rendered.values, report, item)))
        expect(describeMismatches(wrong), label(rendered)).toEqual([])
        // A report that balances and writes every cell: only the arithmetic's own ambiguity
        // (or the solver's bound) may leave a cell empty. With a blank mark or a broken rule
        // a run may not split at all: any diagnostic naming the cell will do.
        const allowed = rendered.variant.blanks || rendered.variant.unbalanced ? undefined : ['ambiguous-cells', 'split-too-complex']
        expect(describeMismatches(unexplainedNulls(found, allowed)), label(rendered)).toEqual([])
      }),
      propertyOptions(),
    )
  })
})

describe('round trip: metadata', () => {
  it('the title (as written, without whitespace) and the year read back in every layout, HTML included', () => {
    fc.assert(
      fc.property(renderedReport(formatLayouts), (rendered) => {
        const report = readRendered(rendered)
        // Full-width digits may stay in the title as the text writes them; nothing else may differ.
        expect([normalize(report.title ?? ''), report.year], label(rendered)).toEqual([rendered.values.title, rendered.values.year])
      }),
      propertyOptions(),
    )
  })
})

describe('round trip: one report, every layout', () => {
  it('reads to the same model in every layout, HTML included (concatenated: where it settles a cell)', () => {
    fc.assert(
      fc.property(reportInEveryLayout(), (renderings) => {
        const [first, ...rest] = renderings.map((rendered) => {
          const report = readRendered(rendered)
          return { rendered, report, flat: flattenReport(report) }
        })
        if (first === undefined) return
        // The values (the metadata has its own property above).
        const keys = [...fieldKeys(first.rendered.format), 'format', 'year']
        for (const { rendered, report, flat } of rest) {
          for (const key of keys) {
            if (rendered.layout === 'concatenated' && flat[key] === null) continue
            // As above: digits of a report that breaks a rule may spell one that keeps it.
            const blind = () => rendered.variant.unbalanced && indistinguishable(rendered.format, rendered.values, report, { key })
            if (rendered.layout === 'concatenated' && flat[key] !== first.flat[key] && blind()) continue
            expect(flat[key], `${key}: ${label(rendered)} against ${first.rendered.layout}`).toEqual(first.flat[key])
          }
        }
      }),
      propertyOptions(),
    )
  })
})
