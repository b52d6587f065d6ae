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
 */
import { availableParallelism } from 'node:os'
import { setFlagsFromString } from 'node:v8'
import Tinypool from 'tinypool'

/** Young generation of each worker, in MB (see the module comment). */
export const YOUNG_GENERATION_MB = 16

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

/** Start the workers. */
export function createPool(threads: number): Pool {
  // V8's flags are the process's, and this one is read as an isolate starts (whether it gets a
  // helper thread to compile on): the workers, started after, compile in place; the main
  // thread, started before, keeps its helper.
  if (compilesInPlace(threads)) setFlagsFromString('--no-concurrent-recompilation')
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
