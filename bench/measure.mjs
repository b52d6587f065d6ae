// Timing and allocation measurement for the benchmarks: plain performance.now() loops,
// because the figures we need are ratios between cases measured the same way in one run.

/** Nanoseconds per call, one entry per call, after a warm-up. */
export function sample(run, { warmup = 200, minCalls = 400, minMs = 400 } = {}) {
  for (let index = 0; index < warmup; index++) run()
  const times = []
  const start = performance.now()
  while (times.length < minCalls || performance.now() - start < minMs) {
    const before = performance.now()
    run()
    times.push((performance.now() - before) * 1e6)
  }
  return times
}

/** Mean, median and 99th percentile of nanosecond samples. */
export function summarize(times) {
  const sorted = [...times].sort((a, b) => a - b)
  const at = (share) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]
  return { mean: times.reduce((sum, time) => sum + time, 0) / times.length, median: at(0.5), p99: at(0.99), calls: times.length }
}

/**
 * Bytes allocated per call: heap growth over a batch run between two full collections, with
 * a young generation large enough that no collection happens inside the batch (run node
 * with --expose-gc --max-semi-space-size=128). `null` without --expose-gc.
 */
export function allocation(run, calls = 200) {
  if (typeof globalThis.gc !== 'function') return null
  for (let index = 0; index < 20; index++) run()
  globalThis.gc()
  const before = process.memoryUsage().heapUsed
  const keep = []
  for (let index = 0; index < calls; index++) keep.push(run())
  const after = process.memoryUsage().heapUsed
  keep.length = 0
  return Math.max(0, (after - before) / calls)
}

/** Mean ns per call for `run` and `base`, measured alternately in rounds so that load drifts hit both alike. */
export function ratio(run, base, rounds = 5) {
  const a = []
  const b = []
  for (let round = 0; round < rounds; round++) {
    a.push(summarize(sample(run, { warmup: 50, minCalls: 100, minMs: 150 })).median)
    b.push(summarize(sample(base, { warmup: 50, minCalls: 100, minMs: 150 })).median)
  }
  const median = (list) => [...list].sort((x, y) => x - y)[Math.floor(list.length / 2)]
  return { run: median(a), base: median(b), ratio: median(a) / median(b) }
}
