// The list of findings: what could not be read and which rules the report breaks, errors
// first, each with its place; choosing one shows that place in the source.

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 }
const SEVERITY_LABEL = { error: '错误 error', warning: '警告 warning', info: '提示 info' }

/** The findings in the order the list shows them: by severity, then by place. */
export function sortFindings(findings) {
  const offset = (finding) => finding.place?.start.offset ?? Number.POSITIVE_INFINITY
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || offset(a) - offset(b))
}

/** “2 errors · 1 warning · 3 info”, in both languages. */
export function countFindings(findings) {
  const count = (severity) => findings.filter((finding) => finding.severity === severity).length
  return `${count('error')} 个错误 errors · ${count('warning')} 个警告 warnings · ${count('info')} 条提示 info`
}

/** Fill `list` (an <ol>) with `findings`; `select(finding, item)` runs when one is chosen. */
export function renderFindings(document, list, findings, select) {
  list.replaceChildren()
  for (const finding of sortFindings(findings)) {
    const item = document.createElement('li')
    item.className = finding.severity
    item.dataset.rule = finding.ruleId
    const button = document.createElement('button')
    button.type = 'button'
    const severity = document.createElement('span')
    severity.className = 'severity'
    severity.textContent = SEVERITY_LABEL[finding.severity]
    const rule = document.createElement('code')
    rule.textContent = finding.ruleId
    const where = document.createElement('span')
    where.className = 'where'
    where.textContent = finding.place === null ? '' : `${finding.place.start.line}:${finding.place.start.column}`
    const reason = document.createElement('span')
    reason.className = 'reason'
    reason.textContent = finding.reason
    button.append(severity, rule, where, reason)
    button.addEventListener('click', () => select(finding, item))
    item.append(button)
    if (finding.url !== undefined) {
      const link = document.createElement('a')
      link.href = finding.url
      link.target = '_blank'
      link.rel = 'noopener'
      link.textContent = '规则说明 rule'
      item.append(link)
    }
    list.append(item)
  }
}
