// examples/quick-start.js
import { readFileSync } from 'node:fs'
import { flattenReport, parseReport } from 'zfxxgk'

const text = readFileSync('examples/reports/004_3f00e38b5daa275f.txt', 'utf8')
const report = parseReport(text)

console.log(report.title, report.year, report.format, report.layout)
console.log('新收申请', report.applications.newRequests.total)
console.log('办结', report.applications.totalHandled.total)
const where = report.sources['applications.newRequests.total']
console.log('from line', where.start.line, 'column', where.start.column)
console.log(Object.keys(flattenReport(report)).length, 'columns in the flat row')
