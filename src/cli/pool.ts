/**
 * The worker pool: tinypool threads running `dist/cli-worker.js`.
 *
 * Files travel to the workers by path (workers read and decode them), in batches: one
 * message per batch instead of one per file, which matters when a report takes well under
 * a millisecond to parse. The batch size aims at about eight batches per thread, enough
 * for an even load, and at most {@link MAX_BATCH} files, so that the first results come
 * quickly and little waits in the reorder buffer.
 */
import Tinypool from 'tinypool'

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
  run<Result>(task: unknown): Promise<Result>
  destroy(): Promise<void>
}

/** Start the workers. */
export function createPool(threads: number): Pool {
  const pool = new Tinypool({
    filename: new URL('./cli-worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // A smaller nursery than V8's default: parsing allocates much short-lived garbage, and
    // each thread's full-size young generation added ~30 MB of resident memory for no
    // measurable gain in CPU time (bench/cli.mjs: 2,000 reports, --jobs 2, 290 → 225 MB).
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  })
  return {
    run: (task) => pool.run(task),
    destroy: () => pool.destroy(),
  }
}
