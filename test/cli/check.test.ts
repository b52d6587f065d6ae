/**
 * `zfxxgk check`: findings, rule selection, `--fail-on` and exit codes, `--series`.
 *
 * The rule findings come from the library's `validateReport` and `validateSeries`; these
 * tests state what the real reports break (RULES.md: seed 004 breaks
 * `applications-balance` in two columns, corpus 006 breaks `applications-results-sum`).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, copyInto, fixturePath, jsonLines, temporaryFolder } from './helpers.js'

const seed004 = fixturePath('seeds', '004_3f00e38b5daa275f')
const corpus006 = fixturePath('corpus', '006_pingtan_2020_fmt2019')

interface Finding {
  ruleId: string
  severity: string
  path: string[]
  place: { start: { line: number } } | null
  reports?: number[]
}

function findings(args: readonly string[]): Finding[] {
  return jsonLines(cli(['check', ...args, '--format', 'jsonl']).stdout).flatMap((record) => record.diagnostics as Finding[])
}

describe('the balance rules on real reports', () => {
  it('seed 004 breaks applications-balance in two columns: exit 1', () => {
    const run = cli(['check', seed004, '--locale', 'en'])
    expect(run.status).toBe(1)
    const errors = findings([seed004]).filter((item) => item.severity === 'error')
    expect(errors.map((item) => item.ruleId)).toEqual(['applications-balance', 'applications-balance'])
    const lines = run.stdout.split('\n').filter((line) => line.includes('  error  '))
    expect(lines).toHaveLength(2)
    for (const line of lines) expect(line).toMatch(/^\S+004_3f00e38b5daa275f\/input\.txt:\d+:\d+ {2}error {4}\S.*78 \+ 0 ≠ 78 \+ 1.* {2}applications-balance$/)
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 1 file checked: 2 errors, 0 warnings (1 with problems)')
  })

  it('corpus 006 breaks applications-results-sum', () => {
    const errors = findings([corpus006]).filter((item) => item.severity === 'error')
    expect(errors.map((item) => item.ruleId)).toContain('applications-results-sum')
  })

  it('--rules keeps only the named rules, reading findings included', () => {
    const only = findings([seed004, corpus006, '--rules', 'applications-balance'])
    expect(only.length).toBeGreaterThan(0)
    expect(new Set(only.map((item) => item.ruleId))).toEqual(new Set(['applications-balance']))
  })

  it('--ignore-rules drops the named rules', () => {
    const run = cli(['check', seed004, '--ignore-rules', 'applications-balance,applications-results-sum'])
    expect(run.status).toBe(0)
    expect(findings([seed004, '--ignore-rules', 'applications-balance']).some((item) => item.ruleId === 'applications-balance')).toBe(false)
  })

  it('--blank-as-zero checks blank cells as 0', () => {
    // Seed 004 with its 本年新收 person cell written "/" (not applicable, read as null):
    // the person column's balance is not assessable (info), unless blanks count as 0, and
    // then 0 + 0 ≠ 78 + 1 fails beside the total column's 78 + 0 ≠ 78 + 1.
    const folder = temporaryFolder()
    const text = readFileSync(seed004, 'utf8').replace(/^(一、本年新收[^\t\n]*\t\t)78\t/m, '$1/\t')
    expect(text).not.toBe(readFileSync(seed004, 'utf8'))
    writeFileSync(join(folder, 'blank.txt'), text)
    const balance = (args: string[]) => findings([folder, ...args]).filter((item) => item.ruleId === 'applications-balance')
    const plain = balance([])
    expect(plain.filter((item) => item.severity === 'error')).toHaveLength(1)
    expect(plain.filter((item) => item.severity === 'info').length).toBeGreaterThan(0)
    const zero = balance(['--blank-as-zero'])
    expect(zero.filter((item) => item.severity === 'error')).toHaveLength(2)
    expect(zero.filter((item) => item.severity === 'info')).toHaveLength(0)
  })
})

describe('--fail-on and exit codes', () => {
  // A report whose tables are read with a warning and no error.
  const folder = temporaryFolder()
  const warningOnly = join(folder, 'warning.txt')
  writeFileSync(warningOnly, readFileSync(fixturePath('seeds', '002_04aef5a383ab1858'), 'utf8').replace(/^.*四、.*$/m, ''))

  it('has a reading warning and no error in the test report', () => {
    const items = findings([warningOnly])
    expect(items.some((item) => item.severity === 'warning')).toBe(true)
    expect(items.some((item) => item.severity === 'error')).toBe(false)
  })

  it('exits 0 on warnings by default, 1 with --fail-on warning, 0 with never', () => {
    expect(cli(['check', warningOnly]).status).toBe(0)
    expect(cli(['check', warningOnly, '--fail-on', 'warning']).status).toBe(1)
    expect(cli(['check', seed004, '--fail-on', 'never']).status).toBe(0)
  })

  it('exits 2 when an input cannot be read, whatever --fail-on says', () => {
    expect(cli(['check', 'missing.txt', '--fail-on', 'never']).status).toBe(2)
    expect(cli(['parse', 'missing.txt']).status).toBe(2)
  })

  it('parse exits 0 on findings unless --fail-on asks', () => {
    expect(cli(['parse', warningOnly]).status).toBe(0)
    expect(cli(['parse', warningOnly, '--fail-on', 'warning']).status).toBe(1)
  })
})

describe('--series', () => {
  // Seed 004 (宝清县 2024) and the same report as 2023: its carriedForward (1) is not the
  // 2024 report's carriedOver (0), in the person and total columns.
  const folder = temporaryFolder()
  const text = readFileSync(seed004, 'utf8')
  writeFileSync(join(folder, 'baoqing-2023.txt'), text.replace('2024年政府信息公开工作年度报告', '2023年政府信息公开工作年度报告'))
  copyInto(folder, { 'baoqing-2024.txt': seed004, 'other.txt': fixturePath('seeds', '000_6dd58b88eaeffe1b') })

  it('checks each organ across years: carry-over', () => {
    const records = jsonLines(cli(['check', folder, '--series', '--format', 'jsonl']).stdout)
    expect(records.slice(0, 3).map((record) => record.file)).toEqual(['baoqing-2023.txt', 'baoqing-2024.txt', 'other.txt'].map((name) => `${folder}/${name}`))
    const series = records.slice(3)
    expect(series).toHaveLength(1)
    expect(series[0]).toMatchObject({ series: '宝清县人民政府', files: [`${folder}/baoqing-2023.txt`, `${folder}/baoqing-2024.txt`] })
    const carry = (series[0]?.diagnostics as Finding[]).filter((item) => item.ruleId === 'carry-over' && item.severity === 'error')
    expect(carry.map((item) => item.reports)).toEqual([
      [0, 1],
      [0, 1],
    ])
  })

  it('lists series findings under the later report in text, after the files', () => {
    const run = cli(['check', folder, '--series', '--locale', 'en'])
    expect(run.status).toBe(1)
    const lines = run.stdout.split('\n').filter((line) => line.endsWith('  carry-over'))
    expect(lines.length).toBe(2)
    for (const line of lines) expect(line).toMatch(new RegExp(`^${folder}/baoqing-2024\\.txt:\\d+:\\d+ +error .* ← ${folder}/baoqing-2023\\.txt {2}carry-over$`))
  })

  it('reads nothing more without --series', () => {
    expect(jsonLines(cli(['check', folder, '--format', 'jsonl']).stdout)).toHaveLength(3)
  })
})

describe('progress', () => {
  it('draws nothing when standard error is not a terminal', () => {
    const run = cli(['check', 'examples/reports', '--fail-on', 'never'])
    expect(run.stderr).toBe('')
  })
})
