// examples/report-json.js
// What zfxxgk reads from a report and what it finds, as JSON. The same file runs under
// Node, Deno and Bun and prints the same bytes:
//
//   node examples/report-json.js report.txt
//   deno run --allow-read examples/report-json.js report.txt
//   bun examples/report-json.js report.txt
import { readFileSync } from 'node:fs'
import { parseReport, validateReport } from 'zfxxgk'

const report = parseReport(readFileSync(process.argv[2], 'utf8'))
console.log(JSON.stringify({ report, findings: validateReport(report) }, null, 2))
