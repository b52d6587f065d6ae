/**
 * Hostile input, one example each: a million digits in a row, a million `|`, labels
 * repeated tens of thousands of times, lines of megabytes. Each must be read without an
 * exception, with every place inside the text, the same way twice. (How long they take is
 * measured by `npm run bench:scaling`, never asserted here.)
 */
import { describe, expect, it } from 'vitest'
import { formatReport, parseReport, validateReport, type Report } from '../src/index.js'
import { reportFromValues } from './helpers/report.js'
import { outside, places, positions } from './helpers/places.js'
import { fieldKeys } from '../src/index.js'

/** A small balanced 2021 report: every cell 0 but a few. */
function zeroReport(): Record<string, unknown> {
  const values: Record<string, unknown> = { format: '2021', title: '测试县2024年政府信息公开工作年度报告', year: 2024 }
  for (const key of fieldKeys('2021')) values[key] = 0
  return reportFromValues(values)
}

/** Parse `text` twice and validate it: no exception, places inside, the same both times. */
function readSafely(text: string): Report {
  const report = parseReport(text)
  expect(outside(text, positions(report))).toEqual([])
  const findings = validateReport(report)
  expect(outside(text, places(findings))).toEqual([])
  const again = parseReport(text)
  // Comparing the JSON of two megabyte reports is itself slow: the values, sources and
  // diagnostics are what can differ.
  expect(JSON.stringify(again)).toBe(JSON.stringify(report))
  return report
}

const tableHeading = '三、收到和处理政府信息公开申请情况'

describe('hostile input', () => {
  it('a run of 1,000,000 digits', () => {
    const report = readSafely('1'.repeat(1_000_000))
    expect(report.format).toBeNull()
  })

  it('a run of 1,000,000 digits as a row of table 三, cells run together', () => {
    const text = formatReport(zeroReport(), 'concatenated').replace('（一）予以公开0000000', `（一）予以公开${'7'.repeat(1_000_000)}`)
    const report = readSafely(text)
    // Nothing in a million digits is a cell of certain value.
    expect(report.applications.granted.person).toBeNull()
    expect(report.diagnostics.some((item) => item.path.includes('applications.granted.person'))).toBe(true)
  })

  it('a cell of 1,000,000 digits in a tab table', () => {
    const text = formatReport(zeroReport(), 'tab').replace('（一）予以公开\t\t0', `（一）予以公开\t\t${'9'.repeat(1_000_000)}`)
    const report = readSafely(text)
    expect(report.applications.granted.person).toBeNull()
    expect(report.applications.partlyGranted.person).toBe(0)
  })

  it('a million |, alone and as a line of a pipe table', () => {
    readSafely('|'.repeat(1_000_000))
    const text = formatReport(zeroReport(), 'pipe').replace('||\n二、上年结转', `${'|'.repeat(1_000_000)}\n二、上年结转`)
    const report = readSafely(text)
    expect(report.applications.carriedOver.total).toBe(0)
  })

  it('a label repeated 50,000 times, one a line and run together', () => {
    const label = '一、本年新收政府信息公开申请数量'
    readSafely(`${tableHeading}\n${`${label}\n`.repeat(50_000)}`)
    readSafely(`${tableHeading}${label.repeat(50_000)}`)
  })

  it('the rows of table 三 repeated 5,000 times, and section headings 20,000 times', () => {
    const text = formatReport(zeroReport(), 'cells')
    const table = text.slice(text.indexOf(tableHeading), text.indexOf('四、政府信息公开行政复议'))
    readSafely(`${text.slice(0, text.indexOf(tableHeading))}${table.repeat(5_000)}`)
    readSafely(['一、总体情况', '二、主动公开政府信息情况', tableHeading, '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况'].join('\n').repeat(20_000))
  })

  it('lines of megabytes: prose, tabs, spaces, numbers with single spaces', () => {
    const prose = '本机关认真贯彻落实《中华人民共和国政府信息公开条例》，全年新收政府信息公开申请12件，办结11件。'
    readSafely(`一、总体情况${prose.repeat(40_000)}`)
    const report = formatReport(zeroReport(), 'tab')
    readSafely(report.replace('规章\t0\t0\t0', `规章${'\t'.repeat(1_000_000)}0\t0\t0`))
    readSafely(formatReport(zeroReport(), 'aligned').replace('规章', `规章${'0 '.repeat(500_000)}`))
    readSafely(`${tableHeading}\n${'0 '.repeat(1_000_000)}`)
  })
})
