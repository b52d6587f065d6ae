/**
 * A run of `parse` or `check`: inputs → worker pool → ordered output, then the series
 * pass (`--series`) and the summary; the result is the exit code.
 *
 * Exit codes: 2 when an input could not be read (all the others are still reported), else
 * 1 when a finding reaches the `--fail-on` level, else 0.
 */
import type { Writable } from 'node:stream'
import type { RunOptions } from './args.js'
import { frameEnd, frameStart } from './framing.js'
import { expandInputs } from './inputs.js'
import type { Totals } from './messages.js'
import { openSink, type Sink } from './output.js'
import { batches, batchSize, createPool, WINDOW_PER_THREAD, type Pool } from './pool.js'
import { createProgress, silentProgress, type Progress } from './progress.js'
import { runOrdered } from './ordered.js'
import { createBufferPool } from './recycle.js'
import { groupSeries, type SeriesMember } from './series-groups.js'
import type { BatchResult, FailOn, FileSummary, Input, SeriesResult, Settings, Task } from './types.js'

/** What a run needs from the process: the streams, and how to read standard input. */
export interface RunIO {
  stdout: Writable & { isTTY?: boolean }
  stderr: Writable & { isTTY?: boolean; columns?: number }
  readStdin: () => Uint8Array
  env: Record<string, string | undefined>
}

/** The exit code for what a run found. */
export function exitCode(totals: Totals, failOn: FailOn): 0 | 1 | 2 {
  if (totals.unreadable > 0) return 2
  if (failOn === 'error' && totals.errors > 0) return 1
  if (failOn === 'warning' && totals.errors + totals.warnings > 0) return 1
  return 0
}

/** Colours for the text format: on a terminal, unless `NO_COLOR` is set; `FORCE_COLOR` forces them. */
function wantsColor(sink: Sink, env: RunIO['env']): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true
  return sink.tty
}

/**
 * Write `data`, moving the progress bar aside when it shares the terminal; `written` is
 * called once the data is out of the stream's hands.
 */
async function write(sink: Sink, progress: Progress, data: string | Uint8Array, written?: () => void): Promise<void> {
  if (sink.tty && data.length > 0) progress.clear()
  await sink.write(data, written)
  if (sink.tty && data.length > 0) progress.redraw()
}

/** Run the command; resolves to the exit code. */
export async function run(options: RunOptions, io: RunIO): Promise<0 | 1 | 2> {
  let pool: Pool | undefined
  try {
    // The workers start as soon as there are files for all of them: each takes some 80 ms
    // to load, which then overlaps the rest of the walk (as long again for 10,000 files).
    const startEarly = (count: number) => {
      if (count === options.jobs) pool ??= createPool(options.jobs)
    }
    const inputs = expandInputs(options.paths, io.readStdin, (message) => io.stderr.write(`zfxxgk: ${message}\n`), startEarly)
    // As many workers as there are files, at most (an early pool has exactly `options.jobs`).
    const jobs = Math.max(1, Math.min(options.jobs, inputs.length))
    if (inputs.length > 0) pool ??= createPool(jobs)
    return await runInputs(options, io, inputs, pool, jobs)
  } finally {
    await pool?.destroy()
  }
}

/** Run the command over `inputs` in `pool` of `jobs` workers (none when there are no inputs). */
async function runInputs(options: RunOptions, io: RunIO, inputs: readonly Input[], pool: Pool | undefined, jobs: number): Promise<0 | 1 | 2> {
  const sink = openSink(options.out, io.stdout)
  const settings: Settings = {
    command: options.command,
    format: options.format,
    locale: options.locale,
    blankAsZero: options.blankAsZero,
    rules: options.rules,
    ignoreRules: options.ignoreRules,
    verbose: options.verbose,
    color: options.format === 'text' && wantsColor(sink, io.env),
  }
  const totals: Totals = { files: inputs.length, unreadable: 0, errors: 0, warnings: 0, infos: 0, withProblems: 0 }
  const showProgress = io.stderr.isTTY === true && !options.quiet
  const progress = showProgress ? createProgress(io.stderr, inputs.length) : silentProgress
  const members: SeriesMember[] = []
  const buffers = createBufferPool(options.jobs * WINDOW_PER_THREAD + 2)

  try {
    await write(sink, progress, frameStart(options.format, options.bom))
    if (pool !== undefined) {
      const size = batchSize(inputs.length, jobs)
      let done = 0
      await runOrdered(
        batches(inputs, size),
        (batch, batchIndex) => {
          const buffer = buffers.take()
          const task: Task = { kind: 'files', settings, inputs: batch, first: batchIndex === 0, ...(buffer === undefined ? {} : { buffer }) }
          return pool.run<BatchResult>(task, buffer === undefined ? undefined : [buffer])
        },
        jobs * WINDOW_PER_THREAD,
        async ({ bytes, files }, batchIndex) => {
          files.forEach((summary, offset) => {
            tally(totals, summary)
            if (options.series && !summary.unreadable && summary.organ !== null) members.push({ organ: summary.organ, index: batchIndex * size + offset })
          })
          done += files.length
          progress.update(done)
          await write(sink, progress, bytes, () => buffers.give(bytes.buffer as ArrayBuffer))
        },
      )
      if (options.series) {
        await runSeries(pool, inputs, members, settings, async (result) => {
          totals.errors += result.errors
          totals.warnings += result.warnings
          totals.infos += result.infos
          await write(sink, progress, result.bytes)
        })
      }
    }
    progress.finish()
    await write(sink, progress, frameEnd(options.format, totals, inputs.length === 0, options.locale))
    await sink.end()
  } finally {
    progress.finish()
  }
  return exitCode(totals, options.failOn)
}

function tally(totals: Totals, result: FileSummary): void {
  if (result.unreadable) totals.unreadable++
  totals.errors += result.errors
  totals.warnings += result.warnings
  totals.infos += result.infos
  if (result.errors + result.warnings > 0) totals.withProblems++
}

/** The second pass of `--series`: each organ with two reports or more, in a worker. */
async function runSeries(pool: Pool, inputs: readonly Input[], members: readonly SeriesMember[], settings: Settings, deliver: (result: SeriesResult) => Promise<void>): Promise<void> {
  const groups = groupSeries(members)
  await runOrdered(
    groups,
    ([organ, indexes]) => pool.run<SeriesResult>({ kind: 'series', settings, organ, inputs: indexes.map((index) => inputs[index] as Input) } satisfies Task),
    WINDOW_PER_THREAD * 2,
    deliver,
  )
}
