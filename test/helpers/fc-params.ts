/**
 * fast-check parameters for property tests: a fixed seed, unless `FC_SEED` / `FC_RUNS`
 * say otherwise (to reproduce a failure, or to run deeper). fast-check prints the seed and
 * the path of a failing run in its error.
 */
export function fcParameters(runs = 100): { seed: number; numRuns: number } {
  const seed = Number(process.env.FC_SEED ?? 20241)
  const numRuns = Number(process.env.FC_RUNS ?? runs)
  return { seed: Number.isFinite(seed) ? seed : 20241, numRuns: Number.isFinite(numRuns) && numRuns > 0 ? numRuns : runs }
}
