#!/usr/bin/env node
// parseHtmlReport against parse5 alone, on the corpus's web pages (issue #8's target:
// at most 1.2× parse5.parse). Runs the built package: `npm run build` first.
//
//   node bench/html.mjs [rounds]
//
// Each round times every subject on every page, interleaved so that the machine's load
// hits them alike; the best round of each is reported.
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { parse } from 'parse5'
import { parseHtmlReport } from 'zfxxgk/html'

const pages = ['011_shanghai_bgt_2019_fmt2019', '014_pingtan_2024_html'].map((name) => ({
  name,
  html: readFileSync(new URL(`../test/fixtures/corpus/${name}/input.html`, import.meta.url), 'utf8'),
}))
const subjects = {
  'parse5.parse': (html) => parse(html),
  'parse5.parse (locations)': (html) => parse(html, { sourceCodeLocationInfo: true }),
  parseHtmlReport: (html) => parseHtmlReport(html),
}
const rounds = Number(process.argv[2] ?? 40)
const batch = 20

for (const { name, html } of pages) {
  const best = Object.fromEntries(Object.keys(subjects).map((subject) => [subject, Infinity]))
  for (const run of Object.values(subjects)) for (let index = 0; index < 100; index++) run(html)
  for (let round = 0; round < rounds; round++) {
    for (const [subject, run] of Object.entries(subjects)) {
      const start = performance.now()
      for (let index = 0; index < batch; index++) run(html)
      best[subject] = Math.min(best[subject], (performance.now() - start) / batch)
    }
  }
  console.log(`${name} (${html.length} characters)`)
  for (const [subject, ms] of Object.entries(best)) {
    console.log(`  ${subject.padEnd(26)} ${ms.toFixed(3)} ms  ×${(ms / best['parse5.parse']).toFixed(2)}`)
  }
}
