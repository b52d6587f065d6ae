// examples/deno.js
import { parseReport, validateReport } from 'npm:zfxxgk'

const report = parseReport(await Deno.readTextFile('examples/reports/004_3f00e38b5daa275f.txt'))
console.log(report.title)
for (const { severity, ruleId, place } of validateReport(report)) console.log(severity, ruleId, `${place.start.line}:${place.start.column}`)
