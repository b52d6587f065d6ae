/**
 * The prose narrows a run's splits (`narrowByHints` in `solve/table.ts`): in
 * `corpus/001_pingtan_2024_concat` the run `6233440` holds 制发/废止/现行有效 normative
 * documents, and only the overview's "制发行政规范性文件62件" says where the first cell ends.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { flattenReport, parseReport, type Report } from '../../src/index.js'

const text = readFileSync(new URL('../fixtures/corpus/001_pingtan_2024_concat/input.txt', import.meta.url), 'utf8')
const CLAIM = '制发行政规范性文件62件'

/** The value the report gives the run's first cell. */
const issued = (report: Report) => flattenReport(report)['active.normativeDocuments.issued']

describe('splits narrowed by the prose', () => {
  it('takes the split the prose states, and says so', () => {
    const report = parseReport(text)
    expect(issued(report)).toBe(62)
    const resolved = report.diagnostics.filter((item) => item.ruleId === 'resolved-by-prose')
    expect(resolved.map((item) => item.path)).toEqual([['active.normativeDocuments.issued']])
    expect(resolved[0]?.reason).toContain(CLAIM)
  })

  it('leaves the cell null when the prose does not state it', () => {
    expect(text).toContain(CLAIM)
    const report = parseReport(text.replace(CLAIM, '制发行政规范性文件若干件'))
    expect(issued(report)).toBeNull()
    expect(report.diagnostics.some((item) => item.ruleId === 'resolved-by-prose')).toBe(false)
    const ambiguous = report.diagnostics.find((item) => item.ruleId === 'ambiguous-cells')
    expect(ambiguous?.path).toContain('active.normativeDocuments.issued')
  })

  it('ignores a statement that no split agrees with', () => {
    const report = parseReport(text.replace(CLAIM, '制发行政规范性文件7件'))
    expect(issued(report)).toBeNull()
    expect(report.diagnostics.some((item) => item.ruleId === 'resolved-by-prose')).toBe(false)
  })
})
