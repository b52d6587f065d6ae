/**
 * `parseHtmlReport` as a whole: site chrome, pages without tables, arguments, locales.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { flattenReport, parseReport } from '../../src/index.js'
import { parseHtmlReport } from '../../src/html/index.js'
import { expectedValues, fixtures } from '../helpers/fixtures.js'
import { propertyOptions } from '../helpers/property.js'
import { renderHtml } from '../render/html.js'

const seed = fixtures('seeds').find((fixture) => fixture.name.startsWith('000')) ?? fixtures('seeds')[0]
const values = seed?.expected ?? {}

describe('site chrome', () => {
  const html = renderHtml(values, { chrome: true, prose: { otherMatters: '无。' } })
  const report = parseHtmlReport(html)

  it('takes the title from the article, not from the navigation', () => {
    expect(html.indexOf('政府信息公开工作年度报告</a>')).toBeLessThan(html.indexOf('<h1'))
    expect(report.title).toBe(values.title)
  })

  it('ends the last section with the article, not with the footer or related links', () => {
    expect(report.prose.otherMatters).toBe('无。')
  })

  it('ignores hidden elements and scripts', () => {
    expect(JSON.stringify(report.prose)).not.toMatch(/分享|pageTitle|相关文章/)
    expect(flattenReport(report)['applications.newRequests.total']).toBe(values['applications.newRequests.total'])
  })

  it('reads the metadata of a page whose header and footer are longer than the core looks', () => {
    const nav = `<div class="nav"><ul>${Array.from({ length: 150 }, (_, index) => `<li><a href="/col/${index}">栏目${index}</a></li>`).join('')}</ul></div>`
    const footer = `<div class="footer">${'<p>主办单位：某某县人民政府办公室 地址：某某路1号 电话：0000-12345678</p>'.repeat(20)}</div>`
    const article = renderHtml({ ...values, publishedAt: null }).replace(/<\/div>$/, '<p>大竹县人民政府</p><p>2025年2月14日</p></div>')
    const page = `<html><body>${nav}<div class="article">${article}</div>${footer}</body></html>`
    expect(page.indexOf('<h1')).toBeGreaterThan(4000)
    const read = parseHtmlReport(page)
    expect(read.title).toBe(values.title)
    expect(read.year).toBe(values.year)
    expect(read.publishedAt).toBe('2025-02-14')
    expect(page.slice(read.sources.title?.start.offset, read.sources.title?.end.offset)).toBe(values.title)
    expect(page.slice(read.sources.publishedAt?.start.offset, read.sources.publishedAt?.end.offset)).toMatch(/^2025年2月14/)
  })

  it('finds a heading an editor split over several spans', () => {
    const split = renderHtml(values).replace(
      '<p><strong>二、主动公开政府信息情况</strong></p>',
      '<p><span style="font-family:黑体">二、主动</span><span lang="EN-US">公开</span>\n<span>政府信息情况</span></p>',
    )
    const read = parseHtmlReport(split)
    expect(read.layouts.active).toBe('html')
    expect(read.diagnostics.filter((item) => item.severity !== 'info')).toEqual([])
    expect(flattenReport(read)['active.normativeDocuments.inForce']).toBe(values['active.normativeDocuments.inForce'])
  })

  it('reads a report inside a layout table', () => {
    const wrapped = `<table><tr><td class="nav"><a href="/">首页</a></td><td class="content">${renderHtml(values)}</td></tr></table>`
    const flat = flattenReport(parseHtmlReport(wrapped))
    for (const [key, value] of expectedValues(seed ?? { expected: {} } as never)) expect(flat[key], key).toEqual(value)
  })
})

describe('places in the text', () => {
  it('places a stated number and the prose on the page, through inline markup and references', () => {
    const overview = '全年共受理申请<b>12</b>件，其中<span>Word</span><span>文档</span>3件。&nbsp;　本年度主动公开信息&nbsp;100&nbsp;条。'
    // The renderer escapes prose: the markup goes in after it.
    const html = renderHtml(values, { prose: { overview: 'OVERVIEW' } }).replace('OVERVIEW', overview)
    const report = parseHtmlReport(html)
    const claim = report.claims.find((item) => item.quote === '受理申请12件')
    expect(html.slice(claim?.place.start.offset, claim?.place.end.offset)).toBe('12')
    const source = report.sources['prose.overview']
    expect(html.slice(source?.start.offset, source?.end.offset)).toBe(overview)
    expect(report.prose.overview).toBe('全年共受理申请12件，其中Word文档3件。本年度主动公开信息 100 条。')
  })

  it('shows prose as a browser does: source line breaks inside a paragraph are spaces, or nothing between Chinese', () => {
    const html = renderHtml(values, { prose: { overview: 'OVERVIEW' } }).replace('OVERVIEW', '主动公开政府信息\n共计1200条。<br>The office published\n  its report.')
    expect(parseHtmlReport(html).prose.overview).toBe('主动公开政府信息共计1200条。\nThe office published its report.')
  })
})

describe('pages without the report tables', () => {
  it('says so when the page has no table, and counts its images', () => {
    const html = '<h1>某县2024年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>略。</p><p>二、主动公开政府信息情况</p><p><img src="t2.png"></p><p>三、收到和处理政府信息公开申请情况</p><p><img src="t3.png"></p>'
    const report = parseHtmlReport(html)
    const finding = report.diagnostics.find((item) => item.ruleId === 'html-no-tables')
    expect(finding).toMatchObject({ severity: 'error', source: 'zfxxgk', path: ['active', 'applications', 'appeals'] })
    expect(finding?.reason).toContain('2 张图片')
    expect(finding?.place?.start.offset).toBe(html.indexOf('三、收到'))
    expect(report.applications.newRequests.total).toBeNull()
  })

  it('says so in English, and for a page that is no report at all', () => {
    const report = parseHtmlReport('<html><body><p>通知公告</p><table><tr><td>电话</td><td>12345</td></tr></table></body></html>', { locale: 'en' })
    expect(report.format).toBeNull()
    expect(report.diagnostics.map((item) => item.ruleId)).toContain('unsupported-format')
    expect(report.diagnostics.find((item) => item.ruleId === 'html-no-tables')).toBeUndefined()
    const empty = parseHtmlReport('', { locale: 'en' })
    expect(empty.diagnostics.find((item) => item.ruleId === 'html-no-tables')?.reason).toBe(
      "The page has no table (<table>), so the report's tables cannot be read; they may be images or attachments (PDF, Word)",
    )
  })

  it('falls back to the text readers for a table written as text', () => {
    const text = seed?.input ?? ''
    const html = `<pre>${text.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</pre>`
    const report = parseHtmlReport(html)
    expect(report.layout).toBe(parseReport(text).layout)
    expect(flattenReport(report)['applications.newRequests.total']).toBe(values['applications.newRequests.total'])
    const source = report.sources['applications.newRequests.total']
    expect(html.slice(source?.start.offset, source?.end.offset)).toBe(String(values['applications.newRequests.total']))
  })
})

describe('any input', () => {
  it('never throws, and places everything inside the HTML (property)', () => {
    const html = renderHtml(values, { flavour: 'word' })
    // Cut the generated page anywhere and splice in stray markup.
    const stray = fc.constantFrom('<td>', '</tr>', '<table>', '</p>', '<span>', '&nbsp;', '&#', '<!--', '<script>', '<nav>', '三、收到和处理政府信息公开申请情况', '<br>', '\r\n')
    fc.assert(
      fc.property(fc.nat(html.length), fc.nat(html.length), fc.array(stray, { maxLength: 6 }), (from, to, extra) => {
        const page = html.slice(0, Math.min(from, to)) + extra.join('') + html.slice(Math.max(from, to))
        const read = parseHtmlReport(page)
        const places = [...Object.values(read.sources), ...read.diagnostics.flatMap((item) => (item.place === null ? [] : [item.place]))]
        for (const place of places) {
          expect(place.start.offset).toBeLessThanOrEqual(place.end.offset)
          expect(place.end.offset).toBeLessThanOrEqual(page.length)
        }
      }),
      propertyOptions(60),
    )
  })
})

describe('arguments', () => {
  it('throws a TypeError for anything but a string', () => {
    expect(() => parseHtmlReport(undefined as unknown as string)).toThrow(new TypeError("parseHtmlReport expects the page's HTML as a string, got undefined"))
    expect(() => parseHtmlReport(Buffer.from('<p>') as unknown as string)).toThrow(TypeError)
    expect(() => parseHtmlReport('', { locale: 'fr' } as never)).toThrow(/parseHtmlReport: options.locale/)
  })
})
