// examples/bun.js
import { parseReport, validateReport } from 'zfxxgk'

const report = parseReport(await Bun.file('examples/reports/004_3f00e38b5daa275f.txt').text())
console.log(report.title)
for (const { severity, ruleId, place } of validateReport(report)) console.log(severity, ruleId, `${place.start.line}:${place.start.column}`)
