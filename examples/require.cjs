// examples/require.cjs
// CommonJS: Node ≥ 20.19 loads zfxxgk's ES modules with require(), no flag needed.
const { readFileSync } = require('node:fs')
const { parseReport, validateReport } = require('zfxxgk')

const report = parseReport(readFileSync('examples/reports/004_3f00e38b5daa275f.txt', 'utf8'))
console.log(report.title)
for (const { severity, ruleId, place } of validateReport(report)) console.log(severity, ruleId, `${place.start.line}:${place.start.column}`)
