/**
 * The worker pool: tinypool threads running `dist/cli-worker.js`.
 *
 * Files travel to the workers by path (workers read and decode them), in batches: one
 * message per batch instead of one per file, which matters when a report takes well under
 * a millisecond to parse. The batch size aims at about eight batches per thread, enough
 * for an even load, and at most {@link MAX_BATCH} files, so that the first results come
 * quickly and little waits in the reorder buffer. (Measured: one file a task costs about
 * 80 µs of CPU in messaging per file, 32 files a task under 3 µs.)
 *
 * The workers' young generation is capped at {@link YOUNG_GENERATION_MB}: parsing makes much
 * short-lived garbage, and V8's default (48 MB) let each worker hold ~25 MB more of it for
 * at most a few per cent of CPU time (bench/cli.mjs, 10,000 reports, JSON Lines, --jobs 2:
 * ~275 MB peak with the default, ~225 MB with 16 MB). 8 MB cost 20–30% more CPU; 96 MB
 * and up cost 80 MB more memory for no clear gain.
 *
 * With a worker on every core, V8 optimizes code on the thread that runs it
 * (`--no-concurrent-recompilation`, {@link compilesInPlace}). By default it compiles a hot
 * function on a helper thread while the function goes on in its slower tiers; when every core
 * already runs a worker, that thread takes its CPU from the workers anyway, and the function
 * stays slow for longer. (A run's optimizing takes some 1.4 s of CPU per worker.) Measured with
 * bench/cli.mjs, 10,000 files on 2 cores, `--jobs 2`, runs interleaved: JSON Lines 1,716 →
 * 1,770 reports/s (mean of 12 runs each), `check` 1,863 → 1,931 and CSV 2,046 → 2,268 (6
 * each), with 2–9% less CPU. With a core to spare, the helper thread compiles there for free.
 *
 * Optimizing is a large part of a worker's run: callgrind counts V8's optimizing compiler at
 * 6.1 G of the 17.2 G instructions of the whole tool over 2,000 files (`--jobs 1`, JSON
 * Lines). The workers therefore run with half V8's budget for inlining into one optimized
 * function ({@link INLINING_BUDGET}): each function compiles faster (4.4 G of 16.0 G), and
 * runs a little slower once compiled. Measured with callgrind, the whole tool, `--jobs 1`:
 * 2,000 files −6.8% instructions, 5,000 files −3.1% (JSON Lines) and −4.2% (`check`), 10,000
 * files −0.1%. Each file once warm costs 1.5% more, so from about 10,000 files a worker the
 * default is better (by about 1% at 50,000). A quarter and three quarters of the default
 * gave less (−2.7% and −2.1% at 5,000 files).
 */
import { availableParallelism } from 'node:os'
import { setFlagsFromString } from 'node:v8'
import Tinypool from 'tinypool'

/** Young generation of each worker, in MB (see the module comment). */
export const YOUNG_GENERATION_MB = 16

/** V8's budget for inlining into one optimized function, in bytes of bytecode: half its default of 920 (see the module comment). */
export const INLINING_BUDGET = 460

/** Most files in one task. */
export const MAX_BATCH = 32

/** How many results may wait for an earlier one, per thread (see `ordered.ts`). */
export const WINDOW_PER_THREAD = 4

/** The batch size for `count` files over `jobs` threads. */
export function batchSize(count: number, jobs: number): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.ceil(count / (jobs * 8))))
}

/** Split `items` into batches of `size`. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = []
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size))
  return result
}

/** A pool of `threads` workers. */
export interface Pool {
  /** Run a task; the buffers in `transfer` move to the worker instead of being copied. */
  run<Result>(task: unknown, transfer?: ArrayBuffer[]): Promise<Result>
  destroy(): Promise<void>
}

/** Do `threads` workers leave V8 no core to optimize on beside them (see the module comment)? */
export function compilesInPlace(threads: number, cores: number = availableParallelism()): boolean {
  return threads >= cores
}

/** The V8 flags for a pool of `threads` workers on `cores` cores (see the module comment). */
export function workerV8Flags(threads: number, cores: number = availableParallelism()): string[] {
  const flags = [`--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET}`]
  if (compilesInPlace(threads, cores)) flags.push('--no-concurrent-recompilation')
  return flags
}

/** Start the workers. */
export function createPool(threads: number): Pool {
  // V8's flags are the process's. Whether an isolate gets a helper thread to compile on is
  // read as it starts: the workers, started after, compile in place; the main thread, started
  // before, keeps its helper. The inlining budget is read at each compile, the main thread's too.
  for (const flag of workerV8Flags(threads)) setFlagsFromString(flag)
  const pool = new Tinypool({
    filename: new URL('./cli-worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  })
  return {
    run: (task, transfer) => pool.run(task, transfer === undefined ? {} : { transferList: transfer }),
    destroy: () => pool.destroy(),
  }
}
