/**
 * fast-check parameters: a fixed seed, overridable (`FC_SEED`, `FC_RUNS`) to reproduce or
 * deepen a run. fast-check prints the seed and the path of a failing case in its error.
 */
export const fcParameters = {
  seed: process.env.FC_SEED === undefined ? 20_240_607 : Number(process.env.FC_SEED),
  numRuns: process.env.FC_RUNS === undefined ? 150 : Number(process.env.FC_RUNS),
}
