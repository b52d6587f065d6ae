// The playground: read what the user pastes or drops with zfxxgk's browser bundle (built
// into vendor/ by `npm run playground`), check it, and show the tables, the findings and
// the source. No framework, no network: everything is in this folder.
import { fieldKeys, flattenReport, parseReport, validateReport } from './vendor/zfxxgk.js'
import { download, reportCsv, reportJson } from './exports.js'
import { countFindings, renderFindings } from './findings.js'
import { kindOfName, looksLikeHtml, readFile } from './input.js'
import { SHAPES, TABLE_TITLES } from './shapes.js'
import { describePlace, showSource } from './source.js'
import { marksByKey, renderTable } from './tables.js'

const $ = (id) => document.getElementById(id)
const text = $('text')
const kind = $('kind')
const locale = $('locale')
const samples = $('sample')
const picker = $('file')

const FORMATS = { 2021: '2021 模板（国办公开办函〔2021〕30号）', 2019: '2019 模板（国办公开办函〔2019〕60号）' }
const TABLE_NUMBERS = { active: '二', applications: '三', appeals: '四' }

/** What was read last: the text, how it was read, the report, the rules' findings (`checks`) and all findings. */
let current
/** Each reading's number: a slower reading (HTML loads its reader) never overwrites a newer one. */
let readings = 0
/** The name of the file the text came from, until the user edits it. */
let fileName = ''

/** Read HTML with zfxxgk/html, loaded the first time HTML is read (it carries parse5). */
async function parseHtml(html, options) {
  const { parseHtmlReport } = await import('./vendor/zfxxgk-html.js')
  return parseHtmlReport(html, options)
}

/** Read the text area's content and show the result. */
async function read() {
  const reading = ++readings
  const input = text.value
  if (input.trim() === '') {
    current = undefined
    $('result').hidden = true
    $('status').textContent = '等待输入 · waiting for a report'
    showSource(document, $('source'), '', null)
    document.body.dataset.state = 'empty'
    return
  }
  document.body.dataset.state = 'reading'
  const as = kind.value === 'auto' ? (kindOfName(fileName) ?? (looksLikeHtml(input) ? 'html' : 'text')) : kind.value
  const options = { locale: locale.value }
  const started = performance.now()
  let report
  try {
    report = as === 'html' ? await parseHtml(input, options) : parseReport(input, options)
  } catch (error) {
    // zfxxgk never throws on a string: this is the HTML reader failing to load.
    if (reading !== readings) return
    current = undefined
    $('result').hidden = true
    $('status').textContent = error.message
    document.body.dataset.state = 'failed'
    return
  }
  const checks = validateReport(report, options)
  const took = performance.now() - started
  if (reading !== readings) return
  // The list shows what could not be read beside what the rules find.
  current = { input, as, report, checks, findings: [...report.diagnostics, ...checks], values: flattenReport(report) }
  show(current, took)
  document.body.dataset.state = 'ready'
}

/** Show a reading. */
function show({ input, as, report, findings, values }, took) {
  $('result').hidden = false
  $('status').textContent = `已读取 read as ${as === 'html' ? 'HTML' : '文本 text'} · ${took.toFixed(0)} ms`
  $('title').textContent = report.title ?? '—'
  $('meta').textContent = [report.organ ?? '—', report.year ?? '—', report.publishedAt ?? '—'].join(' · ')
  $('format').textContent = report.format === null ? '未识别：不是受支持模板的年度报告 · not a report in a supported template' : FORMATS[report.format]
  $('format').dataset.format = report.format ?? ''
  const perTable = Object.entries(report.layouts ?? {}).map(([table, layout]) => `${TABLE_NUMBERS[table] ?? table} ${layout ?? '—'}`)
  $('layout').textContent = `${report.layout ?? '—'}${perTable.length > 0 ? `（${perTable.join(' · ')}）` : ''}`
  $('layout').dataset.layout = report.layout ?? ''
  const keys = report.format === null ? [] : fieldKeys(report.format)
  $('read').textContent = `${keys.filter((key) => values[key] !== null).length} / ${keys.length}`
  $('counts').textContent = countFindings(findings)
  renderFindings(document, $('findings'), findings, (finding, item) => {
    for (const selected of document.querySelectorAll('#findings li.selected')) selected.classList.remove('selected')
    item.classList.add('selected')
    showPlace(finding.place, finding.path)
  })
  const tables = $('tables')
  tables.replaceChildren()
  if (report.format !== null) {
    const context = { values, sources: report.sources, marks: marksByKey(findings) }
    for (const [id, shape] of Object.entries(SHAPES[report.format])) {
      const heading = document.createElement('h2')
      heading.textContent = TABLE_TITLES[id]
      const wrapper = document.createElement('div')
      wrapper.className = 'table'
      wrapper.id = `table-${id}`
      wrapper.append(renderTable(document, shape, context))
      tables.append(heading, wrapper)
    }
  }
  showSource(document, $('source'), input, null)
  $('place').textContent = ''
}

/** Highlight `place` in the source view, and the sources of the cells `keys` name. */
function showPlace(place, keys = []) {
  if (current === undefined) return
  const spots = keys.map((key) => current.report.sources[key]).filter((source) => source !== undefined)
  showSource(document, $('source'), current.input, place, spots)
  $('place').textContent = place === null ? '（无位置 no place）' : describePlace(place)
}

/** Put `content` from `name` in the text area and read it; the controls show only where it came from. */
function load(content, name, from) {
  text.value = content
  fileName = name
  if (from !== samples) samples.value = ''
  if (from !== picker) picker.value = ''
  void read()
}

let pending
text.addEventListener('input', () => {
  fileName = ''
  samples.value = ''
  picker.value = ''
  document.body.dataset.state = 'pending'
  clearTimeout(pending)
  pending = setTimeout(read, 200)
})
kind.addEventListener('change', () => void read())
locale.addEventListener('change', () => void read())

picker.addEventListener('change', async () => {
  const [file] = picker.files
  if (file !== undefined) load(await readFile(file), file.name, picker)
})

const panel = $('input-panel')
panel.addEventListener('dragover', (event) => {
  event.preventDefault()
  panel.classList.add('dropping')
})
panel.addEventListener('dragleave', () => panel.classList.remove('dropping'))
panel.addEventListener('drop', async (event) => {
  event.preventDefault()
  panel.classList.remove('dropping')
  const [file] = event.dataTransfer.files
  if (file !== undefined) load(await readFile(file), file.name, panel)
})

/** Show where the value of the cell an event is on came from. */
function showCellSource(event) {
  const cell = event.target.closest('td[data-key]')
  if (cell === null || current === undefined) return
  const source = current.report.sources[cell.dataset.key] ?? null
  showPlace(source, source === null ? [] : [cell.dataset.key])
}
$('tables').addEventListener('click', showCellSource)
$('tables').addEventListener('keydown', (event) => {
  if (event.key === 'Enter' || event.key === ' ') showCellSource(event)
})

$('download-json').addEventListener('click', () => {
  if (current === undefined) return
  download(document, `${baseName()}.json`, 'application/json', reportJson(current.report, current.checks))
})
$('download-csv').addEventListener('click', () => {
  if (current === undefined) return
  download(document, `${baseName()}.csv`, 'text/csv', reportCsv(current.values, current.findings, fileName, fieldKeys))
})

/** The downloads' name: the file's, or the organ and year. */
function baseName() {
  if (fileName !== '') return fileName.replace(/\.[^.]*$/, '')
  const { organ, year } = current.report
  return [organ ?? 'report', year].filter((part) => part !== null && part !== undefined).join('-')
}

samples.addEventListener('change', async () => {
  if (samples.value === '') return
  const response = await fetch(`vendor/samples/${samples.value}`)
  load(await response.text(), samples.value, samples)
})
fetch('vendor/samples/index.json')
  .then((response) => response.json())
  .then((names) => {
    for (const name of names) samples.append(new Option(name, name))
  })
  .catch(() => {
    samples.disabled = true
  })

document.body.dataset.state = 'empty'
