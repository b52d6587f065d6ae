// examples/validate.js
import { readFileSync } from 'node:fs'
import { indicators, parseReport, validateReport } from 'zfxxgk'

// 宝清县 2024: its table 三 does not balance.
const report = parseReport(readFileSync('examples/reports/004_3f00e38b5daa275f.txt', 'utf8'))
for (const finding of validateReport(report)) {
  const { line, column } = finding.place.start
  console.log(`${finding.severity} ${finding.ruleId} at ${line}:${column}`)
  console.log(`  ${finding.reason}`)
  console.log(`  ${finding.path.join(' ')}`)
}
console.log(validateReport(report, { locale: 'en' })[0].reason)

// 大竹县 2024, with one number of its prose mistyped.
const text = readFileSync('examples/reports/000_6dd58b88eaeffe1b.txt', 'utf8').replace('申请99件', '申请98件')
const [mismatch] = validateReport(parseReport(text))
console.log(`${mismatch.ruleId} at ${mismatch.place.start.line}:${mismatch.place.start.column}: ${mismatch.reason}`)

const { disclosureRate, disputeRate } = indicators(report)
console.log(`实质公开率 ${(disclosureRate * 100).toFixed(1)}% · 争议转化率 ${(disputeRate * 100).toFixed(1)}%`)
