/**
 * `parseHtmlReport` on real pages: the HTML reports of the corpus, against their
 * hand-checked values.
 */
import { describe, expect, it } from 'vitest'
import { flattenReport } from '../../src/index.js'
import { parseHtmlReport } from '../../src/html/index.js'
import { expectedValues, fixtures } from '../helpers/fixtures.js'

const pages = fixtures('corpus').filter((fixture) => fixture.extension === 'html' && fixture.expected !== undefined)

/** The text of `html[start, end)` as a browser shows it (the few references cells use). */
function shown(html: string, start: number, end: number): string {
  return html.slice(start, end).replaceAll('&nbsp;', ' ').trim()
}

describe('HTML corpus', () => {
  it('has the HTML pages', () => {
    expect(pages.map((page) => page.name)).toEqual(['011_shanghai_bgt_2019_fmt2019', '014_pingtan_2024_html'])
  })

  for (const page of pages) {
    describe(page.name, () => {
      const report = parseHtmlReport(page.input)
      const flat = flattenReport(report)
      const expected = expectedValues(page)

      it('reads at least 99.5% of the keys exactly, and no wrong number', () => {
        const right = expected.filter(([key, value]) => flat[key] === value)
        const wrong = expected.filter(([key, value]) => typeof flat[key] === 'number' && flat[key] !== value)
        expect(wrong).toEqual([])
        expect(right.length / expected.length).toBeGreaterThanOrEqual(0.995)
      })

      it('reads every key exactly', () => {
        expect(Object.fromEntries(expected.map(([key]) => [key, flat[key]]))).toEqual(Object.fromEntries(expected))
      })

      it('reads every table from the markup, without a warning', () => {
        expect(report.layouts).toEqual({ active: 'html', applications: 'html', appeals: 'html' })
        expect(report.diagnostics.filter((item) => item.severity !== 'info')).toEqual([])
      })

      it('places every number on its cell in the HTML', () => {
        for (const [key, value] of expected) {
          // Values of the tables (metadata such as `year` point at the title line).
          if (typeof value !== 'number' || !key.includes('.')) continue
          const source = report.sources[key]
          expect(source, key).toBeDefined()
          const text = shown(page.input, source?.start.offset ?? 0, source?.end.offset ?? 0)
          expect(text.startsWith(String(value)), `${key}: ${text}`).toBe(true)
          // Lines and columns agree with the offset.
          const before = page.input.slice(0, source?.start.offset)
          expect(source?.start.line).toBe(before.split('\n').length)
        }
      })

      it('places the title on the title in the HTML', () => {
        const source = report.sources.title
        expect(page.input.slice(source?.start.offset, source?.end.offset)).toBe(page.expected?.title)
      })

      it('keeps the prose of the sections, whitespace collapsed', () => {
        for (const prose of Object.values(report.prose)) {
          expect(prose).not.toBeNull()
          expect(prose).not.toMatch(/&nbsp;|&lt;| {2}|^\s|\s$/)
        }
      })
    })
  }

  it('011: the 2019 template, colspan on the first value of 二, blank 总计 cells', () => {
    const report = parseHtmlReport(pages[0]?.input ?? '')
    expect(report.format).toBe('2019')
    if (report.format !== '2019') return
    expect(report.active.licensing).toEqual({ previous: 0, change: 0, decisions: 0 })
    expect(report.active.procurement).toEqual({ projects: 6, amount: 251000, amountUnit: '元' })
    expect(report.applications.granted.total).toBeNull()
    expect(report.prose.otherMatters).toBe('无。')
  })

  it('014: the article header gives the title and date; the vertical label split over <p>s reads', () => {
    const report = parseHtmlReport(pages[1]?.input ?? '')
    expect(report.title).toBe('平潭综合实验区2024年度政府信息公开工作年度报告')
    expect(report.publishedAt).toBe('2025-03-10')
    expect(report.applications.granted.person).toBe(71)
    expect(report.prose.otherMatters).toBe('2024年，无收取信息处理费情况。')
  })
})
