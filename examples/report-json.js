// examples/report-json.js
// What zfxxgk reads from a report (text, Markdown or a web page) and what it finds, as
// JSON. The same file runs under Node, Deno and Bun and prints the same bytes:
//
//   node examples/report-json.js report.txt
//   deno run --allow-read examples/report-json.js report.html
//   bun examples/report-json.js report.md
import { readFileSync } from 'node:fs'
import { parseReport, validateReport } from 'zfxxgk'
import { parseHtmlReport } from 'zfxxgk/html'

const file = process.argv[2]
const text = readFileSync(file, 'utf8')
const report = /\.html?$/i.test(file) ? parseHtmlReport(text) : parseReport(text)
console.log(JSON.stringify({ report, findings: validateReport(report) }, null, 2))
