/**
 * The tool's small parts: globs, sniffing, CSV fields, the reorder buffer, the progress
 * bar, the command line, the exit code.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { parseCommandLine, UsageError } from '../../src/cli/args.js'
import { csvField, csvRow, csvColumns } from '../../src/cli/formats/csv.js'
import { displayWidth, textBlock } from '../../src/cli/formats/text.js'
import { expandBraces, expandGlob, matchSegment } from '../../src/cli/glob.js'
import { frameEnd, frameItem, frameStart } from '../../src/cli/framing.js'
import { failureOf } from '../../src/cli/read.js'
import { createBufferPool } from '../../src/cli/recycle.js'
import { ByteWriter } from '../../src/cli/byte-writer.js'
import { runOrdered } from '../../src/cli/ordered.js'
import { batchSize, batches, compilesInPlace, INLINING_BUDGET, workerV8Flags } from '../../src/cli/pool.js'
import { createProgress, formatDuration, progressLine } from '../../src/cli/progress.js'
import { exitCode } from '../../src/cli/run.js'
import { groupSeries } from '../../src/cli/series-groups.js'
import { entryFor, extensionOf, looksLikeHtml } from '../../src/cli/sniff.js'
import { temporaryFolder } from './helpers.js'

const seedOptions = { seed: Number(process.env.FC_SEED ?? 20240611), numRuns: Number(process.env.FC_RUNS ?? 100) }

describe('globs', () => {
  it('matches one segment with *, ?, classes, not a leading dot', () => {
    expect(matchSegment('*.txt', 'a.txt')).toBe(true)
    expect(matchSegment('*.txt', 'a.txt.bak')).toBe(false)
    expect(matchSegment('r??.md', 'r01.md')).toBe(true)
    expect(matchSegment('r??.md', 'r1.md')).toBe(false)
    expect(matchSegment('[a-c]*', 'b-report')).toBe(true)
    expect(matchSegment('[!a-c]*', 'b-report')).toBe(false)
    expect(matchSegment('*a*b*c', 'xaxxbxxc')).toBe(true)
    expect(matchSegment('*a*b*c', 'xaxxcxxb')).toBe(false)
    expect(matchSegment('*', '.hidden')).toBe(false)
    expect(matchSegment('.*', '.hidden')).toBe(true)
    expect(matchSegment('[ab', '[ab')).toBe(true)
  })

  it('takes every star pattern in time linear-ish in the name (no blow-up)', () => {
    const started = performance.now()
    expect(matchSegment('*a*a*a*a*a*a*a*b', 'a'.repeat(5000))).toBe(false)
    // A bound far above the real cost, only to catch exponential behaviour.
    expect(performance.now() - started).toBeLessThan(5000)
  })

  it('expands braces, nested ones too', () => {
    expect(expandBraces('a{b,c{d,e}}f')).toEqual(['abf', 'acdf', 'acef'])
    expect(expandBraces('*.{txt,html}')).toEqual(['*.txt', '*.html'])
    expect(expandBraces('{unclosed')).toEqual(['{unclosed'])
  })

  it('walks directories for ** and skips hidden ones', () => {
    const folder = temporaryFolder()
    for (const path of ['a/x.txt', 'a/b/y.txt', 'a/.git/z.txt', 'c.txt', 'a/b/w.html']) {
      mkdirSync(join(folder, path, '..'), { recursive: true })
      writeFileSync(join(folder, path), '')
    }
    expect(expandGlob(`${folder}/**/*.txt`)).toEqual(['a/b/y.txt', 'a/x.txt', 'c.txt'].map((path) => `${folder}/${path}`))
    expect(expandGlob(`${folder}/a/**`)).toEqual(['a/b/w.html', 'a/b/y.txt', 'a/x.txt'].map((path) => `${folder}/${path}`))
    expect(expandGlob(`${folder}/*/b/*.{html,txt}`)).toEqual(['a/b/w.html', 'a/b/y.txt'].map((path) => `${folder}/${path}`))
    expect(expandGlob(`${folder}/none/*.txt`)).toEqual([])
  })

  test.prop([fc.string({ unit: fc.constantFrom('a', 'b', '.'), maxLength: 12 }), fc.string({ unit: fc.constantFrom('a', 'b', '*', '?'), maxLength: 8 })], seedOptions)(
    'agrees with a regular expression built from the same pattern',
    (name, pattern) => {
      const source = [...pattern].map((char) => (char === '*' ? '[^/]*' : char === '?' ? '[^/]' : char)).join('')
      const expected = new RegExp(`^${source}$`).test(name) && !(name.startsWith('.') && !pattern.startsWith('.'))
      expect(matchSegment(pattern, name)).toBe(expected)
    },
  )
})

describe('sniffing', () => {
  it('goes by extension first', () => {
    expect(extensionOf('a/b.HTM')).toBe('.htm')
    expect(extensionOf('a.b/c')).toBe('')
    expect(extensionOf('.hidden')).toBe('')
    expect(entryFor('r.html', 'plain')).toBe('html')
    expect(entryFor('r.txt', '<table><tr><td>1</td></tr></table>')).toBe('text')
    expect(entryFor('r.md', '<html>')).toBe('text')
  })

  it('then by content: doctype, <html>, a leading tag, or a table near the start', () => {
    expect(looksLikeHtml('  <!DOCTYPE html><p>x')).toBe(true)
    expect(looksLikeHtml('<!-- saved -->\n<div class="a"><p>报告</p>')).toBe(true)
    expect(looksLikeHtml('标题\n<table>')).toBe(true)
    expect(looksLikeHtml('一、总体情况\n本机关 <5 件')).toBe(false)
    expect(looksLikeHtml('<5 件以下')).toBe(false)
    expect(entryFor('<stdin>', '<html><body>')).toBe('html')
  })
})

describe('reading failures', () => {
  it('maps system errors to stable codes', () => {
    expect(failureOf(Object.assign(new Error('x'), { code: 'ENOENT' }))).toEqual({ code: 'not-found', detail: 'ENOENT' })
    expect(failureOf(Object.assign(new Error('x'), { code: 'EACCES' }))).toEqual({ code: 'permission', detail: 'EACCES' })
    expect(failureOf(Object.assign(new Error('x'), { code: 'EIO' }))).toEqual({ code: 'read-error', detail: 'EIO' })
    expect(failureOf(new Error('odd'))).toEqual({ code: 'read-error', detail: 'odd' })
  })
})

describe('CSV', () => {
  it('quotes only what RFC 4180 requires, doubling quotes', () => {
    expect(csvField(null)).toBe('')
    expect(csvField(12.5)).toBe('12.5')
    expect(csvField('平潭')).toBe('平潭')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('cr\r')).toBe('"cr\r"')
  })

  it('writes a row in column order, CRLF-terminated, blanks for missing values', () => {
    const row = csvRow({ file: 'a.txt', 'applications.newRequests.total': 78 })
    expect(row.endsWith('\r\n')).toBe(true)
    const fields = row.slice(0, -2).split(',')
    expect(fields).toHaveLength(csvColumns().length)
    expect(fields[0]).toBe('a.txt')
    expect(fields[csvColumns().indexOf('applications.newRequests.total')]).toBe('78')
  })

  it('takes a column from the second object where it has it, else from the first', () => {
    const fields = csvRow({ file: 'flat', year: 2024, errors: 9 }, { file: 'a.txt', errors: 0 }).slice(0, -2).split(',')
    expect(fields[csvColumns().indexOf('file')]).toBe('a.txt')
    expect(fields[csvColumns().indexOf('errors')]).toBe('0')
    expect(fields[csvColumns().indexOf('year')]).toBe('2024')
    expect(csvRow({}, {}).slice(0, -2)).toBe(','.repeat(csvColumns().length - 1))
  })
})

describe('text format', () => {
  it('lines up Chinese file names by their width on screen', () => {
    expect(displayWidth('平潭a')).toBe(5)
    const block = textBlock(
      [
        { file: '平潭.txt', line: 1, column: 2, severity: 'error', message: 'm', ruleId: 'r' },
        { file: 'abcd.txt', line: 10, column: 20, severity: 'warning', message: 'two\nlines', ruleId: 's' },
      ],
      false,
    )
    expect(block).toBe('平潭.txt:1:2    error    m  r\nabcd.txt:10:20  warning  two lines  s\n')
  })
})

describe('runOrdered', () => {
  test.prop([fc.array(fc.nat(20), { minLength: 0, maxLength: 60 }), fc.integer({ min: 1, max: 8 })], seedOptions)(
    'delivers every result in order, with at most `window` tasks ahead of the next delivery',
    async (delays, window) => {
      const delivered: number[] = []
      let running = 0
      let most = 0
      await runOrdered(
        delays,
        async (delay, index) => {
          running++
          most = Math.max(most, index - delivered.length + 1)
          await new Promise((resolve) => setTimeout(resolve, delay))
          running--
          return index
        },
        window,
        async (result, index) => {
          expect(result).toBe(index)
          delivered.push(result)
          await Promise.resolve()
        },
      )
      expect(delivered).toEqual(delays.map((_, index) => index))
      expect(most).toBeLessThanOrEqual(window)
      expect(running).toBe(0)
    },
  )

  it('rejects when a task fails', async () => {
    await expect(runOrdered([1, 2, 3], async (item) => (item === 2 ? Promise.reject(new Error('boom')) : item), 2, () => {})).rejects.toThrow('boom')
  })
})

describe('batches', () => {
  it('aims at eight batches a thread, at most 32 files each', () => {
    expect(batchSize(10, 2)).toBe(1)
    expect(batchSize(160, 2)).toBe(10)
    expect(batchSize(100_000, 2)).toBe(32)
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
  })

  it('leave V8 optimizing on a spare core when there is one, in place when the workers take them all', () => {
    expect(compilesInPlace(1, 2)).toBe(false)
    expect(compilesInPlace(2, 2)).toBe(true)
    expect(compilesInPlace(3, 2)).toBe(true)
    expect(compilesInPlace(7, 8)).toBe(false)
  })

  it('give the workers half V8\'s inlining budget, and compile in place only when they take every core', () => {
    expect(INLINING_BUDGET).toBe(460)
    expect(workerV8Flags(1, 2)).toEqual(['--max-inlined-bytecode-size-cumulative=460'])
    expect(workerV8Flags(2, 2)).toEqual(['--max-inlined-bytecode-size-cumulative=460', '--no-concurrent-recompilation'])
  })
})

describe('progress bar', () => {
  it('shows done/total, the rate and the time left', () => {
    expect(progressLine(250, 1000, 0.5)).toBe('[█████░░░░░░░░░░░░░░░]  250/1000  25%  500 files/s  ETA 0:02')
    expect(progressLine(0, 10, 0)).toContain('ETA ?')
    expect(formatDuration(3725)).toBe('1:02:05')
  })

  it('draws at most ten times a second, steps aside, and clears itself', () => {
    let time = 0
    const written: string[] = []
    const progress = createProgress({ write: (text: string) => written.push(text), columns: 80 }, 100, () => time)
    progress.update(1)
    time = 50
    progress.update(2)
    time = 150
    progress.update(3)
    expect(written.filter((text) => text.includes('files/s'))).toHaveLength(2)
    progress.clear()
    expect(written.at(-1)).toBe('\r\u001B[K')
    progress.finish()
    progress.redraw()
    progress.update(100)
    expect(written.at(-1)).toBe('\r\u001B[K')
  })
})

describe('command line', () => {
  it('has defaults per command', () => {
    expect(parseCommandLine(['parse', 'a.txt'])).toMatchObject({ kind: 'run', command: 'parse', format: 'jsonl', failOn: 'never', locale: 'zh-CN', bom: false })
    expect(parseCommandLine(['check', 'a.txt'])).toMatchObject({ kind: 'run', command: 'check', format: 'text', failOn: 'error', series: false, rules: undefined })
  })

  it('reads rule lists, comma-separated and repeated', () => {
    expect(parseCommandLine(['check', 'a', '--rules', 'x, y', '--rules', 'z', '--ignore-rules=w'])).toMatchObject({ rules: ['x', 'y', 'z'], ignoreRules: ['w'] })
  })

  it('throws UsageError for mistakes', () => {
    expect(() => parseCommandLine(['check', '--jobs', '1.5', 'a'])).toThrow(UsageError)
    expect(() => parseCommandLine(['parse', 'a', '--verbose'])).toThrow('--verbose is an option of check')
  })
})

describe('exit code', () => {
  const totals = { files: 3, unreadable: 0, errors: 0, warnings: 0, infos: 4, withProblems: 0 }
  it('is 2 for unreadable inputs, 1 for findings at the level, else 0', () => {
    expect(exitCode(totals, 'error')).toBe(0)
    expect(exitCode({ ...totals, warnings: 1 }, 'error')).toBe(0)
    expect(exitCode({ ...totals, warnings: 1 }, 'warning')).toBe(1)
    expect(exitCode({ ...totals, errors: 1 }, 'error')).toBe(1)
    expect(exitCode({ ...totals, errors: 1 }, 'never')).toBe(0)
    expect(exitCode({ ...totals, unreadable: 1, errors: 1 }, 'never')).toBe(2)
  })
})

describe('series groups', () => {
  it('groups by organ, in order of first appearance, organs with two reports or more', () => {
    const members = [
      { organ: 'A', index: 0 },
      { organ: 'B', index: 1 },
      { organ: 'A', index: 3 },
      { organ: 'C', index: 4 },
      { organ: 'C', index: 5 },
    ]
    expect(groupSeries(members)).toEqual([
      ['A', [0, 3]],
      ['C', [4, 5]],
    ])
  })
})

describe('framing', () => {
  const totals = { files: 2, unreadable: 0, errors: 1, warnings: 0, infos: 0, withProblems: 1 }
  const frame = (format: 'jsonl' | 'json' | 'csv' | 'text', chunks: string[]) =>
    frameStart(format, false) + chunks.map((chunk, index) => frameItem(format, chunk, index === 0)).join('') + frameEnd(format, totals, chunks.length === 0, 'en')

  it('makes valid JSON, empty or not', () => {
    expect(JSON.parse(frame('json', []))).toEqual([])
    expect(JSON.parse(frame('json', ['{"a":1}', '{"b":2}']))).toEqual([{ a: 1 }, { b: 2 }])
  })

  it('separates text blocks by a blank line and ends with the summary', () => {
    expect(frame('text', ['a:1:1  error  m  r\n', '', 'b  error  n  s\n'])).toBe('a:1:1  error  m  r\n\nb  error  n  s\n\n✖ 2 files checked: 1 error, 0 warnings (1 with problems)\n')
    expect(frame('text', ['', ''])).toBe('✖ 2 files checked: 1 error, 0 warnings (1 with problems)\n')
  })

  it('writes JSON Lines one record a line', () => {
    expect(frame('jsonl', ['{}', '[]'])).toBe('{}\n[]\n')
  })
})

describe('output buffers', () => {
  it('fills a spare buffer while the pieces fit, then grows', () => {
    const spare = new ArrayBuffer(64)
    const writer = new ByteWriter(spare)
    writer.write('平潭 ok\n')
    expect(writer.bytes().buffer).toBe(spare)
    writer.write('x'.repeat(100))
    expect(writer.bytes().buffer).not.toBe(spare)
    expect(new TextDecoder().decode(writer.bytes())).toBe(`平潭 ok\n${'x'.repeat(100)}`)
    expect(new ByteWriter().bytes().length).toBe(0)
  })

  test.prop([fc.array(fc.string({ unit: 'binary', maxLength: 300 }), { maxLength: 40 }), fc.nat(200)], seedOptions)(
    'writes the bytes TextEncoder gives for the pieces joined, whatever the spare',
    (pieces, spareBytes) => {
      const writer = new ByteWriter(spareBytes === 0 ? undefined : new ArrayBuffer(spareBytes))
      for (const piece of pieces) writer.write(piece)
      expect(writer.bytes()).toEqual(new TextEncoder().encode(pieces.join('')))
    },
  )

  it('keeps at most `capacity` written buffers, and none that moved away', () => {
    const pool = createBufferPool(2)
    const [a, b, c] = [new ArrayBuffer(8), new ArrayBuffer(8), new ArrayBuffer(8)]
    pool.give(a)
    pool.give(b)
    pool.give(c)
    pool.give(new ArrayBuffer(0))
    expect(pool.take()).toBe(b)
    expect(pool.take()).toBe(a)
    expect(pool.take()).toBeUndefined()
  })
})
