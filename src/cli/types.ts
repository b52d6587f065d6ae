/**
 * What the command-line tool's main thread and its workers exchange. Everything here is
 * plain data, because it crosses threads by structured clone.
 */
import type { Locale } from '../diagnostics.js'
import type { Chunk } from './formats/json.js'

/** The two commands. */
export type CommandName = 'parse' | 'check'

/** Output formats. `text` is for `check` only. */
export type OutputFormat = 'jsonl' | 'json' | 'csv' | 'text'

/** At which severity `check` exits with 1. */
export type FailOn = 'error' | 'warning' | 'never'

/** What every worker needs to know to turn a file into its piece of output. */
export interface Settings {
  command: CommandName
  format: OutputFormat
  locale: Locale
  blankAsZero: boolean
  /** Only these rule ids (validation and parse findings alike); `undefined` for all. */
  rules: readonly string[] | undefined
  /** Not these rule ids. */
  ignoreRules: readonly string[] | undefined
  /** Show `info` findings in the text format too. */
  verbose: boolean
  /** Colour the text format (the main thread decides: a TTY, no `NO_COLOR`). */
  color: boolean
}

/** Why an input could not be read. Stable kebab-case codes, like the rule ids. */
export type ReadErrorCode = 'not-found' | 'permission' | 'binary' | 'undecodable' | 'too-large' | 'read-error' | 'crash'

/** A read failure: the code and what exactly (`PDF`, `EIO`, the exception's message). */
export interface ReadFailure {
  code: ReadErrorCode
  detail: string
}

/** One input, in the order the user gave it. */
export interface Input {
  /** How the input is named in the output: the path as given or walked, or `<stdin>`. */
  name: string
  /** Where to read it; `null` for standard input, whose bytes are in `bytes`. */
  path: string | null
  /** The bytes of standard input (read once by the main thread). */
  bytes?: Uint8Array
  /** Known before reading: a directory that could not be listed. */
  failure?: ReadFailure
}

/** What one file gave, apart from its output: for the summary, the exit code and `--series`. */
export interface FileSummary {
  /** The file could not be read (an error record). */
  unreadable: boolean
  /** Findings counted by severity (after `--rules`/`--ignore-rules`). */
  errors: number
  warnings: number
  infos: number
  /** For `--series`: the organ and year read from the report. */
  organ: string | null
  year: number | null
}

/** One file's piece of output, in the chosen format, and its summary. */
export interface FileResult extends FileSummary {
  chunk: Chunk
}

/**
 * What a worker sends back for a batch: the batch's output as UTF-8, ready to write (its
 * buffer is transferred, not copied), and each file's summary.
 */
export interface BatchResult {
  bytes: Uint8Array
  files: FileSummary[]
}

/**
 * A task for a worker: a batch of files, or one organ's series. `first` marks the batch
 * that opens the output (JSON puts no comma before its first record); `buffer` is an
 * output buffer already written out, for the worker to fill again (see `recycle.ts`).
 */
export type Task =
  | { kind: 'files'; settings: Settings; inputs: Input[]; first: boolean; buffer?: ArrayBuffer }
  | { kind: 'series'; settings: Settings; organ: string; inputs: Input[] }

/** The output of one `series` task, as UTF-8, and its findings' counts. */
export interface SeriesResult {
  bytes: Uint8Array
  errors: number
  warnings: number
  infos: number
}
