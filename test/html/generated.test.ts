/**
 * `parseHtmlReport` on pages generated from hand-checked values in the official template's
 * table markup (`test/render/html.ts`): every value must read back, in clean markup and in
 * Word-exported markup, bare or inside a whole site page.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fieldKeys, flattenReport, type Format } from '../../src/index.js'
import { parseHtmlReport } from '../../src/html/index.js'
import { expectedValues, fixtures } from '../helpers/fixtures.js'
import { propertyOptions } from '../helpers/property.js'
import { renderHtml, type RenderOptions } from '../render/html.js'

const sources = [...fixtures('seeds'), ...fixtures('corpus')].filter((fixture) => fixture.expected !== undefined)
const variants: RenderOptions[] = [
  { flavour: 'template' },
  { flavour: 'word' },
  { flavour: 'template', chrome: true },
  { flavour: 'word', chrome: true, blank: '' },
]

describe('generated pages', () => {
  for (const fixture of sources) {
    for (const variant of variants) {
      it(`${fixture.name} (${variant.flavour}${variant.chrome === true ? ', whole page' : ''}) reads back every value`, () => {
        const units = fixture.expected?._units as Record<string, string> | undefined
        const html = renderHtml(fixture.expected ?? {}, { ...variant, procurementUnit: units?.['active.procurement.amount'] ?? '' })
        const report = parseHtmlReport(html)
        const flat = flattenReport(report)
        const expected = expectedValues(fixture)
        expect(Object.fromEntries(expected.map(([key]) => [key, flat[key]]))).toEqual(Object.fromEntries(expected))
        expect(report.diagnostics.filter((item) => item.severity !== 'info')).toEqual([])
        expect(report.layout).toBe('html')
      })
    }
  }

  it('round-trips random values in both templates (property)', () => {
    const count = fc.oneof(fc.constant(null), fc.nat({ max: 99999 }))
    const format = fc.constantFrom<Format>('2021', '2019')
    const page = format.chain((chosen) =>
      fc.record({
        format: fc.constant(chosen),
        values: fc.array(count, { minLength: fieldKeys(chosen).length, maxLength: fieldKeys(chosen).length }),
        flavour: fc.constantFrom<'template' | 'word'>('template', 'word'),
        chrome: fc.boolean(),
        blank: fc.constantFrom('&nbsp;', '', '/', '—'),
      }),
    )
    fc.assert(
      fc.property(page, ({ format: chosen, values, flavour, chrome, blank }) => {
        const keys = fieldKeys(chosen)
        const flat: Record<string, unknown> = { format: chosen, title: '某某县人民政府2024年政府信息公开工作年度报告', publishedAt: '2025-01-20' }
        keys.forEach((key, index) => (flat[key] = values[index]))
        const report = parseHtmlReport(renderHtml(flat, { flavour, chrome, blank }))
        const read = flattenReport(report)
        for (const key of keys) expect(read[key], key).toBe(flat[key])
        expect(read.format).toBe(chosen)
        expect(read.publishedAt).toBe('2025-01-20')
      }),
      propertyOptions(40),
    )
  })
})
