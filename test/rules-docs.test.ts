/**
 * Every rule has its page under docs/rules/, and the page's examples do what they say:
 * each ```json block is `{ report | reports, expect, raw? }`, run with only that rule, and
 * `expect` lists the rule's findings that are not `info` (one per failing identity).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ruleIds, validateReport, validateSeries } from '../src/index.js'
import { reportFromValues } from './helpers/report.js'

const directory = 'docs/rules/'
const pages = readdirSync(directory).filter((file) => file.endsWith('.md'))

interface Example {
  report?: Record<string, unknown>
  reports?: Record<string, unknown>[]
  raw?: boolean
  expect: string[]
}

/** A report from an example's flat values; `prose.overview` etc. go to the prose. */
function build(values: Record<string, unknown>): Record<string, unknown> {
  const prose: Record<string, string> = {}
  const cells: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(values)) {
    if (key.startsWith('prose.')) prose[key.slice('prose.'.length)] = value as string
    else cells[key] = value
  }
  return reportFromValues(cells, { prose })
}

function examples(page: string): Example[] {
  const text = readFileSync(`${directory}${page}`, 'utf8')
  return text
    .split('```json\n')
    .slice(1)
    .map((block) => JSON.parse(block.slice(0, block.indexOf('```'))) as Example)
}

describe('rule pages', () => {
  it('exist for every rule id, and only for them', () => {
    expect(pages.map((page) => page.slice(0, -3)).sort()).toEqual([...ruleIds].sort())
  })

  for (const page of pages) {
    const id = page.slice(0, -3)
    const list = examples(page)

    it(`${id}: has an example that passes and one that fails`, () => {
      expect(list.some((example) => example.expect.length === 0)).toBe(true)
      expect(list.some((example) => example.expect.length > 0)).toBe(true)
      expect(readFileSync(`${directory}${page}`, 'utf8')).toMatch(/^# `[a-z-]+`\n/)
    })

    list.forEach((example, index) => {
      it(`${id}: example ${index + 1} gives ${JSON.stringify(example.expect)}`, () => {
        const options = { rules: [id] }
        const prepare = (values: Record<string, unknown>) => (example.raw === true ? values : build(values))
        const findings = example.reports === undefined ? validateReport(prepare(example.report ?? {}), options) : validateSeries(example.reports.map(prepare), options)
        expect(findings.filter((finding) => finding.severity !== 'info' && finding.ruleId === id).map((finding) => finding.ruleId)).toEqual(example.expect)
        // No example gets findings from another rule than its own, but report-malformed where it is the point.
        expect(findings.filter((finding) => finding.ruleId !== id && finding.severity !== 'info')).toEqual([])
      })
    })
  }
})
