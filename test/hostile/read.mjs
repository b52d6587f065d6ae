// Read one hostile input (by recipe name) and print what the test checks, as JSON:
// whether reading threw, how many places fall outside the text, whether a second reading
// gave the same report, and the values and explanations of the keys asked for.
//
//   node test/hostile/read.mjs <recipe name> [key …]
import { parseReport, validateReport } from '../../dist/index.js'
import { cases } from './cases.mjs'

const [name, ...keys] = process.argv.slice(2)
const recipe = cases[name]
if (recipe === undefined) throw new Error(`no recipe named ${name}`)
const text = recipe()

/** Offsets where lines start. */
const starts = [0]
for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1)

/** Does the point name its offset by the right line and column? */
function agrees(point) {
  const lineStart = starts[point.line - 1]
  const next = starts[point.line] ?? Infinity
  return lineStart !== undefined && point.offset >= lineStart && point.offset < next && point.column === point.offset - lineStart + 1
}

function outside(positions) {
  return positions.filter(({ start, end }) => !(start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length && agrees(start) && agrees(end))).length
}

const placesOf = (diagnostics) => diagnostics.flatMap((item) => (item.place === null ? [] : [item.place]))

const result = { length: text.length }
try {
  const report = parseReport(text)
  const findings = validateReport(report)
  result.format = report.format
  result.outside = outside([...Object.values(report.sources), ...placesOf(report.diagnostics)]) + outside(placesOf(findings))
  result.deterministic = JSON.stringify(parseReport(text)) === JSON.stringify(report)
  result.values = Object.fromEntries(keys.map((key) => [key, key.split('.').reduce((node, part) => node?.[part], report) ?? null]))
  result.explained = Object.fromEntries(keys.map((key) => [key, report.diagnostics.filter((item) => item.path.includes(key)).map((item) => item.ruleId)]))
  result.threw = null
} catch (error) {
  result.threw = String(error?.stack ?? error)
}
process.stdout.write(JSON.stringify(result))
