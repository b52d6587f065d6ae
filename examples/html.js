// examples/html.js
import { readFileSync } from 'node:fs'
import { parseHtmlReport } from 'zfxxgk/html'

const html = readFileSync('examples/reports/014_pingtan_2024_html.html', 'utf8')
const report = parseHtmlReport(html)

console.log(report.title, report.publishedAt, report.format, report.layout)
console.log('新收申请', report.applications.newRequests.total, '· 办结', report.applications.totalHandled.total)
const where = report.sources['applications.newRequests.total']
console.log('from line', where.start.line, 'column', where.start.column, '→', html.slice(where.start.offset, where.end.offset))
console.log('复议', report.appeals.review, '· findings:', report.diagnostics.length)
