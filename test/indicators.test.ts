/**
 * `indicators`: the ratios, by hand on seed 003 (连云区 2024), and `null` where undefined.
 */
import { describe, expect, it } from 'vitest'
import { indicators, parseReport } from '../src/index.js'
import { expectedValues, fixtures } from './helpers/fixtures.js'
import { reportFromValues } from './helpers/report.js'

const byName = (prefix: string) => fixtures(prefix.length === 3 ? 'seeds' : 'corpus').find((fixture) => fixture.name.startsWith(`${prefix}_`))

describe('indicators', () => {
  it('computes each ratio from the 总计 column (连云区 2024)', () => {
    const report = parseReport(byName('003')?.input ?? '')
    expect(indicators(report)).toEqual({
      disclosureRate: (26 + 8) / 78,
      withheldRate: 0 / 78,
      unavailableRate: 26 / 78,
      notHeldRate: 26 / 78,
      carryForwardRate: 1 / (68 + 11),
      organizationShare: 3 / 68,
      reviewCorrectionRate: 2 / (9 - 4),
      lawsuitCorrectionRate: 0 / (1 + 1 - 1 - 0),
      disputeRate: (9 + 1 + 1) / 68,
    })
  })

  it('is null where a denominator is 0 (绥阳县小关乡 2023: no request, no case)', () => {
    const values = indicators(parseReport(byName('001')?.input ?? ''))
    expect(Object.values(values).every((value) => value === null)).toBe(true)
  })

  it('is null where a cell is blank (上海市人民政府办公厅 2019: the results’ 总计 are blank)', () => {
    const fixture = fixtures('corpus').find((item) => item.name.startsWith('011_'))
    const values = indicators(reportFromValues(Object.fromEntries(fixture === undefined ? [] : expectedValues(fixture))))
    expect(values.disclosureRate).toBeNull()
    expect(values.carryForwardRate).toBe(72 / (859 + 18))
    expect(values.reviewCorrectionRate).toBeNull()
  })

  it('accepts a report read back from JSON; a non-object is a TypeError', () => {
    const report = parseReport(byName('003')?.input ?? '')
    expect(indicators(JSON.parse(JSON.stringify(report)))).toEqual(indicators(report))
    expect(indicators({})).toMatchObject({ disclosureRate: null, disputeRate: null })
    expect(() => indicators('report')).toThrow(TypeError)
  })
})
