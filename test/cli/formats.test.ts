/**
 * The built tool's output formats, standard input and `--out`, run as a child process.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fieldKeys } from '../../src/index.js'
import { LEADING_COLUMNS } from '../../src/cli/formats/csv.js'
import { cli, fixturePath, jsonLines, parseCsv, temporaryFolder } from './helpers.js'

const reports = readdirSync('examples/reports').sort()
const reportPaths = reports.map((name) => `examples/reports/${name}`)
const seed004 = fixturePath('seeds', '004_3f00e38b5daa275f')

describe('parse --format jsonl (the default)', () => {
  const run = cli(['parse', 'examples/reports'])
  const lines = jsonLines(run.stdout)

  it('writes one record per report, in input order, and exits 0', () => {
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
    expect(lines.map((line) => line.file)).toEqual(reportPaths)
  })

  it('holds the whole report with where it was read from', () => {
    const record = lines[reports.indexOf('004_3f00e38b5daa275f.txt')] as { encoding: string; entry: string; report: { applications: { newRequests: { total: number } }; sources: Record<string, unknown>; diagnostics: unknown[] } }
    expect(record.encoding).toBe('utf-8')
    expect(record.entry).toBe('text')
    expect(record.report.applications.newRequests.total).toBe(78)
    expect(record.report.sources['applications.newRequests.total']).toEqual({ start: { line: 51, column: 32, offset: expect.any(Number) }, end: expect.any(Object) })
    expect(Array.isArray(record.report.diagnostics)).toBe(true)
  })

  it('reads .html files as web pages', () => {
    const entries = Object.fromEntries(lines.map((line) => [line.file, line.entry]))
    expect(entries['examples/reports/014_pingtan_2024_html.html']).toBe('html')
    expect(entries['examples/reports/011_shanghai_bgt_2019_fmt2019.html']).toBe('html')
  })
})

describe('parse --format json', () => {
  it('is one array of the same records as jsonl', () => {
    const run = cli(['parse', 'examples/reports', '--format', 'json'])
    expect(run.status).toBe(0)
    const records = JSON.parse(run.stdout) as Record<string, unknown>[]
    expect(records).toEqual(jsonLines(cli(['parse', 'examples/reports']).stdout))
  })

  it('is an empty array for an empty directory', () => {
    const run = cli(['parse', temporaryFolder(), '--format', 'json'])
    expect(JSON.parse(run.stdout)).toEqual([])
    expect(run.stderr).toContain('no report files')
  })
})

describe('parse --format csv', () => {
  const run = cli(['parse', 'examples/reports', '--format', 'csv'])
  const [header, ...rows] = parseCsv(run.stdout)
  const column = (row: string[] | undefined, key: string) => row?.[(header as string[]).indexOf(key)]
  const rowOf = (name: string) => rows.find((row) => row[0] === `examples/reports/${name}`)

  it('has the documented columns: metadata and counts, the 2021 keys, then the 2019-only keys', () => {
    const newer = fieldKeys('2021')
    const olderOnly = fieldKeys('2019').filter((key) => !newer.includes(key))
    expect(header).toEqual([...LEADING_COLUMNS, ...newer, ...olderOnly])
    expect(header?.slice(0, 9)).toEqual(['file', 'format', 'year', 'organ', 'title', 'publishedAt', 'errors', 'warnings', 'readError'])
    expect(new Set(header).size).toBe(header?.length)
  })

  it('has one row per report, in input order, CRLF-terminated', () => {
    expect(rows.map((row) => row[0])).toEqual(reportPaths)
    expect(rows.every((row) => row.length === header?.length)).toBe(true)
    expect(run.stdout.endsWith('\r\n')).toBe(true)
    expect(run.stdout.startsWith('\uFEFF')).toBe(false)
  })

  it('holds the values: blank for null, the 2019-only columns filled for a 2019 report only', () => {
    const row = rowOf('004_3f00e38b5daa275f.txt')
    expect(column(row, 'format')).toBe('2021')
    expect(column(row, 'year')).toBe('2024')
    expect(column(row, 'organ')).toBe('宝清县人民政府')
    expect(column(row, 'applications.newRequests.total')).toBe('78')
    expect(column(row, 'applications.carriedForward.total')).toBe('1')
    expect(column(row, 'applications.otherHandling.total')).toBe('')
    const older = rowOf('006_pingtan_2020_fmt2019.txt')
    expect(column(older, 'format')).toBe('2019')
    expect(column(older, 'applications.newRequests.total')).toBe('21')
    expect(column(older, 'active.punishment.previous')).toBe('2648')
    expect(column(older, 'active.fees.change')).toBe('-15')
    expect(column(older, 'applications.otherHandling.other.total')).toBe('')
  })

  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    const folder = temporaryFolder()
    const title = '宝清县人民政府,"试点"2024年政府信息公开工作年度报告'
    const text = readFileSync(seed004, 'utf8').replace('# 宝清县人民政府\n\n## 2024年政府信息公开工作年度报告', `# ${title}`)
    writeFileSync(join(folder, 'quoted.txt'), text)
    const output = cli(['parse', folder, '--format', 'csv']).stdout
    expect(output).toContain('"宝清县人民政府,""试点""2024年政府信息公开工作年度报告"')
    const [head, row] = parseCsv(output)
    expect(row?.[(head as string[]).indexOf('title')]).toBe(title)
    expect(row?.length).toBe(head?.length)
  })

  it('starts with a byte-order mark with --bom, for Excel', () => {
    const withBom = cli(['parse', 'examples/reports', '--format', 'csv', '--bom']).stdout
    expect(withBom.startsWith('\uFEFFfile,format,year,')).toBe(true)
    expect(withBom.slice(1)).toBe(run.stdout)
  })
})

describe('check --format text (the default)', () => {
  const run = cli(['check', 'examples/reports', '--fail-on', 'never'])
  const lines = run.stdout.split('\n')

  it('writes one line per finding: file:line:column  severity  message  ruleId', () => {
    const findings = lines.filter((line) => line.startsWith('examples/'))
    expect(findings.length).toBeGreaterThan(0)
    for (const line of findings) expect(line).toMatch(/^examples\/reports\/\S+?(?::\d+:\d+)? +(?:error|warning) {2,}\S.* {2}[a-z][a-z0-9-]*$/)
  })

  it('groups the lines by file, in input order, a blank line between files', () => {
    const groups = run.stdout.trimEnd().split('\n\n').slice(0, -1)
    const files = groups.map((group) => {
      const names = new Set(group.split('\n').map((line) => /^(\S+?)(?::\d+:\d+)? /.exec(line)?.[1]))
      expect(names.size).toBe(1)
      return [...names][0] as string
    })
    expect(files).toEqual(reportPaths.filter((path) => files.includes(path)))
  })

  it('ends with a summary line', () => {
    expect(lines.at(-1)).toBe('')
    expect(lines.at(-2)).toMatch(/^[✔✖] 已检查 12 个文件/)
    const english = cli(['check', 'examples/reports', '--locale', 'en', '--fail-on', 'never']).stdout.trimEnd().split('\n').at(-1)
    expect(english).toMatch(/^[✔✖] 12 files checked/)
  })

  it('has no colours when not on a terminal, and colours with FORCE_COLOR', () => {
    expect(run.stdout).not.toContain('\u001B[')
    expect(cli(['check', 'missing.txt'], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001B[31merror')
    expect(cli(['check', 'missing.txt'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001B[')
  })
})

describe('check --format jsonl, json and csv', () => {
  it('jsonl: one record per file with its findings and their counts', () => {
    const records = jsonLines(cli(['check', 'examples/reports', '--format', 'jsonl']).stdout)
    expect(records.map((record) => record.file)).toEqual(reportPaths)
    for (const record of records) {
      const diagnostics = record.diagnostics as { severity: string }[]
      expect(record.errors).toBe(diagnostics.filter((item) => item.severity === 'error').length)
      expect(record.warnings).toBe(diagnostics.filter((item) => item.severity === 'warning').length)
    }
    expect(records[reports.indexOf('004_3f00e38b5daa275f.txt')]).toMatchObject({ format: '2021', year: 2024, organ: '宝清县人民政府' })
  })

  it('json: the same records as one array', () => {
    const run = cli(['check', 'examples/reports', '--format', 'json'])
    expect(JSON.parse(run.stdout)).toEqual(jsonLines(cli(['check', 'examples/reports', '--format', 'jsonl']).stdout))
  })

  it('csv: the wide rows, with the counts of check', () => {
    const [header, ...rows] = parseCsv(cli(['check', 'examples/reports', '--format', 'csv']).stdout)
    const records = jsonLines(cli(['check', 'examples/reports', '--format', 'jsonl']).stdout)
    expect(rows.map((row) => row[0])).toEqual(reportPaths)
    const errors = (header as string[]).indexOf('errors')
    expect(rows.map((row) => Number(row[errors]))).toEqual(records.map((record) => record.errors))
  })
})

describe('standard input', () => {
  it('reads - as <stdin>', () => {
    const run = cli(['parse', '-'], { input: readFileSync(seed004) })
    const [record] = jsonLines(run.stdout) as { file: string; entry: string; report: { applications: { newRequests: { total: number } } } }[]
    expect(run.status).toBe(0)
    expect(record?.file).toBe('<stdin>')
    expect(record?.entry).toBe('text')
    expect(record?.report.applications.newRequests.total).toBe(78)
  })

  it('sniffs HTML on standard input', () => {
    const run = cli(['parse', '-'], { input: readFileSync(fixturePath('corpus', '014_pingtan_2024_html')) })
    expect(jsonLines(run.stdout)[0]?.entry).toBe('html')
  })

  it('places stdin among the other inputs, in order', () => {
    const run = cli(['check', reportPaths[0] as string, '-', reportPaths[1] as string, '--format', 'jsonl'], { input: readFileSync(seed004) })
    expect(jsonLines(run.stdout).map((record) => record.file)).toEqual([reportPaths[0], '<stdin>', reportPaths[1]])
  })

  it('decodes GBK from standard input too', () => {
    const run = cli(['parse', '-'], { input: readFileSync(fixturePath('encodings', '004.gb18030.txt')) })
    expect(jsonLines(run.stdout)[0]).toMatchObject({ file: '<stdin>', encoding: 'gb18030' })
  })
})

describe('--out', () => {
  it('writes to the file, nothing to standard output', () => {
    const out = join(temporaryFolder(), 'reports.csv')
    const run = cli(['parse', 'examples/reports', '--format', 'csv', '--out', out])
    expect(run.status).toBe(0)
    expect(run.stdout).toBe('')
    expect(readFileSync(out, 'utf8')).toBe(cli(['parse', 'examples/reports', '--format', 'csv']).stdout)
  })

  it('fails with 2 before any work when the file cannot be written', () => {
    const run = cli(['parse', 'examples/reports', '--out', join(temporaryFolder(), 'missing/reports.jsonl')])
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('ENOENT')
  })
})
