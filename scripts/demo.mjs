#!/usr/bin/env node
// `npm run demo`: the main job on the bundled reports, as a new user would run it.
//
//   1. zfxxgk check examples/reports   — list what is wrong in each report;
//   2. zfxxgk parse examples/reports --format csv --bom --out examples/reports.csv
//                                       — one spreadsheet row per report.
//
// `check` exits with 1 when it finds errors (real reports have them); that is its answer,
// not a failure of the demo, so the demo goes on to write the CSV either way and fails
// only when a step could not run (exit code 2 or a crash).
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const cli = new URL('../dist/cli.js', import.meta.url).pathname
const steps = [
  ['check', 'examples/reports'],
  ['parse', 'examples/reports', '--format', 'csv', '--bom', '--out', 'examples/reports.csv'],
]

for (const args of steps) {
  console.log(`\n$ zfxxgk ${args.join(' ')}`)
  const { status } = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' })
  if (status === null || status > 1) process.exit(status ?? 2)
}

const rows = readFileSync('examples/reports.csv', 'utf8').split('\r\n').filter((row) => row !== '')
console.log(`wrote examples/reports.csv: ${rows.length - 1} reports × ${rows[0]?.split(',').length} columns`)
