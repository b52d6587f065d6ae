#!/usr/bin/env node
// The whole test suite, as CI runs it: type-check, lint, build, bundle budgets, tests
// (Node, Deno, Bun and Chromium among them), package checks.
// Every step runs even when an earlier one fails, so one run shows everything that is
// wrong; the closing line counts the tests, so a run that executed none shows.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'

const results = '.vitest-results.json'
const steps = [
  ['type-check', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['lint', 'npx', ['eslint', '.']],
  ['build', 'npx', ['tsup']],
  ['size', 'npx', ['size-limit']],
  ['tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}`]],
  ['package', 'npx', ['publint', '--strict']],
  ['types', 'npx', ['attw', '--pack', '.', '--profile', 'esm-only']],
]

rmSync(results, { force: true })
const failed = []
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`)
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, CI: process.env.CI ?? '1' } })
  if (run.status !== 0) failed.push(name)
}

let passed = 0
let failedTests = 0
if (existsSync(results)) {
  const summary = JSON.parse(readFileSync(results, 'utf8'))
  passed = summary.numPassedTests ?? 0
  failedTests = summary.numFailedTests ?? 0
}
if (failed.length > 0) console.log(`\nFailed steps: ${failed.join(', ')}`)
console.log(`\n${passed} passed, ${failedTests} failed`)
process.exit(failed.length > 0 || failedTests > 0 || passed === 0 ? 1 : 0)
