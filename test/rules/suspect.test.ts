/**
 * "The cell most likely wrong": the single cell whose error alone explains the failures.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateReport } from '../../src/index.js'
import { balancedValues, sourcesFor } from '../arbitraries/report.js'
import { reportFromValues } from '../helpers/report.js'

/** A fixed balanced report: the first value the arbitrary gives for a fixed seed. */
const [values] = fc.sample(balancedValues('2021'), { seed: 7, numRuns: 1 }) as [Record<string, number>]
const sources = sourcesFor('2021')
const check = (changes: Record<string, number>) => validateReport(reportFromValues({ ...values, ...changes }, { sources }))

describe('the place of a failing balance', () => {
  it('points at a mistyped cell of table 三, and names it', () => {
    const key = 'applications.unavailable.notHeld.person'
    const findings = check({ [key]: (values[key] as number) + 3 })
    expect(findings.map((finding) => finding.ruleId)).toEqual(['applications-results-sum', 'applications-row-total'])
    for (const finding of findings) {
      expect(finding.place).toEqual(sources[key])
      expect(finding.reason).toContain('最可能有误的是无法提供·本机关不掌握相关政府信息（自然人）')
    }
  })

  it('points at a 总计 cell when only its row total and its column fail', () => {
    const key = 'applications.totalHandled.total'
    const findings = check({ [key]: (values[key] as number) + 1 })
    expect(findings.map((finding) => finding.ruleId)).toEqual(['applications-balance', 'applications-results-sum', 'applications-row-total'])
    for (const finding of findings) expect(finding.place).toEqual(sources[key])
  })

  it('gives the span of the equation when no single cell explains it (宝清县 2024: a row off in two columns)', () => {
    // 结转下年度 one more in 自然人 and 总计: its row total still holds, two columns fail.
    const findings = check({
      'applications.carriedForward.person': (values['applications.carriedForward.person'] as number) + 1,
      'applications.carriedForward.total': (values['applications.carriedForward.total'] as number) + 1,
    })
    expect(findings.map((finding) => finding.ruleId)).toEqual(['applications-balance', 'applications-balance'])
    for (const finding of findings) {
      expect(finding.place).toEqual({ start: sources[finding.path[0] as string]?.start, end: sources[finding.path[3] as string]?.end })
      expect(finding.reason).not.toContain('最可能有误')
    }
  })

  it('gives the row of table 四: its five cells share one equation', () => {
    const findings = check({ 'appeals.lawsuit.pending': (values['appeals.lawsuit.pending'] as number) + 2 })
    expect(findings).toHaveLength(1)
    expect(findings[0]?.place).toEqual({ start: sources['appeals.lawsuit.upheld']?.start, end: sources['appeals.lawsuit.total']?.end })
  })
})
