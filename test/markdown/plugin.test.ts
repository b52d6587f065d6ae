/**
 * `remarkZfxxgk` in real remark pipelines (remark-parse, remark-gfm, remark-stringify),
 * with its findings printed by vfile-reporter.
 */
import { readFileSync } from 'node:fs'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { flattenReport, type Report } from '../../src/index.js'
import { remarkZfxxgk, type Options } from '../../src/markdown/index.js'
import { expectedValues, fixtures } from '../helpers/fixtures.js'
import { renderMarkdown } from '../render/markdown.js'

async function run(text: string, options?: Options, path = 'report.md'): Promise<VFile> {
  const file = new VFile({ path, value: text })
  await unified().use(remarkParse).use(remarkGfm).use(remarkZfxxgk, options).use(remarkStringify).process(file)
  return file
}

const all = [...fixtures('seeds'), ...fixtures('corpus')].filter((fixture) => fixture.expected !== undefined)
const seed004 = fixtures('seeds').find((fixture) => fixture.name.startsWith('004'))

describe('remarkZfxxgk', () => {
  for (const fixture of all) {
    it(`${fixture.name}: reads every value from the mdast of its markdown`, async () => {
      const file = await run(renderMarkdown(fixture.expected ?? {}))
      const report = file.data.zfxxgk
      expect(report?.layouts).toEqual({ active: 'mdast', applications: 'mdast', appeals: 'mdast' })
      const flat = flattenReport(report)
      const expected = expectedValues(fixture).filter(([key]) => key !== 'publishedAt' && key !== 'title' && key !== 'organ')
      expect(Object.fromEntries(expected.map(([key]) => [key, flat[key]]))).toEqual(Object.fromEntries(expected))
    })
  }

  it('places every value on its cell in the markdown', async () => {
    const text = renderMarkdown(seed004?.expected ?? {})
    const report = (await run(text)).data.zfxxgk as Report
    const flat = flattenReport(report)
    for (const [key, value] of Object.entries(flat)) {
      if (typeof value !== 'number' || !key.includes('.')) continue
      const source = report.sources[key]
      expect(text.slice(source?.start.offset, source?.end.offset), key).toBe(String(value))
      expect(source?.start.line, key).toBe(text.slice(0, source?.start.offset).split('\n').length)
    }
  })

  it('types the report on file.data', () => {
    expectTypeOf(new VFile().data.zfxxgk).toEqualTypeOf<Report | undefined>()
  })

  it('reports reading findings as messages, with vfile’s severities', async () => {
    const text = '# 某县2024年政府信息公开工作年度报告\n\n## 二、主动公开政府信息情况\n\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| --- | --- | --- | --- |\n| 规章 | 1 | 2 |  |\n'
    const file = await run(text, { locale: 'en' })
    const warning = file.messages.find((message) => message.ruleId === 'cells-misaligned' || message.ruleId === 'row-missing')
    expect(warning).toMatchObject({ source: 'zfxxgk', fatal: false })
    expect(warning?.place).toMatchObject({ start: { line: expect.any(Number), column: expect.any(Number) } })
    const notReport = await run('# 通知\n\n今天天气很好。\n')
    expect(notReport.messages.find((message) => message.ruleId === 'unsupported-format')).toMatchObject({ fatal: true, source: 'zfxxgk' })
    expect(notReport.data.zfxxgk?.format).toBeNull()
  })

  it('reads a tree without positions (made by plugins) through the text readers', async () => {
    const text = renderMarkdown(seed004?.expected ?? {})
    const tree = unified().use(remarkParse).use(remarkGfm).parse(text)
    const strip = (node: object): void => {
      delete (node as { position?: unknown }).position
      for (const child of (node as { children?: object[] }).children ?? []) strip(child)
    }
    strip(tree)
    const file = new VFile(text)
    await unified().use(remarkZfxxgk).run(tree, file)
    expect(file.data.zfxxgk?.layout).toBe('markdown')
    expect(flattenReport(file.data.zfxxgk)['applications.newRequests.total']).toBe(seed004?.expected?.['applications.newRequests.total'])
  })

  it('checks its options', () => {
    expect(() => remarkZfxxgk('en' as never)).toThrow(new TypeError('remarkZfxxgk: options must be an object, got a string'))
    expect(() => remarkZfxxgk({ locale: 'fr' } as never)).toThrow(/remarkZfxxgk: options.locale/)
  })
})

describe('seed 004 through vfile-reporter', () => {
  it('prints the balance error of 宝清县 2024 (78 + 0 ≠ 78 + 1) at its place', async () => {
    const path = 'examples/markdown/004_3f00e38b5daa275f.md'
    const text = readFileSync(path, 'utf8')
    const file = await run(text, { locale: 'en' }, path)
    // The example file holds seed 004's values.
    const flat = flattenReport(file.data.zfxxgk)
    for (const [key, value] of expectedValues(seed004 ?? { expected: {} } as never)) if (key.includes('.')) expect(flat[key], key).toBe(value)

    // The only rule it breaks: applications-balance, in the person and total columns.
    const errors = file.messages.filter((message) => message.fatal === true)
    expect(errors.length).toBeGreaterThan(0)
    const lines = text.split('\n')
    const table3 = lines.findIndex((line) => line.startsWith('## 三')) + 1
    const table4 = lines.findIndex((line) => line.startsWith('## 四')) + 1
    for (const message of errors) {
      expect(message.ruleId).toBe('applications-balance')
      expect(message.source).toBe('zfxxgk')
      const place = message.place as { start: { line: number } } | undefined
      expect(place?.start.line).toBeGreaterThan(table3)
      expect(place?.start.line).toBeLessThan(table4)
    }
    const printed = reporter(file, { color: false })
    expect(printed).toContain(path)
    const lines3 = printed.split('\n').filter((line) => line.includes('applications-balance'))
    expect(lines3.length).toBe(errors.length)
    for (const line of lines3) expect(line.trim().split(/\s+/).slice(0, 2)).toEqual([expect.stringMatching(/^[\d:-]+$/), 'error'])
    expect(printed).toContain(`✖ ${errors.length} error`)
  })
})
