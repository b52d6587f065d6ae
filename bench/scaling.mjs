// Does reading take time in proportion to the text? Time per kilobyte of parseReport, from
// 10 KB to 10 MB, for each layout, on two kinds of large input made of real report content
// (宝清县 2024, seed 004, written out by formatReport in each layout):
//
// - `reports`: whole reports one after another (a scraped site in one file): everything
//   before the last report's tables is prose to the reader;
// - `rows`: one report whose table 三 is repeated until the size is reached: the reader,
//   the matcher and (cells run together) the solver see one huge table.
//
// A flat µs/KB row means linear time. `npm run bench` includes these rows
// (`measureScaling`); alone:
//
//   npm run bench:scaling              (builds first; prints a markdown table)
//   node --expose-gc --max-semi-space-size=128 bench/scaling.mjs tab   (one layout)
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const SIZES = [10_000, 100_000, 1_000_000, 10_000_000]
const KINDS = ['reports', 'rows']
const HEADING = '三、收到和处理政府信息公开申请情况'
/** Measure each size for at least this long, in at least this many windows. */
const MINIMUM_MS = 300
const MINIMUM_RUNS = 3
/** One window of repeated runs lasts at least this long (see `measure`). */
const WINDOW_MS = 50
/** A size whose predicted time exceeds this is not run (the row says why). */
const BUDGET_MS = 120_000

/** `unit` repeated, a newline between, to about `size` characters. */
function grow(unit, size) {
  return Array.from({ length: Math.max(1, Math.ceil(size / (unit.length + 1))) }, () => unit).join('\n')
}

/** Input of about `size` characters of `kind`, from `text` (a report in one layout). */
function input(text, kind, size) {
  if (kind === 'reports') return grow(text, size)
  const start = text.indexOf(HEADING) + HEADING.length
  const end = text.indexOf('四、政府信息公开行政复议')
  const table = text.slice(start, end)
  return text.slice(0, start) + grow(table, size - (text.length - table.length)) + text.slice(end)
}

/**
 * Time of reading `text` (in ms, and µs per KB): the best of at least MINIMUM_RUNS windows
 * lasting MINIMUM_MS in all, after a warm-up. A window repeats the parse for at least
 * WINDOW_MS and counts its mean, so that every size pays for the garbage it makes: the best
 * single run of a small input is one without a collection, while every run of a 10 MB input
 * collects (timed alone, a 10 KB report looked faster per byte than it is). The best window,
 * not the mean of all: the other processes of a shared machine only ever add time.
 */
function measure(parseReport, text) {
  globalThis.gc?.()
  parseReport(text) // warm up on this very input
  let ms = Infinity
  let windows = 0
  const started = performance.now()
  while (windows < MINIMUM_RUNS || performance.now() - started < MINIMUM_MS) {
    const start = performance.now()
    let runs = 0
    let elapsed
    do {
      parseReport(text)
      runs++
      elapsed = performance.now() - start
    } while (elapsed < WINDOW_MS)
    ms = Math.min(ms, elapsed / runs)
    windows++
  }
  return { ms, perKb: (ms * 1000) / (text.length / 1000) }
}

/**
 * Time per KB at each size, for each layout and kind of input: rows of
 * `{ layout: 'tab (rows)', cells, ratio, ratioAtScale }`, where `cells[i]` is
 * `{ size, ms, perKb }` or `{ size, skipped }` (a size predicted to take over BUDGET_MS at
 * the growth seen so far), `ratio` µs/KB at 10 MB over 10 KB and `ratioAtScale` over 1 MB
 * (`Infinity` where 10 MB was skipped).
 */
export async function measureScaling({ parseReport, formatReport, layouts = ['pipe', 'tab', 'cells', 'markdown', 'concatenated', 'aligned'], log = () => {} }) {
  const format = formatReport ?? (await import('zfxxgk')).formatReport
  const report = parseReport(readFileSync(new URL('../examples/reports/004_3f00e38b5daa275f.txt', import.meta.url), 'utf8'))
  const rows = []
  for (const layout of layouts) {
    const text = format(report, layout)
    for (const kind of KINDS) {
      const cells = []
      let last
      // How much the time grew over the last tenfold step: 10 where it is linear.
      let growth = 10
      for (const size of SIZES) {
        // Predict from the last size at the growth seen so far: a quadratic step takes a
        // hundred times longer, and would hang the run.
        if (last !== undefined && last.ms * Math.max(growth, size / last.size) * 1.5 > BUDGET_MS) {
          cells.push({ size, skipped: `> ${Math.round(BUDGET_MS / 1000)} s (${(last.ms / 1000).toFixed(1)} s at ${last.size / 1_000_000} MB, ×${Math.round(growth)} per tenfold)` })
          continue
        }
        const result = measure(parseReport, input(text, kind, size))
        if (last !== undefined) growth = result.ms / last.ms
        last = { ...result, size }
        cells.push({ size, ...result })
        log(`${layout} ${kind} ${size / 1000} KB: ${result.perKb.toFixed(1)} µs/KB (${result.ms.toFixed(1)} ms)`)
      }
      const per = (index) => cells[index]?.perKb
      const ratio = per(3) === undefined ? Infinity : per(3) / per(0)
      const ratioAtScale = per(3) === undefined ? Infinity : per(3) / per(2)
      rows.push({ layout: `${layout} (${kind})`, cells, ratio, ratioAtScale })
    }
  }
  return rows
}

/** The rows as a markdown table. */
export function scalingTable(rows) {
  const sizeName = (size) => (size >= 1_000_000 ? `${size / 1_000_000} MB` : `${size / 1000} KB`)
  const times = (ratio) => (Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '—')
  const lines = [
    `| layout (input) | ${SIZES.map(sizeName).join(' | ')} | 10 MB / 10 KB | 10 MB / 1 MB |`,
    `| --- | ${SIZES.map(() => '---:').join(' | ')} | ---: | ---: |`,
  ]
  for (const row of rows) lines.push(`| ${row.layout} | ${row.cells.map((cell) => cell.skipped ?? `${cell.perKb.toFixed(1)} µs/KB`).join(' | ')} | ${times(row.ratio)} | ${times(row.ratioAtScale)} |`)
  return lines.join('\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { formatReport, parseReport } = await import('zfxxgk')
  const layouts = process.argv.length > 2 ? process.argv.slice(2) : undefined
  const rows = await measureScaling({ parseReport, formatReport, ...(layouts === undefined ? {} : { layouts }), log: (line) => process.stderr.write(`${line}\n`) })
  console.log(scalingTable(rows))
}
