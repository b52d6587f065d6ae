/**
 * parseReport as a whole: arguments, metadata, formats, mixed layouts, determinism.
 */
import { describe, expect, it } from 'vitest'
import { cellsReader, defaultReaders, flattenReport, parseReport, type Reader } from '../src/index.js'
import { fixtures } from './helpers/fixtures.js'

const seed = (name: string) => fixtures('seeds').find((fixture) => fixture.name.startsWith(name))!.input

describe('parseReport arguments', () => {
  it.each([
    [undefined, 'undefined'],
    [null, 'null'],
    [42, 'a number'],
    [{}, 'an object'],
    [['x'], 'an array'],
    [new Uint8Array(2), 'an object'],
  ])('throws a TypeError naming %s', (value, named) => {
    expect(() => parseReport(value as unknown as string)).toThrow(new TypeError(`parseReport expects the report's text as a string, got ${named}`))
  })

  it('throws a TypeError for malformed options', () => {
    expect(() => parseReport('', 'en' as never)).toThrow(TypeError)
    expect(() => parseReport('', { readers: [] })).toThrow(/non-empty array/)
    expect(() => parseReport('', { readers: [{ name: 'x' } as unknown as Reader] })).toThrow(/detect/)
    expect(() => parseReport('', { locale: 'fr' as never })).toThrow(/zh-CN/)
  })

  it('returns a report for the empty string, saying it is not one', () => {
    const report = parseReport('')
    expect(report.format).toBeNull()
    expect(report.diagnostics.map((item) => item.ruleId)).toEqual(['unsupported-format'])
  })

  it('uses the readers it is given', () => {
    const report = parseReport(seed('002'), { readers: [cellsReader] })
    expect(report.layout).toBe('cells')
    const extended = parseReport(seed('002'), { readers: [...defaultReaders] })
    expect(extended.layout).toBe('tab')
  })

  it('writes messages in English on request', () => {
    expect(parseReport('', { locale: 'en' }).diagnostics[0]?.reason).toMatch(/^Not an annual report/)
    expect(parseReport('').diagnostics[0]?.reason).toMatch(/^不是受支持的/)
  })
})

describe('metadata', () => {
  it('joins a title split over a heading for the body and one for the year', () => {
    const report = parseReport(seed('004'))
    expect(report.title).toBe('宝清县人民政府2024年政府信息公开工作年度报告')
    expect(report.organ).toBe('宝清县人民政府')
    expect(report.year).toBe(2024)
  })

  it('takes the title from a metadata table and the date after 发文日期', () => {
    const report = parseReport(seed('003'))
    expect(report.title).toBe('连云区人民政府2024年政府信息公开工作年度报告')
    expect(report.publishedAt).toBe('2025-02-20')
  })

  it('reads dates after 发布时间 and a date alone under the title', () => {
    expect(parseReport('X县2023年政府信息公开工作年度报告\n发布时间: 2024-01-30 22:06').publishedAt).toBe('2024-01-30')
    expect(parseReport('# X县人民政府 2025 年 政府信息公开工作年度报告\n\nX县人民政府\n(2026年1月23日)\n').publishedAt).toBe('2026-01-23')
    expect(parseReport('X县2023年政府信息公开工作年度报告\n正文').publishedAt).toBeNull()
  })

  it('takes the organ after a leading year', () => {
    expect(parseReport('2019年上海市人民政府办公厅政府信息公开工作年度报告').organ).toBe('上海市人民政府办公厅')
  })

  it('falls back on the statistics period for the year', () => {
    expect(parseReport('政府信息公开工作年度报告\n本报告所列数据统计期限为2022年1月1日至12月31日。').year).toBe(2022)
  })

  it('gives where the title and the prose come from', () => {
    const text = seed('000')
    const report = parseReport(text)
    const title = report.sources.title!
    expect(text.slice(title.start.offset, title.end.offset)).toBe('大竹县2024年政府信息公开工作年度报告')
    const overview = report.sources['prose.overview']!
    expect(text.slice(overview.start.offset, overview.end.offset)).toBe(report.prose.overview)
    expect(report.prose.overview).toMatch(/^2024年,大竹县/)
    expect(report.prose.otherMatters).not.toBeNull()
  })
})

describe('formats', () => {
  it('says a pre-2019 statistics table is not supported, and invents nothing', () => {
    const old = [
      '某县2017年政府信息公开工作年度报告',
      '一、概述',
      '二、主动公开政府信息情况',
      '统计指标\t单位\t统计数',
      '一、主动公开情况\t\t',
      '（一）主动公开政府信息数\t条\t1234',
      '三、依申请公开政府信息情况',
      '（一）收到申请数\t件\t12',
      '五、因政府信息公开申请行政复议、提起行政诉讼的情况',
    ].join('\n')
    const report = parseReport(old)
    expect(report.format).toBeNull()
    expect(report.diagnostics.map((item) => item.ruleId)).toEqual(['unsupported-format'])
    const values = Object.entries(flattenReport(report)).filter(([key]) => key.includes('.'))
    expect(values.every(([, value]) => value === null)).toBe(true)
  })

  it('detects the 2019 template by its columns', () => {
    const text = '二、主动公开政府信息情况\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n规章\t0\t0\t7\n'
    const report = parseReport(text)
    expect(report.format).toBe('2019')
    expect(report.format === '2019' && report.active.rules).toEqual({ made: 0, published: 0, totalPublished: 7 })
  })

  it('reads each table with the reader that suits it (metadata in pipes, tables in tabs)', () => {
    const text = [
      '发布机构 | X县人民政府办公室 | 发文日期 | 2025-02-20 |',
      '标 题 | X县2024年政府信息公开工作年度报告 | ||',
      '二、主动公开政府信息情况',
      '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
      '规章\t0\t0\t0',
      '三、收到和处理政府信息公开申请情况',
      '| 一、本年新收政府信息公开申请数量 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |',
      '|---|---|---|---|---|---|---|---|',
    ].join('\n')
    const report = parseReport(text)
    expect(report.layouts).toEqual({ active: 'tab', applications: 'markdown', appeals: null })
    expect(report.applications.newRequests.total).toBe(5)
    expect(report.title).toBe('X县2024年政府信息公开工作年度报告')
  })
})

describe('determinism', () => {
  it('gives the same output, byte for byte, twice', () => {
    for (const fixture of [...fixtures('seeds'), ...fixtures('corpus')]) {
      expect(JSON.stringify(parseReport(fixture.input))).toBe(JSON.stringify(parseReport(fixture.input)))
    }
  })
})
