// examples/browser/bundler.js
import { parseReport, validateReport } from 'zfxxgk'

const input = document.querySelector('textarea')
const output = document.querySelector('output')
input.addEventListener('input', () => {
  const report = parseReport(input.value)
  const errors = validateReport(report).filter((finding) => finding.severity === 'error')
  output.textContent = `${report.title ?? '—'}: ${errors.length} error(s)`
})
