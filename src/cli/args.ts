/**
 * The command line, into what a run needs. Usage mistakes are {@link UsageError}s, which
 * the entry turns into a message and exit code 2.
 */
import { availableParallelism } from 'node:os'
import { parseArgs } from 'node:util'
import type { Locale } from '../diagnostics.js'
import type { CommandName, FailOn, OutputFormat } from './types.js'

/** A mistake in the command line: exit code 2, with a message and a pointer to `--help`. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** A run of `parse` or `check`. */
export interface RunOptions {
  kind: 'run'
  command: CommandName
  paths: string[]
  format: OutputFormat
  out: string | undefined
  jobs: number
  quiet: boolean
  bom: boolean
  series: boolean
  locale: Locale
  blankAsZero: boolean
  rules: string[] | undefined
  ignoreRules: string[] | undefined
  failOn: FailOn
  verbose: boolean
}

/** What the command line asks for. */
export type Invocation = RunOptions | { kind: 'help'; command: CommandName | undefined } | { kind: 'version' }

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  jobs: { type: 'string', short: 'j' },
  quiet: { type: 'boolean', short: 'q' },
  bom: { type: 'boolean' },
  series: { type: 'boolean' },
  locale: { type: 'string' },
  'blank-as-zero': { type: 'boolean' },
  rules: { type: 'string', multiple: true },
  'ignore-rules': { type: 'string', multiple: true },
  'fail-on': { type: 'string' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const

/** Options only `check` has. */
const CHECK_ONLY = ['series', 'blank-as-zero', 'rules', 'ignore-rules', 'verbose'] as const

const FORMATS: Record<CommandName, readonly OutputFormat[]> = { parse: ['jsonl', 'json', 'csv'], check: ['text', 'jsonl', 'json', 'csv'] }
const DEFAULT_FORMAT: Record<CommandName, OutputFormat> = { parse: 'jsonl', check: 'text' }
const DEFAULT_FAIL_ON: Record<CommandName, FailOn> = { parse: 'never', check: 'error' }

function isCommand(value: string | undefined): value is CommandName {
  return value === 'parse' || value === 'check'
}

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')}; got "${value}"`)
}

/** `--rules a,b --rules c` → `['a', 'b', 'c']`. */
function ruleList(values: string[] | undefined): string[] | undefined {
  if (values === undefined) return undefined
  return values.flatMap((value) => value.split(',')).map((id) => id.trim()).filter((id) => id.length > 0)
}

function jobsOf(value: string | undefined): number {
  if (value === undefined) return availableParallelism()
  const jobs = Number(value)
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number ≥ 1; got "${value}"`)
  return jobs
}

/** Read the command line (without `node` and the script). */
export function parseCommandLine(argv: readonly string[]): Invocation {
  let parsed
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const { values, positionals } = parsed
  const [command, ...paths] = positionals
  if (command === 'help') return { kind: 'help', command: isCommand(paths[0]) ? paths[0] : undefined }
  if (values.version === true) return { kind: 'version' }
  if (command === undefined) {
    if (values.help === true) return { kind: 'help', command: undefined }
    throw new UsageError('missing command: parse or check')
  }
  if (!isCommand(command)) throw new UsageError(`unknown command "${command}": use parse or check`)
  if (values.help === true) return { kind: 'help', command }

  if (command === 'parse') {
    const misplaced = CHECK_ONLY.find((option) => values[option] !== undefined)
    if (misplaced !== undefined) throw new UsageError(`--${misplaced} is an option of check, not of parse`)
  }
  if (paths.length === 0) throw new UsageError('no input: give files, directories, globs, or - for standard input')
  if (paths.filter((path) => path === '-').length > 1) throw new UsageError('standard input (-) can be read only once')

  const format = oneOf('format', values.format, FORMATS[command], DEFAULT_FORMAT[command])
  const bom = values.bom === true
  if (bom && format !== 'csv') throw new UsageError('--bom applies to --format csv only')
  const series = values.series === true
  if (series && format === 'csv') throw new UsageError('--series cannot be written as CSV (a row is one file): use text, jsonl or json')
  const rules = ruleList(values.rules)
  const ignoreRules = ruleList(values['ignore-rules'])
  return {
    kind: 'run',
    command,
    paths,
    format,
    out: values.out,
    jobs: jobsOf(values.jobs),
    quiet: values.quiet === true,
    bom,
    series,
    locale: oneOf<Locale>('locale', values.locale, ['zh-CN', 'en'], 'zh-CN'),
    blankAsZero: values['blank-as-zero'] === true,
    rules,
    ignoreRules,
    failOn: oneOf<FailOn>('fail-on', values['fail-on'], ['error', 'warning', 'never'], DEFAULT_FAIL_ON[command]),
    verbose: values.verbose === true,
  }
}
