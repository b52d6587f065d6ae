/**
 * formatReport: the shapes of each layout (as the real excerpts of LAYOUTS.md have them),
 * its options and argument checks, and the seeds written out in every layout and read back
 * to their hand-checked values.
 */
import { describe, expect, it } from 'vitest'
import { fieldKeys, flattenReport, formatLayouts, formatReport, parseReport } from '../../src/index.js'
import { writeNumber } from '../../src/format/document.js'
import { expandGrid, templateGrids } from '../../src/format/grid.js'
import type { Format } from '../../src/model.js'
import { expectedValues, fixtures } from '../helpers/fixtures.js'
import { reportFromValues } from '../helpers/report.js'

/** A report of `format` whose cells hold 1, 2, 3 … in template order; `blanks` are null. */
function numbered(format: Format, blanks: readonly string[] = []): Record<string, unknown> {
  const values: Record<string, unknown> = { format, title: '测试县2024年政府信息公开工作年度报告', year: 2024 }
  fieldKeys(format).forEach((key, index) => (values[key] = blanks.includes(key) ? null : index + 1))
  return reportFromValues(values, { prose: { overview: '第一段。\n\n第二段。', problems: null, otherMatters: '无。' } })
}

const report2021 = numbered('2021')

/** The number `numbered` writes in `key`'s cell, and those of a whole row. */
const n = (key: string, format: Format = '2021'): number => fieldKeys(format).indexOf(key) + 1
const row = (prefix: string, separator = '\t'): string => ['person', 'business', 'research', 'nonprofit', 'legalService', 'other', 'total'].map((column) => n(`applications.${prefix}.${column}`)).join(separator)

describe('formatReport: arguments', () => {
  it('writes every layout of LAYOUTS.md', () => {
    expect([...formatLayouts].sort()).toEqual(['aligned', 'cells', 'concatenated', 'html', 'markdown', 'pipe', 'tab'])
  })

  it('throws a TypeError on a report that is no object, an unknown layout, bad options', () => {
    expect(() => formatReport(null as unknown as object, 'tab')).toThrow(new TypeError('formatReport expects a report object, got null'))
    expect(() => formatReport('text' as unknown as object, 'tab')).toThrow(TypeError)
    expect(() => formatReport([] as unknown as object, 'tab')).toThrow(/got an array/)
    expect(() => formatReport(report2021, 'csv' as 'tab')).toThrow(/layout must be one of pipe, tab, cells, markdown, concatenated, aligned, html, got csv/)
    expect(() => formatReport(report2021, 'toString' as 'tab')).toThrow(TypeError)
    expect(() => formatReport(report2021, 'tab', 'x' as unknown as object)).toThrow(/options must be an object/)
    expect(() => formatReport(report2021, 'tab', { blank: 0 as unknown as string })).toThrow(/options.blank must be a string/)
  })

  it('writes a blank as `—`, or as told; in HTML as an empty cell', () => {
    const report = numbered('2021', ['applications.granted.business'])
    const [person, research] = [n('applications.granted.person'), n('applications.granted.research')]
    expect(formatReport(report, 'tab')).toContain(`（一）予以公开\t\t${person}\t—\t${research}`)
    expect(formatReport(report, 'tab', { blank: '/' })).toContain(`（一）予以公开\t\t${person}\t/\t${research}`)
    expect(formatReport(report, 'html')).toContain(`<td>${person}</td><td>&nbsp;</td><td>${research}</td>`)
  })

  it('writes what is missing or malformed as blank, and accepts a report read back from JSON', () => {
    const text = formatReport({ format: '2021', applications: { granted: { person: 'x', business: Number.NaN } } }, 'tab')
    expect(text).toContain('（一）予以公开\t\t—\t—\t—')
    expect(text.startsWith('一、总体情况')).toBe(true)
    expect(formatReport(JSON.parse(JSON.stringify(parseReport(formatReport(report2021, 'tab')))) as object, 'tab')).toBe(formatReport(report2021, 'tab'))
  })

  it('takes a flat row (flattenReport, a CSV row) as well as the model', () => {
    const flat = flattenReport(report2021)
    expect(flattenReport(parseReport(formatReport(flat, 'markdown')))).toEqual({ ...flat, organ: '测试县' })
  })

  it('makes the title from organ and year when the report has none', () => {
    expect(formatReport({ format: '2021', organ: '某某市', year: 2023 }, 'markdown').split('\n')[0]).toBe('# 某某市2023年政府信息公开工作年度报告')
  })
})

describe('formatReport: numbers', () => {
  it('never writes an exponent', () => {
    expect(writeNumber(0)).toBe('0')
    expect(writeNumber(-4)).toBe('-4')
    expect(writeNumber(14852.1812)).toBe('14852.1812')
    expect(writeNumber(1e21)).toBe('1000000000000000000000')
    expect(writeNumber(1e-7)).toBe('0.0000001')
  })

  it('writes the 2019 procurement amount with its unit', () => {
    const report = numbered('2019')
    ;(report.active as { procurement: { amountUnit: string } }).procurement.amountUnit = '元'
    const parsed = parseReport(formatReport(report, 'tab'))
    expect([parsed.format, parsed.format === '2019' ? parsed.active.procurement : null]).toEqual(['2019', { projects: n('active.procurement.projects', '2019'), amount: n('active.procurement.amount', '2019'), amountUnit: '元' }])
  })
})

describe('formatReport: the template as printed', () => {
  it('expands spans: every row as wide as the table, covered places empty', () => {
    const [active, applications, appeals] = templateGrids('2021', () => '0').map((table) => expandGrid(table.rows))
    expect(new Set(active?.map((row) => row.length))).toEqual(new Set([4]))
    expect(new Set(applications?.map((row) => row.length))).toEqual(new Set([10]))
    expect(new Set(appeals?.map((row) => row.length))).toEqual(new Set([15]))
    // 三、本年度办理结果 spans the 22 result rows of 2021 in the first column.
    expect(applications?.slice(5, 27).map((row) => row[0]?.text ?? null)).toEqual(['三、本年度办理结果', ...Array<null>(21).fill(null)])
  })

  it('tab: one row a line, leading tabs where merged labels stood (seed 004)', () => {
    const lines = formatReport(report2021, 'tab').split('\n')
    expect(lines).toContain(`一、本年新收政府信息公开申请数量\t\t\t${row('newRequests')}`)
    expect(lines).toContain(`\t（三）不予公开\t1.属于国家秘密\t${row('withheld.stateSecret')}`)
    expect(lines).toContain(`\t\t2.其他法律行政法规禁止公开\t${row('withheld.prohibitedByLaw')}`)
    expect(lines).toContain(Array.from({ length: 15 }, (_, index) => String(n('appeals.review.upheld') + index)).join('\t'))
  })

  it('pipe: a cell a line ending with ` |`, merged places as runs of `|` (seed 003)', () => {
    const text = formatReport(report2021, 'pipe')
    expect(text).toContain(`一、本年新收政府信息公开申请数量 |\n${row('newRequests', ' |\n')} |\n||\n二、上年结转`)
    expect(text).toContain('行政复议 |\n行政诉讼 |\n|||||||||||||\n结果维持 |')
    expect(text).toContain(`（三）不予公开 |\n1.属于国家秘密 |\n${n('applications.withheld.stateSecret.person')} |`)
  })

  it('cells: a cell a line, blank lines between (seed 000)', () => {
    expect(formatReport(report2021, 'cells')).toContain(`（三）不予公开\n\n1.属于国家秘密\n\n${row('withheld.stateSecret', '\n\n')}\n\n2.`)
  })

  it('markdown: headings, paragraphs, a GFM table per section with its delimiter row', () => {
    const text = formatReport(report2021, 'markdown')
    expect(text).toContain('## 三、收到和处理政府信息公开申请情况\n\n| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |  |  | 申请人情况 |')
    expect(text).toContain(`\n| ${Array<string>(10).fill('---').join(' | ')} |\n`)
    expect(text).toContain('## 一、总体情况\n\n第一段。\n\n第二段。\n\n## 二、')
    expect(text).toContain('| 行政许可 | 7 |  |  |')
  })

  it('concatenated: title on its line, then labels and digits run together, the next numbering glued', () => {
    const [title, body] = formatReport(report2021, 'concatenated').split('\n')
    expect(title).toBe('测试县2024年政府信息公开工作年度报告')
    expect(body).toContain(`一、本年新收政府信息公开申请数量${row('newRequests', '')}二、上年结转`)
    expect(body).toContain(`1.属于国家秘密${row('withheld.stateSecret', '')}2.其他法律行政法规禁止公开`)
    expect(body).toContain(`尚未审结总计${n('appeals.review.upheld')}${n('appeals.review.corrected')}`)
  })

  it('aligned: columns by runs of spaces, long labels wrapped around their values, group labels down the margin', () => {
    const lines = formatReport(report2021, 'aligned').split('\n')
    const at = lines.findIndex((line) => line.includes('（二）部分公开（区分处理的，只'))
    expect(lines[at + 1]?.trim().split(/ {2,}/)).toEqual(row('partlyGranted').split('\t'))
    expect(lines[at + 2]?.trim()).toBe('计这一情形，不计其他情形）')
    expect(lines).toContain('三、')
    expect(lines).toContain('本')
    expect(lines.some((line) => /^ +（三）不$/.test(line))).toBe(true)
    expect(lines.find((line) => line.startsWith('行政许可'))?.split(/ {2,}/)).toEqual(['行政许可', '7'])
  })

  it('html: the template\'s rowspan and colspan', () => {
    const html2021 = formatReport(report2021, 'html')
    expect(html2021).toContain('<td rowspan="22">三、本年度办理结果</td>')
    expect(html2021).toContain('<td rowspan="3" colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td>')
    expect(html2021).toContain('<td rowspan="8">（三）不予公开</td>')
    expect(html2021).toContain('<td colspan="5">行政复议</td><td colspan="10">行政诉讼</td>')
    const html2019 = formatReport(numbered('2019'), 'html')
    expect(html2019).toContain('<td rowspan="20">三、本年度办理结果</td>')
    expect(html2019).toContain('<td colspan="2">（六）其他处理</td>')
    expect(formatReport({ format: '2021', title: 'a < b & c' }, 'html')).toContain('<h1>a &lt; b &amp; c</h1>')
  })
})

describe('formatReport: the seeds written out and read back', () => {
  for (const fixture of fixtures('seeds')) {
    it(`${fixture.name}: every hand-checked value in every text layout`, () => {
      const expected = Object.fromEntries(expectedValues(fixture))
      const report = parseReport(fixture.input)
      for (const layout of formatLayouts.filter((name) => name !== 'html')) {
        const flat = flattenReport(parseReport(formatReport(report, layout)))
        for (const [key, value] of Object.entries(expected)) {
          if (key === 'publishedAt' || key === 'organ') continue
          // Cells run together: a value, or null where the arithmetic cannot decide.
          if (layout === 'concatenated' && flat[key] === null) continue
          expect([layout, key, flat[key]]).toEqual([layout, key, value])
        }
      }
    })
  }
})
