/**
 * `--help`, `--version` and usage errors of the built tool.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, packageVersion, temporaryFolder } from './helpers.js'

describe('help and version', () => {
  it('--version prints the package version', () => {
    for (const flag of ['--version', '-v']) {
      const run = cli([flag])
      expect(run.status).toBe(0)
      expect(run.stdout).toBe(`${packageVersion()}\n`)
    }
  })

  it('--help gives the overview with examples', () => {
    const run = cli(['--help'])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('zfxxgk parse <paths…>')
    expect(run.stdout).toContain('zfxxgk check <paths…>')
    expect(run.stdout).toContain('Examples:')
    expect(run.stdout).toContain('Exit codes: 0 nothing found, 1 findings at the --fail-on level, 2 usage error')
  })

  for (const command of ['parse', 'check']) {
    it(`${command} --help and help ${command} give its options and examples`, () => {
      const run = cli([command, '--help'])
      expect(run.status).toBe(0)
      expect(run.stdout).toContain(`zfxxgk ${command} <paths…> [options]`)
      expect(run.stdout).toContain('--format')
      expect(run.stdout).toContain('--jobs')
      expect(run.stdout).toMatch(/Examples:\n {2}zfxxgk /)
      expect(cli(['help', command]).stdout).toBe(run.stdout)
    })
  }

  it('check --help names every option of check', () => {
    const text = cli(['check', '--help']).stdout
    for (const option of ['--rules', '--ignore-rules', '--blank-as-zero', '--series', '--fail-on', '--locale', '--bom', '--out', '--quiet', '--verbose']) expect(text).toContain(option)
  })

  it('every example of every help text runs, without a usage error or an unreadable input', () => {
    const folder = temporaryFolder()
    const examples = [undefined, 'parse', 'check'].flatMap((command) => [...cli(command === undefined ? ['--help'] : ['help', command]).stdout.matchAll(/^ {2}((?:cat \S+ \| )?zfxxgk (?:parse|check) .*)$/gm)].map((match) => match[1] as string)).filter((line) => !line.includes('<'))
    expect(examples.length).toBeGreaterThanOrEqual(10)
    for (const example of examples) {
      // `cat FILE | zfxxgk …` feeds FILE; `> FILE` and `--out FILE` write into a scratch folder.
      const piped = /^cat (\S+) \| /.exec(example)
      const words = example.slice(piped?.[0].length ?? 0).replace(/ > \S+$/, '').split(' ').slice(1)
      const args = words.map((word, index) => (words[index - 1] === '--out' ? join(folder, word) : word.replaceAll('"', '')))
      const run = cli(args, piped === null ? {} : { input: readFileSync(piped[1] as string) })
      expect(run.status, `${example}\n${run.stderr}`).not.toBe(2)
      expect(run.stdout.length + (args.includes('--out') ? 1 : 0), example).toBeGreaterThan(0)
    }
  })
})

describe('usage errors: exit 2 with a message on stderr', () => {
  const cases: [string, string[], string][] = [
    ['no command', [], 'missing command'],
    ['unknown command', ['lint', 'x.txt'], 'unknown command "lint"'],
    ['no input', ['check'], 'no input'],
    ['unknown option', ['check', 'x.txt', '--colour'], "Unknown option '--colour'"],
    ['bad format', ['parse', 'x.txt', '--format', 'xml'], '--format must be one of jsonl, json, csv'],
    ['text for parse', ['parse', 'x.txt', '--format', 'text'], '--format must be one of jsonl, json, csv'],
    ['bad jobs', ['parse', 'x.txt', '--jobs', '0'], '--jobs must be a whole number'],
    ['bad locale', ['check', 'x.txt', '--locale', 'fr'], '--locale must be one of zh-CN, en'],
    ['bad fail-on', ['check', 'x.txt', '--fail-on', 'info'], '--fail-on must be one of error, warning, never'],
    ['check option on parse', ['parse', 'x.txt', '--rules', 'a'], '--rules is an option of check'],
    ['bom without csv', ['parse', 'x.txt', '--bom'], '--bom applies to --format csv'],
    ['series as csv', ['check', 'x.txt', '--series', '--format', 'csv'], '--series cannot be written as CSV'],
    ['stdin twice', ['parse', '-', '-'], 'standard input (-) can be read only once'],
  ]
  for (const [name, args, message] of cases) {
    it(name, () => {
      const run = cli(args)
      expect(run.status).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).toContain(message)
      expect(run.stderr).toContain('zfxxgk --help')
    })
  }
})
