/**
 * fast-check settings shared by the property tests: a fixed seed in CI, overridable with
 * FC_SEED (reproduce a failure) and FC_RUNS (run deeper). fast-check prints the seed and
 * the counterexample of any failure; every counterexample found becomes a fixture.
 */
import type { Parameters } from 'fast-check'

const DEFAULT_SEED = 20_261_122

/** Options for `fc.assert`: seed and number of runs (at least `runs`). */
export function propertyOptions<T>(runs = 1000): Parameters<T> {
  const seed = process.env.FC_SEED === undefined ? DEFAULT_SEED : Number(process.env.FC_SEED)
  const numRuns = process.env.FC_RUNS === undefined ? runs : Number(process.env.FC_RUNS)
  return { seed, numRuns }
}
