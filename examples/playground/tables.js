// Render a table shape (shapes.js) as a real <table>: header cells with their spans, and
// value cells that carry their flat key, show the value, and are marked when a finding
// names them — red for a broken rule, amber for a doubtful reading — with the findings'
// messages on hover.

/**
 * The findings worth marking in the tables (errors and warnings), by the flat keys they
 * name. A finding whose place is exactly a cell's source names that cell as the one most
 * likely wrong.
 */
export function marksByKey(findings) {
  const marks = new Map()
  for (const finding of findings) {
    if (finding.severity === 'info') continue
    for (const key of finding.path) {
      const list = marks.get(key) ?? []
      list.push(finding)
      marks.set(key, list)
    }
  }
  return marks
}

/** Does `place` cover exactly `source`. */
const samePlace = (place, source) => place !== null && source !== undefined && place.start.offset === source.start.offset && place.end.offset === source.end.offset

/** Fill the value cell `td` for `key`. */
function fillCell(td, key, { values, sources, marks }) {
  const value = values[key]
  td.dataset.key = key
  td.textContent = value === null || value === undefined ? '' : String(value)
  if (value === null || value === undefined) td.classList.add('blank')
  const findings = marks.get(key) ?? []
  if (findings.length > 0) {
    td.classList.add(findings.some((finding) => finding.severity === 'error') ? 'broken' : 'doubtful')
    if (findings.some((finding) => samePlace(finding.place, sources[key]))) td.classList.add('culprit')
    td.title = [...findings.map((finding) => `${finding.ruleId}: ${finding.reason}`), key].join('\n')
  } else {
    td.title = key
  }
  if (sources[key] !== undefined) td.tabIndex = 0
}

/**
 * A <table> for `shape`, its value cells filled from `context`: `values` (flat), `sources`
 * (flat key → place) and `marks` (marksByKey).
 */
export function renderTable(document, shape, context) {
  const table = document.createElement('table')
  const body = document.createElement('tbody')
  for (const cells of shape) {
    const tr = document.createElement('tr')
    for (const spec of cells) {
      const element = document.createElement(spec.key === undefined ? 'th' : 'td')
      if (spec.colspan !== undefined) element.colSpan = spec.colspan
      if (spec.rowspan !== undefined) element.rowSpan = spec.rowspan
      if (spec.key === undefined) element.textContent = spec.text
      else fillCell(element, spec.key, context)
      tr.append(element)
    }
    body.append(tr)
  }
  table.append(body)
  return table
}
