// Read every report in a folder and print what zfxxgk read from each.
//
//   node examples/demo.js examples/reports
//
// (Imports the package by its name: run `npm run build` first, or install zfxxgk.)
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { flattenReport, parseReport } from 'zfxxgk'

const folder = process.argv[2] ?? 'examples/reports'
for (const file of readdirSync(folder).sort()) {
  if (!/\.(?:txt|md)$/.test(file)) continue
  const report = parseReport(readFileSync(join(folder, file), 'utf8'))
  const flat = flattenReport(report)
  const values = Object.entries(flat).filter(([key]) => key.includes('.'))
  const read = values.filter(([, value]) => value !== null).length
  const issues = report.diagnostics.filter((item) => item.severity !== 'info').length
  console.log(`${file}`)
  console.log(`  ${report.title ?? '(no title)'} · ${report.year ?? '?'} · template ${report.format ?? '?'} · layout ${report.layout ?? '?'}`)
  console.log(`  read ${read}/${values.length} values · 新收 ${flat['applications.newRequests.total']} · 办结 ${flat['applications.totalHandled.total']} · 复议 ${flat['appeals.review.total']} · 诉讼 ${flat['appeals.lawsuit.total']}`)
  if (issues > 0) console.log(`  ${issues} reading warning(s): ${report.diagnostics.find((item) => item.severity !== 'info')?.reason}`)
}
