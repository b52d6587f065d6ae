// npm run bench: how fast zfxxgk reads reports, side by side with the baselines, in one run.
//
// Figures (all on the built package, same machine, same run):
//   - per layout: parseReport throughput (MB/s, reports/s), mean and p99 latency,
//     bytes allocated per report, and the ratio to a bare pass over the same text;
//   - markdown: parseReport against unified + remark-parse + remark-gfm parsing the same text;
//   - HTML: parseHtmlReport against parse5.parse alone on the same page;
//   - validateReport against parseReport;
//   - scaling: time per byte from 10 KB to 10 MB (bench/scaling.mjs).
// `--write` also puts the results table into README.md and draws bench/results.svg.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { allocation, ratio, sample, summarize } from './measure.mjs'
import { chart } from './chart.mjs'

const { parseReport, validateReport } = await import('zfxxgk')
const html = await import('zfxxgk/html').catch(() => null)
const unified = await optional(async () => {
  const [{ unified }, { default: remarkParse }, { default: remarkGfm }] = await Promise.all([import('unified'), import('remark-parse'), import('remark-gfm')])
  const processor = unified().use(remarkParse).use(remarkGfm)
  return (text) => processor.parse(text)
})
const parse5 = await optional(async () => (await import('parse5')).parse)

async function optional(load) {
  try {
    return await load()
  } catch {
    return null
  }
}

// The fixtures, grouped by the layout the parser reads their table 三 with.
const fixtures = ['seeds', 'corpus'].flatMap((group) =>
  readdirSync(new URL(`../test/fixtures/${group}/`, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const folder = new URL(`../test/fixtures/${group}/${entry.name}/`, import.meta.url)
      const file = readdirSync(folder).find((name) => name.startsWith('input.'))
      return { name: entry.name, html: file.endsWith('.html'), text: readFileSync(new URL(file, folder), 'utf8') }
    }),
)

/**
 * The bare pass: split into lines, split each line into cells the way the layout separates
 * them, and find every number in every cell — the floor any parser of that layout pays.
 * Cells end at tabs, pipes and runs of spaces; in run-together text, where digits meet
 * letters (that is where its cells are).
 */
const SEPARATORS = { concatenated: /(?<=\d)(?=\D)|(?<=\D)(?=\d)/, cells: /$^/ }
const CELL = /\t|\||\s{2,}/
const NUMBER = /\d+(?:\.\d+)?/g
function bare(text, layout) {
  const separator = SEPARATORS[layout] ?? CELL
  let numbers = 0
  for (const line of text.split('\n')) {
    for (const cell of line.split(separator)) {
      NUMBER.lastIndex = 0
      while (NUMBER.exec(cell) !== null) numbers++
    }
  }
  return numbers
}

/**
 * One call that reads every item of `items`: ratios compare whole groups, because the median
 * of calls that alternate between a small and a large input lands on one or the other.
 */
const each = (items, read) => () => {
  for (const item of items) read(item)
}

const byLayout = new Map()
for (const fixture of fixtures.filter((item) => !item.html)) {
  const layout = parseReport(fixture.text).layout ?? 'none'
  byLayout.set(layout, [...(byLayout.get(layout) ?? []), fixture])
}

const results = { machine: `${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores), ${os.platform()} ${os.arch()}`, node: process.version, layouts: [], markdown: null, html: null, validate: null, scaling: null }

const us = (ns) => ns / 1000
for (const [layout, group] of [...byLayout].sort(([a], [b]) => a.localeCompare(b))) {
  const texts = group.map((item) => item.text)
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / texts.length
  let turn = 0
  const next = () => texts[turn++ % texts.length]
  const parse = summarize(sample(() => parseReport(next())))
  const allocated = allocation(() => parseReport(next()))
  const versus = ratio(each(texts, parseReport), each(texts, (text) => bare(text, layout)))
  results.layouts.push({
    layout,
    reports: texts.length,
    kb: bytes / 1024,
    meanUs: us(parse.mean),
    p99Us: us(parse.p99),
    mbPerS: bytes / 1e6 / (parse.mean / 1e9),
    reportsPerS: 1e9 / parse.mean,
    allocatedKb: allocated === null ? null : allocated / 1024,
    bareUs: us(versus.base) / texts.length,
    ratio: versus.ratio,
  })
}

// Markdown: the markdown fixtures against remark + remark-gfm on the same text.
const markdown = fixtures.filter((item) => !item.html && parseReport(item.text).layout === 'markdown').map((item) => item.text)
if (unified !== null && markdown.length > 0) {
  const versus = ratio(each(markdown, unified), each(markdown, parseReport))
  results.markdown = { remarkUs: us(versus.run) / markdown.length, parseUs: us(versus.base) / markdown.length, faster: versus.ratio }
}

// HTML: parseHtmlReport against parse5.parse on the same pages.
const pages = fixtures.filter((item) => item.html).map((item) => item.text)
if (html !== null && parse5 !== null && pages.length > 0) {
  const versus = ratio(each(pages, html.parseHtmlReport), each(pages, parse5))
  results.html = { parseHtmlUs: us(versus.run) / pages.length, parse5Us: us(versus.base) / pages.length, ratio: versus.ratio }
}

// validateReport against parseReport, over every text fixture.
{
  const texts = fixtures.filter((item) => !item.html).map((item) => item.text)
  const reports = texts.map((text) => parseReport(text))
  const versus = ratio(each(reports, validateReport), each(texts, parseReport))
  results.validate = { validateUs: us(versus.run) / reports.length, parseUs: us(versus.base) / texts.length, share: versus.ratio }
}

// Scaling: time per byte from 10 KB to 10 MB, for each layout.
const scaling = await import('./scaling.mjs').catch(() => null)
if (scaling !== null && typeof scaling.measureScaling === 'function') results.scaling = await scaling.measureScaling({ parseReport })

printResults(results)
if (process.argv.includes('--write')) {
  writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`)
  writeFileSync(new URL('./results.svg', import.meta.url), chart(results))
  writeReadme(results)
}

function printResults(results) {
  console.log(`\nzfxxgk benchmark — ${results.machine}, Node ${results.node}\n`)
  console.table(
    results.layouts.map((row) => ({
      layout: row.layout,
      reports: row.reports,
      'KB/report': row.kb.toFixed(1),
      'mean µs': row.meanUs.toFixed(0),
      'p99 µs': row.p99Us.toFixed(0),
      'MB/s': row.mbPerS.toFixed(1),
      'reports/s': row.reportsPerS.toFixed(0),
      'KB alloc/report': row.allocatedKb === null ? '—' : row.allocatedKb.toFixed(0),
      'bare µs': row.bareUs.toFixed(1),
      '× bare (≤ 4)': row.ratio.toFixed(2),
    })),
  )
  const checks = targets(results)
  for (const check of checks) console.log(`${check.met ? '✓' : '✗'} ${check.name}: ${check.figure} (target ${check.target})`)
}

/** Every target of issue #8 with its figure. */
export function targets(results) {
  const checks = results.layouts.map((row) => ({ name: `${row.layout}: parseReport / bare pass`, figure: `${row.ratio.toFixed(2)}×`, target: '≤ 4×', met: row.ratio <= 4 }))
  if (results.markdown !== null) checks.push({ name: 'markdown: remark + remark-gfm / parseReport', figure: `${results.markdown.faster.toFixed(0)}×`, target: '≥ 50×', met: results.markdown.faster >= 50 })
  else checks.push({ name: 'markdown: remark + remark-gfm / parseReport', figure: 'not measured (unified, remark-parse, remark-gfm not installed)', target: '≥ 50×', met: false })
  if (results.html !== null) checks.push({ name: 'html: parseHtmlReport / parse5.parse', figure: `${results.html.ratio.toFixed(2)}×`, target: '≤ 1.2×', met: results.html.ratio <= 1.2 })
  else checks.push({ name: 'html: parseHtmlReport / parse5.parse', figure: 'not measured (zfxxgk/html or parse5 missing)', target: '≤ 1.2×', met: false })
  checks.push({ name: 'validateReport / parseReport', figure: `${(100 * results.validate.share).toFixed(1)}%`, target: '< 5%', met: results.validate.share < 0.05 })
  if (results.scaling !== null) {
    for (const row of results.scaling) checks.push({ name: `scaling ${row.layout}: per byte at 10 MB / at 10 KB`, figure: `${row.ratio.toFixed(2)}×`, target: '≤ 1.5×', met: row.ratio <= 1.5 })
  } else checks.push({ name: 'scaling', figure: 'not measured (bench/scaling.mjs missing)', target: '≤ 1.5×', met: false })
  return checks
}

function writeReadme(results) {
  const readme = new URL('../README.md', import.meta.url)
  const text = readFileSync(readme, 'utf8')
  const start = '<!-- bench:start -->'
  const end = '<!-- bench:end -->'
  if (!text.includes(start) || !text.includes(end)) return
  const rows = results.layouts.map((row) => `| ${row.layout} | ${row.kb.toFixed(1)} | ${row.meanUs.toFixed(0)} | ${row.p99Us.toFixed(0)} | ${row.mbPerS.toFixed(1)} | ${row.reportsPerS.toFixed(0)} | ${row.allocatedKb === null ? '—' : row.allocatedKb.toFixed(0)} | ${row.ratio.toFixed(2)}× |`)
  const table = [
    `Measured with \`npm run bench\` on ${results.machine}, Node ${results.node}.`,
    '',
    '| layout | KB/report | mean µs | p99 µs | MB/s | reports/s | KB allocated/report | × bare pass |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    '| target | figure | met |',
    '| --- | --- | --- |',
    ...targets(results).map((check) => `| ${check.name} (${check.target}) | ${check.figure} | ${check.met ? '✓' : '✗'} |`),
    '',
    '![benchmark chart](bench/results.svg)',
  ].join('\n')
  writeFileSync(readme, `${text.slice(0, text.indexOf(start) + start.length)}\n${table}\n${text.slice(text.indexOf(end))}`)
}
