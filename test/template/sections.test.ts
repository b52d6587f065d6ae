import { describe, expect, it } from 'vitest'
import { normalize } from '../../src/normalize.js'
import { findSections } from '../../src/template/sections.js'

const find = (text: string) => {
  const sections = findSections(normalize(text))
  return Object.fromEntries(Object.entries(sections).map(([id, region]) => [id, text.slice(region.heading, region.start)]))
}

describe('findSections', () => {
  it('finds headings by their words, whatever their numerals', () => {
    const text = ['一、总体情况', '…', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '五、政府信息公开行政复议、行政诉讼情况', '六、存在的主要问题及改进情况', '七、其他需要报告的事项'].join('\n')
    expect(find(text)).toEqual({
      overview: '一、总体情况',
      active: '二、主动公开政府信息情况',
      applications: '三、收到和处理政府信息公开申请情况',
      appeals: '五、政府信息公开行政复议、行政诉讼情况',
      problems: '六、存在的主要问题及改进情况',
      otherMatters: '七、其他需要报告的事项',
    })
  })

  it('accepts the typo 行政法复议 and markdown headings without numerals', () => {
    expect(find('## 总体情况\n四、政府信息公开行政法复议、行政诉讼情况\n')).toEqual({ overview: '## 总体情况', appeals: '四、政府信息公开行政法复议、行政诉讼情况' })
  })

  it('finds headings in text run together on one line', () => {
    const text = '本报告所列数据统计期限为2024年1月1日至2024年12月31日。一、总体情况 2024年，…二、主动公开政府信息情况第二十条第（一）项…'
    expect(Object.keys(find(text))).toEqual(['active', 'overview'])
  })

  it('skips a list of section names in running text and a table of contents', () => {
    const text = [
      '本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等。',
      '目录：一、总体情况 二、主动公开政府信息情况',
      '一、总体情况',
      '正文',
      '二、主动公开政府信息情况',
    ].join('\n')
    const sections = findSections(normalize(text))
    expect(sections.overview?.heading).toBe(text.lastIndexOf('一、总体情况'))
    expect(sections.active?.heading).toBe(text.lastIndexOf('二、主动公开政府信息情况'))
  })

  it('ends each section at the next one found', () => {
    const text = '一、总体情况\nA\n三、收到和处理政府信息公开申请情况\nB'
    const sections = findSections(text)
    expect(text.slice(sections.overview!.start, sections.overview!.end)).toBe('\nA\n')
    expect(text.slice(sections.applications!.start, sections.applications!.end)).toBe('\nB')
  })
})

describe('section bounds', () => {
  it('ends a section before the markup of the next heading', () => {
    const text = '## 一、总体情况\n\n全县新收到政府信息公开申请5件。\n\n## 二、主动公开政府信息情况\n'
    const sections = findSections(text)
    expect(text.slice(sections.overview!.start, sections.overview!.end)).toBe('\n\n全县新收到政府信息公开申请5件。\n\n')
    expect(sections.active!.heading).toBe(text.indexOf('## 二'))
  })
})
