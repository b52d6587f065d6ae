#!/usr/bin/env node
// Benchmark of the command-line tool (not a test: `npm run bench:cli`).
//
// 1. Generates 10,000 report files from the fixtures (seeds and corpus, text and HTML,
//    in 100 folders) under the system's temporary folder, once.
// 2. Runs the built tool over them as a user would (a child process, output to a file,
//    the files read once before each run so that they are in the page cache)
//    with --jobs 1 and --jobs 2: parse → JSON Lines, parse → CSV, check → text. Prints
//    reports per second and the peak resident memory of the whole process.
// 3. Breaks the cost of one report down on one thread: reading and decoding, parsing,
//    validating, formatting, and the structured clone that carries a result back from a
//    worker.
//
// Options: --files N (default 10000), --runs N (the best of N runs, and their median;
// default 1), --jobs 1,2 (the thread counts to run), --commands jsonl,csv,check (which runs),
// --node-flags "…" (flags for the node that runs the tool, e.g. --single-threaded-gc).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { Buffer } from 'node:buffer'
import { performance } from 'node:perf_hooks'
import { parseArgs, TextDecoder, TextEncoder } from 'node:util'
import { flattenReport, parseReport, validateReport } from '../dist/index.js'

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '1' },
    jobs: { type: 'string', default: '1,2' },
    commands: { type: 'string', default: 'jsonl,csv,check' },
    'node-flags': { type: 'string', default: '' },
  },
})
const count = Number(values.files)
const nodeFlags = values['node-flags'].split(' ').filter((flag) => flag !== '')
const runs = Number(values.runs)
const root = new URL('..', import.meta.url).pathname
const cli = join(root, 'dist/cli.js')
const preload = join(root, 'bench/report-rss.mjs')

// The fixtures, in a fixed order.
const sources = ['seeds', 'corpus'].flatMap((group) =>
  readdirSync(join(root, 'test/fixtures', group), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const folder = join(root, 'test/fixtures', group, name)
      const input = readdirSync(folder).find((file) => file.startsWith('input.'))
      return { name, extension: input.slice('input'.length), text: readFileSync(join(folder, input), 'utf8') }
    }),
)

const corpus = join(tmpdir(), `zfxxgk-bench-${count}`)
const stamp = join(corpus, '.complete')
/** The path of generated file `index`, a copy of fixture `index % sources.length`. */
const generated = (index) => {
  const source = sources[index % sources.length]
  return join(corpus, String(index % 100).padStart(2, '0'), `${String(index).padStart(5, '0')}-${source.name}${source.extension}`)
}
if (!existsSync(stamp)) {
  rmSync(corpus, { recursive: true, force: true })
  for (let index = 0; index < count; index++) {
    if (index < 100) mkdirSync(join(generated(index), '..'), { recursive: true })
    writeFileSync(generated(index), sources[index % sources.length].text)
  }
  writeFileSync(stamp, '')
}
const bytes = sources.reduce((sum, source) => sum + Buffer.byteLength(source.text), 0) / sources.length

console.log(`zfxxgk CLI benchmark — Node ${process.version}, ${cpus()[0]?.model ?? '?'} × ${availableParallelism()}, load average ${loadavg()[0]?.toFixed(2)}`)
console.log(`${count} files from ${sources.length} fixtures (${(bytes / 1024).toFixed(1)} KB on average) in ${corpus}${nodeFlags.length > 0 ? `, node ${nodeFlags.join(' ')}` : ''}\n`)

/**
 * Read every generated file once, so that the timed run finds them in the page cache. On a
 * machine that reclaims cold pages (these VMs page out what has not been touched for a
 * while) a run would otherwise measure the disk: reading the 10,000 files cold took 4.9 s,
 * warm 0.3 s.
 */
function warmPageCache() {
  for (let index = 0; index < count; index++) readFileSync(generated(index))
}

/** Run the tool `runs` times: the best run, and the median reports/s over all of them. */
function runCli(args) {
  const rssFile = join(tmpdir(), `zfxxgk-bench-rss-${process.pid}`)
  const out = join(tmpdir(), `zfxxgk-bench-out-${process.pid}`)
  let best
  const rates = []
  for (let run = 0; run < runs; run++) {
    warmPageCache()
    const started = performance.now()
    const child = spawnSync(process.execPath, [...nodeFlags, '--import', preload, cli, ...args, '--out', out, '--quiet'], { env: { ...process.env, ZFXXGK_BENCH_RSS: rssFile }, encoding: 'utf8' })
    const seconds = (performance.now() - started) / 1000
    if (child.status === 2 || child.error) throw new Error(`zfxxgk ${args.join(' ')} failed: ${child.stderr || child.error}`)
    const { maxRSS, cpu } = JSON.parse(readFileSync(rssFile, 'utf8'))
    rates.push(count / seconds)
    if (best === undefined || seconds < best.seconds) best = { seconds, rss: maxRSS / 1024, cpu: cpu / 1e6 }
  }
  rmSync(out, { force: true })
  rmSync(rssFile, { force: true })
  rates.sort((a, b) => a - b)
  const middle = rates.length >> 1
  const median = rates.length % 2 === 1 ? rates[middle] : (rates[middle - 1] + rates[middle]) / 2
  return { ...best, median }
}

// On a shared host single runs vary a lot: with --runs N, the best run and the median of the N.
const medians = runs > 1
console.log(`command                                 jobs   seconds   reports/s   peak RSS   CPU ms/report${medians ? `   median of ${runs} (reports/s)` : ''}`)
const commands = { jsonl: ['parse', '--format', 'jsonl'], csv: ['parse', '--format', 'csv'], check: ['check'] }
for (const args of values.commands.split(',').map((name) => commands[name])) {
  for (const jobs of values.jobs.split(',').map(Number)) {
    const { seconds, rss, cpu, median } = runCli([args[0], corpus, ...args.slice(1), '--jobs', String(jobs)])
    const row = [seconds.toFixed(2).padStart(9), Math.round(count / seconds).toString().padStart(11), `${rss.toFixed(0).padStart(7)} MB`, ((cpu * 1000) / count).toFixed(2).padStart(15)]
    if (medians) row.push(Math.round(median).toString().padStart(12))
    console.log(`zfxxgk ${args.join(' ').padEnd(32)} ${String(jobs).padStart(4)} ${row.join(' ')}`)
  }
}

console.log(`(load average now ${loadavg()[0]?.toFixed(2)}: other processes take CPU from the wall-time figures; CPU ms/report is steadier,`)
console.log(' and with n idle cores a run can reach about n × 1000 / (CPU ms/report) reports/s)')

// Where the time of one report goes, on one thread, over the fixtures (each many times).
const files = sources.map((_, index) => generated(index))
const rounds = Math.max(1, Math.round(3000 / files.length))
const decoder = new TextDecoder('utf-8', { fatal: true })
const time = (label, body) => {
  body() // warm up
  const started = performance.now()
  for (let round = 0; round < rounds; round++) body()
  return [label, (performance.now() - started) / (rounds * files.length)]
}
// Web pages through the HTML entry, as the tool reads them, once it is built.
const htmlEntry = existsSync(join(root, 'dist/html.js')) ? await import('../dist/html.js') : undefined
const parse = (text, index) => (htmlEntry !== undefined && files[index].endsWith('.html') ? htmlEntry.parseHtmlReport(text) : parseReport(text))
const texts = files.map((file) => decoder.decode(readFileSync(file)))
const reports = texts.map(parse)
const { decodeUtf8, reportJsonBytes } = await import('../dist/cli-worker.js')
const spare = new ArrayBuffer(1 << 20)
const lines = reports.map((report, index) => JSON.stringify({ file: files[index], encoding: 'utf-8', entry: 'text', report }))
const encoder = new TextEncoder()
const summary = { unreadable: false, errors: 0, warnings: 1, infos: 2, organ: '平潭综合实验区', year: 2024 }
const stages = [
  time('read + decode (readFileSync, the tool\'s UTF-8)', () => files.forEach((file) => decodeUtf8(readFileSync(file)))),
  time('  (decoding with TextDecoder instead)', () => files.forEach((file) => decoder.decode(readFileSync(file)))),
  time(htmlEntry === undefined ? 'parseReport' : 'parseReport / parseHtmlReport', () => texts.forEach(parse)),
  time('validateReport', () => reports.forEach((report) => validateReport(report))),
  // Into one buffer used again, as a worker's batch buffer is.
  time('format: JSON line as UTF-8 (the tool\'s writer)', () => reports.forEach((report) => reportJsonBytes(report, spare))),
  time('  (JSON.stringify alone, not encoded)', () => reports.forEach((report) => JSON.stringify(report))),
  time('format: CSV row (flattenReport)', () => reports.forEach((report) => Object.values(flattenReport(report)).join(','))),
  time('format: encode the JSON line to UTF-8', () => lines.forEach((line) => encoder.encode(line))),
  // What crosses to the main thread: the bytes (transferred, not copied) and a summary.
  time('message: clone the summary, transfer the bytes', () =>
    lines.forEach((line) => {
      const bytes = encoder.encode(line)
      globalThis.structuredClone({ bytes, files: [summary] }, { transfer: [bytes.buffer] })
    }),
  ),
]
console.log(`\nper report, one thread (mean over ${files.length} files × ${rounds}):`)
for (const [label, ms] of stages) console.log(`  ${label.padEnd(50)} ${ms.toFixed(3)} ms`)
// The tool's writer encodes as it writes, and the message stage encodes too: count it once.
const perReport = stages[0][1] + stages[2][1] + stages[4][1] + stages[8][1] - stages[7][1]
console.log(`  ${'parse → jsonl in a worker (read, parse, JSON, message)'.padEnd(50)} ${perReport.toFixed(3)} ms → at most ${Math.round(1000 / perReport)} reports/s a thread`)
if (reports.every((report) => validateReport(report).length === 0)) console.log('  (validateReport found nothing in any fixture: is it still the stub of issue #3?)')
