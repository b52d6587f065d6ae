// The downloads: the report as JSON (the bytes `node examples/report-json.js` prints for the
// same text), and as one CSV row in the command line's wide layout, so that rows from
// here and from `zfxxgk check --format csv` go into the same spreadsheet.

/** `{ report, findings }`, as examples/report-json.js prints it. */
export function reportJson(report, findings) {
  return `${JSON.stringify({ report, findings }, null, 2)}\n`
}

/** The columns before the values, as the command line's CSV has them. */
const LEADING = ['file', 'format', 'year', 'organ', 'title', 'publishedAt', 'errors', 'warnings', 'readError']

/** One field, quoted when RFC 4180 requires it. */
function field(value) {
  if (value === null || value === undefined) return ''
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * The header and one record: the leading columns, every key of the 2021 template, then the
 * keys only the 2019 template has (`fieldKeys` from zfxxgk). A byte-order mark first, so
 * that spreadsheet programs read the Chinese as UTF-8; CRLF line ends.
 */
export function reportCsv(values, findings, file, fieldKeys) {
  const newer = fieldKeys('2021')
  const columns = [...LEADING, ...newer, ...fieldKeys('2019').filter((key) => !newer.includes(key))]
  const count = (severity) => findings.filter((finding) => finding.severity === severity).length
  const row = { ...values, file, errors: count('error'), warnings: count('warning') }
  const line = (cells) => `${cells.map(field).join(',')}\r\n`
  return `\uFEFF${line(columns)}${line(columns.map((column) => row[column]))}`
}

/** Offer `content` as a file named `name`. */
export function download(document, name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
