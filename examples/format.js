// examples/format.js
import { readFileSync } from 'node:fs'
import { flattenReport, formatReport, parseReport } from 'zfxxgk'

// 宝清县 2024, read from text copied out of Word (tab-separated)…
const report = parseReport(readFileSync('examples/reports/004_3f00e38b5daa275f.txt', 'utf8'))

// …written out as markdown: here its table 四, with the template's headers.
const markdown = formatReport(report, 'markdown')
console.log(markdown.slice(markdown.indexOf('## 四'), markdown.indexOf('## 五')).trim())

// A flat row (from flattenReport, or a CSV row with the same keys) works too.
const row = flattenReport(report)
console.log(formatReport(row, 'html').split('\n').find((line) => line.includes('行政许可')))

// Whatever the layout, the text reads back to the same values.
for (const layout of ['pipe', 'tab', 'cells', 'markdown', 'aligned']) {
  const again = flattenReport(parseReport(formatReport(report, layout)))
  const same = Object.keys(row).every((key) => again[key] === row[key])
  console.log(`${layout}: ${same ? 'the same values' : 'different values'}`)
}
