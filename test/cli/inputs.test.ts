/**
 * What the built tool reads: directories with unreadable files among good ones, text
 * encodings, globs, and the order of the output whatever the parallelism.
 */
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, cliAsync, copyInto, fixturePath, jsonLines, parseCsv, temporaryFolder } from './helpers.js'

const seed004 = fixturePath('seeds', '004_3f00e38b5daa275f')
const seed000 = fixturePath('seeds', '000_6dd58b88eaeffe1b')

/** A permission error needs a user the file's mode applies to: root reads anything. */
const otherUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}

describe('a directory with unreadable files among good ones', () => {
  const folder = temporaryFolder()
  copyInto(folder, { 'a-good.txt': seed004, 'c-good.html': fixturePath('corpus', '014_pingtan_2024_html') })
  copyInto(join(folder, 'sub'), { 'e-good.md': seed000 })
  writeFileSync(join(folder, 'b-scan.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n', 'latin1'), Buffer.from([0, 1, 2, 3])]))
  copyInto(folder, { 'd-locked.txt': seed004 })
  chmodSync(join(folder, 'd-locked.txt'), 0o000)
  symlinkSync(join(folder, 'gone.txt'), join(folder, 'd-moved.txt'))
  writeFileSync(join(folder, 'f-latin1.txt'), Buffer.from('Rapport annuel: données publiées, année écoulée.', 'latin1'))
  writeFileSync(join(folder, 'notes.json'), '{}')
  writeFileSync(join(folder, '.hidden.txt'), 'hidden')

  const expected = ['a-good.txt', 'b-scan.pdf', 'c-good.html', 'd-locked.txt', 'd-moved.txt', 'f-latin1.txt', 'sub/e-good.md'].map((name) => `${folder}/${name}`)

  it('reports every file in order, the unreadable ones as error records with the reason, and exits 2', () => {
    const run = cli(['parse', folder, '--locale', 'en'], otherUser)
    expect(run.status).toBe(2)
    const records = jsonLines(run.stdout)
    expect(records.map((record) => record.file)).toEqual(expected)
    const errors = Object.fromEntries(records.map((record) => [(record.file as string).slice(folder.length + 1), record.error]))
    expect(errors['b-scan.pdf']).toEqual({ code: 'binary', reason: 'not a text file (PDF): convert it to text or HTML first' })
    expect(errors['d-locked.txt']).toEqual({ code: 'permission', reason: 'permission denied' })
    expect(errors['d-moved.txt']).toEqual({ code: 'not-found', reason: 'file not found' })
    expect(errors['f-latin1.txt']).toMatchObject({ code: 'undecodable' })
    for (const good of ['a-good.txt', 'c-good.html', 'sub/e-good.md']) {
      expect(errors[good]).toBeUndefined()
      expect(records.find((record) => record.file === `${folder}/${good}`)?.report).toBeTypeOf('object')
    }
  })

  it('gives unreadable files their row in CSV, with the reason', () => {
    const run = cli(['parse', folder, '--format', 'csv'], otherUser)
    expect(run.status).toBe(2)
    const [header, ...rows] = parseCsv(run.stdout)
    expect(rows.map((row) => row[0])).toEqual(expected)
    const readError = (header as string[]).indexOf('readError')
    expect(rows.map((row) => row[readError]?.split(':')[0])).toEqual(['', 'binary', '', 'permission', 'not-found', 'undecodable', ''])
  })

  it('lists them in check text output, and still checks the good ones', () => {
    const run = cli(['check', folder, '--locale', 'en'], otherUser)
    expect(run.status).toBe(2)
    expect(run.stdout).toContain(`${folder}/b-scan.pdf  error    not a text file (PDF): convert it to text or HTML first  binary`)
    expect(run.stdout).toContain(`${folder}/d-moved.txt  error    file not found  not-found`)
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^✖ 7 files checked: .*4 unreadable\)$/)
  })

  it('reports a missing path named on the command line and goes on', () => {
    const run = cli(['parse', join(folder, 'nothing-here.txt'), seed004])
    expect(run.status).toBe(2)
    const records = jsonLines(run.stdout)
    expect(records.map((record) => record.error === undefined)).toEqual([false, true])
    expect(records[0]).toMatchObject({ error: { code: 'not-found' } })
  })

  it('reads a file named explicitly whatever its extension, sniffing the entry', () => {
    const other = temporaryFolder()
    copyInto(other, { 'page.asp': fixturePath('corpus', '014_pingtan_2024_html'), 'report.dat': seed004 })
    const records = jsonLines(cli(['parse', join(other, 'page.asp'), join(other, 'report.dat')]).stdout)
    expect(records.map((record) => record.entry)).toEqual(['html', 'text'])
  })
})

describe('text encodings', () => {
  const utf8 = jsonLines(cli(['parse', seed004]).stdout)[0] as { report: { sources: unknown; diagnostics: unknown } }
  const values = (record: Record<string, unknown>) => {
    const { sources, diagnostics, ...rest } = record.report as Record<string, unknown>
    void sources
    void diagnostics
    return rest
  }

  for (const [file, encoding] of [
    ['004.gb18030.txt', 'gb18030'],
    ['004.utf16le.txt', 'utf-16le'],
    ['004.utf16be.txt', 'utf-16be'],
    ['004.utf8bom.txt', 'utf-8-bom'],
  ] as const) {
    it(`${file}: decoded as ${encoding}, the same report as the UTF-8 file`, () => {
      const run = cli(['parse', fixturePath('encodings', file)])
      expect(run.status).toBe(0)
      const record = jsonLines(run.stdout)[0] as Record<string, unknown>
      expect(record.encoding).toBe(encoding)
      expect(values(record)).toEqual(values(utf8))
      // Same characters, same places: the BOM is not a character of the text.
      expect((record.report as { sources: unknown }).sources).toEqual(utf8.report.sources)
    })
  }

  it('reads a GBK web page', () => {
    const record = jsonLines(cli(['parse', fixturePath('encodings', '011.gbk.html')]).stdout)[0] as { encoding: string; entry: string; report: unknown }
    const original = jsonLines(cli(['parse', fixturePath('corpus', '011_shanghai_bgt_2019_fmt2019')]).stdout)[0] as { report: unknown }
    expect(record.encoding).toBe('gb18030')
    expect(record.entry).toBe('html')
    expect(record.report).toEqual(original.report)
  })

  for (const file of ['big5.txt', 'shift_jis.txt', 'latin1.txt']) {
    it(`${file}: undecodable, not read as GB18030 garbage`, () => {
      const run = cli(['parse', fixturePath('encodings', file)])
      expect(run.status).toBe(2)
      expect(jsonLines(run.stdout)[0]).toMatchObject({ error: { code: 'undecodable' } })
    })
  }
})

describe('globs', () => {
  const folder = temporaryFolder()
  copyInto(join(folder, '2023'), { 'a.txt': seed004, 'b.html': fixturePath('corpus', '014_pingtan_2024_html'), 'skip.json': seed004 })
  copyInto(join(folder, '2024/deep'), { 'c.txt': seed000 })

  it('expands quoted globs: **, *, {a,b}, sorted', () => {
    const files = (pattern: string) => jsonLines(cli(['parse', pattern], { cwd: folder }).stdout).map((record) => record.file)
    expect(files('**/*.txt')).toEqual(['2023/a.txt', '2024/deep/c.txt'])
    expect(files('2023/*.{txt,html}')).toEqual(['2023/a.txt', '2023/b.html'])
    expect(files('20?3/[ab].*')).toEqual(['2023/a.txt', '2023/b.html'])
  })

  it('reports a glob that matches nothing as not found', () => {
    const run = cli(['parse', '*.pdf'], { cwd: folder })
    expect(run.status).toBe(2)
    expect(jsonLines(run.stdout)).toEqual([{ file: '*.pdf', error: { code: 'not-found', reason: '找不到文件' } }])
  })

  it('reads a file reached twice once, at its first place', () => {
    const records = jsonLines(cli(['parse', '2023/a.txt', '2023', '**/*.txt'], { cwd: folder }).stdout)
    expect(records.map((record) => record.file)).toEqual(['2023/a.txt', '2023/b.html', '2024/deep/c.txt'])
  })

  it('does not call a directory empty when its files were all named before', () => {
    const run = cli(['parse', '2023', '2023/', '.'], { cwd: folder })
    expect(jsonLines(run.stdout).map((record) => record.file)).toEqual(['2023/a.txt', '2023/b.html', './2024/deep/c.txt'])
    expect(run.stderr).not.toContain('no report files')
  })
})

describe('order of the output', () => {
  // Files of very different sizes, so that with two workers later files finish first.
  const folder = temporaryFolder()
  const small = readFileSync(seed004, 'utf8')
  const padding = `\n${'本机关持续推进政务公开标准化规范化建设。'.repeat(4000)}\n`
  const names: string[] = []
  mkdirSync(folder, { recursive: true })
  for (let index = 0; index < 80; index++) {
    const name = `r${String(index).padStart(3, '0')}.txt`
    writeFileSync(join(folder, name), index % 7 === 0 ? small + padding : small)
    names.push(name)
  }
  const shuffled = [...names].sort((left, right) => (left.slice(2) + left < right.slice(2) + right ? -1 : 1))

  it('is the order of the input with --jobs 2, in every format', async () => {
    const runs = await Promise.all([
      cliAsync(['parse', '.', '--jobs', '2'], folder),
      cliAsync(['parse', '.', '--jobs', '2', '--format', 'csv'], folder),
      cliAsync(['check', '.', '--jobs', '2', '--format', 'json'], folder),
      cliAsync(['parse', ...shuffled, '--jobs', '2'], folder),
    ])
    expect(jsonLines(runs[0]?.stdout ?? '').map((record) => record.file)).toEqual(names.map((name) => `./${name}`))
    expect(parseCsv(runs[1]?.stdout ?? '').slice(1).map((row) => row[0])).toEqual(names.map((name) => `./${name}`))
    expect((JSON.parse(runs[2]?.stdout ?? '') as { file: string }[]).map((record) => record.file)).toEqual(names.map((name) => `./${name}`))
    expect(jsonLines(runs[3]?.stdout ?? '').map((record) => record.file)).toEqual(shuffled)
  })

  it('gives the same bytes with --jobs 1 and --jobs 2', async () => {
    const [one, two] = await Promise.all([cliAsync(['check', '.', '--jobs', '1', '--format', 'jsonl'], folder), cliAsync(['check', '.', '--jobs', '2', '--format', 'jsonl'], folder)])
    expect(two?.stdout).toBe(one?.stdout)
  })
})
