// Does reading take time in proportion to the text? Time per kilobyte of parseReport, from
// 10 KB to 10 MB, for each layout, on two kinds of large input made of real report content
// (宝清县 2024, seed 004, written out by formatReport in each layout):
//
// - `reports`: whole reports one after another (a scraped site in one file): everything
//   before the last report's tables is prose to the reader;
// - `rows`: one report whose table 三 is repeated until the size is reached: the reader,
//   the matcher and (cells run together) the solver see one huge table.
//
// A flat µs/KB column means linear time; the last column is 10 MB's µs/KB over 10 KB's.
//
//   npm run bench:scaling            (builds first; prints a markdown table)
//   node bench/scaling.js tab        (one layout)
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { formatLayouts, formatReport, parseReport } from '../dist/index.js'

const SIZES = [10_000, 100_000, 1_000_000, 10_000_000]
/** Measure each size for at least this long (repeating small inputs), and at least once. */
const MINIMUM_MS = 300
/** A size whose predicted time exceeds this is not run (the row says why). */
const BUDGET_MS = 120_000

const report = parseReport(readFileSync(new URL('../examples/reports/004_3f00e38b5daa275f.txt', import.meta.url), 'utf8'))
const layouts = process.argv.length > 2 ? process.argv.slice(2) : formatLayouts.filter((layout) => layout !== 'html')

/** `unit` repeated (joined by a newline) until it is at least `size` long, cut to `size`… at a line end. */
function grow(unit, size) {
  const copies = Math.max(1, Math.ceil(size / (unit.length + 1)))
  return Array.from({ length: copies }, () => unit).join('\n')
}

/** Input of about `size` characters of `kind` in `layout`. */
function input(layout, kind, size) {
  const text = formatReport(report, layout)
  if (kind === 'reports') return grow(text, size)
  // The table of 三: from its heading's end to the heading of 四.
  const start = text.indexOf('三、收到和处理政府信息公开申请情况') + '三、收到和处理政府信息公开申请情况'.length
  const end = text.indexOf('四、政府信息公开行政复议')
  const table = text.slice(start, end)
  return text.slice(0, start) + grow(table, size - (text.length - table.length)) + text.slice(end)
}

/** Median µs per KB of reading `text`, over repetitions lasting MINIMUM_MS. */
function measure(text) {
  parseReport(text) // warm up on this very input
  const times = []
  const started = performance.now()
  do {
    const start = performance.now()
    parseReport(text)
    times.push(performance.now() - start)
  } while (performance.now() - started < MINIMUM_MS)
  times.sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)]
  return { ms: median, perKb: (median * 1000) / (text.length / 1000) }
}

const rows = []
for (const layout of layouts) {
  for (const kind of ['reports', 'rows']) {
    const cells = []
    let last
    // How much the time grew over the last tenfold step: 10 where it is linear.
    let growth = 10
    for (const size of SIZES) {
      // Predict from the last size at the growth seen so far: if it would take too long,
      // say so instead of hanging (a quadratic step takes a hundred times longer).
      if (last !== undefined && last.ms * Math.max(growth, size / last.size) * 1.5 > BUDGET_MS) {
        cells.push(`> ${Math.round(BUDGET_MS / 1000)} s (${(last.ms / 1000).toFixed(1)} s at ${last.size / 1_000_000} MB, ×${Math.round(growth)} per tenfold)`)
        continue
      }
      const text = input(layout, kind, size)
      const result = measure(text)
      if (last !== undefined) growth = result.ms / last.ms
      last = { ...result, size }
      cells.push(result)
      process.stderr.write(`${layout} ${kind} ${size / 1000} KB: ${result.perKb.toFixed(1)} µs/KB (${result.ms.toFixed(1)} ms)\n`)
    }
    rows.push({ layout, kind, cells })
  }
}

const header = ['layout', 'input', ...SIZES.map((size) => (size >= 1_000_000 ? `${size / 1_000_000} MB` : `${size / 1000} KB`)), '10 MB / 10 KB']
console.log(`| ${header.join(' | ')} |`)
console.log(`| ${header.map(() => '---').join(' | ')} |`)
for (const { layout, kind, cells } of rows) {
  const first = cells[0]
  const tail = cells[cells.length - 1]
  const ratio = typeof first === 'object' && typeof tail === 'object' ? `${(tail.perKb / first.perKb).toFixed(2)}×` : '—'
  const shown = cells.map((cell) => (typeof cell === 'object' ? `${cell.perKb.toFixed(1)} µs/KB` : cell))
  console.log(`| ${layout} | ${kind} | ${shown.join(' | ')} | ${ratio} |`)
}
