/**
 * One file through the library, into its piece of output. Runs in the workers.
 *
 * - `parse`: the report (JSON formats) or its flat row (CSV); the counts are those of the
 *   reading findings.
 * - `check`: the reading findings and those of `validateReport`, both filtered by
 *   `--rules`/`--ignore-rules`; a reading `warning` is a finding at the warning level.
 *
 * An unreadable file gives an error record in every format; an exception from the library
 * (which should never happen) is caught and becomes one too, so that one file cannot stop
 * a run over thousands.
 */
import type { Diagnostic } from '../diagnostics.js'
import { flattenReport } from '../flatten.js'
import { parseHtmlReport } from '../html/index.js'
import type { Report } from '../model.js'
import { parseReport } from '../parse.js'
import { validateReport } from '../validate.js'
import { csvRow } from './formats/csv.js'
import { reportRecord, type Chunk } from './formats/json.js'
import { textBlock, textLine } from './formats/text.js'
import { failureReason } from './messages.js'
import { readInput, type Readable } from './read.js'
import { countBySeverity, validateOptions, wanted } from './select.js'
import type { FileResult, Input, ReadFailure, Settings } from './types.js'

/** The report of a readable input, by the entry its extension or content calls for. */
export function readReportOf(readable: Readable, settings: Settings): Report {
  const options = { locale: settings.locale }
  return readable.entry === 'html' ? parseHtmlReport(readable.text, options) : parseReport(readable.text, options)
}

/** The findings `check` reports for a report: reading ones, then the rules'. */
export function checkFindings(report: Report, settings: Settings): Diagnostic[] {
  const options = validateOptions(settings)
  const reading = report.diagnostics.filter((item) => wanted(item.ruleId, settings))
  return [...reading, ...validateReport(report, options)]
}

/** The error record of an unreadable file, in the chosen format. */
export function failedResult(name: string, failure: ReadFailure, settings: Settings): FileResult {
  const reason = failureReason(failure, settings.locale)
  let chunk: string
  if (settings.format === 'csv') chunk = csvRow({ file: name, errors: 1, warnings: 0, readError: `${failure.code}: ${reason}` })
  else if (settings.format === 'text') chunk = textBlock([{ file: name, line: null, column: null, severity: 'error', message: reason, ruleId: failure.code }], settings.color)
  else chunk = JSON.stringify({ file: name, error: { code: failure.code, reason } })
  return { chunk, unreadable: true, errors: 1, warnings: 0, infos: 0, organ: null, year: null }
}

function readableResult(name: string, readable: Readable, settings: Settings): FileResult {
  const report = readReportOf(readable, settings)
  const diagnostics = settings.command === 'check' ? checkFindings(report, settings) : report.diagnostics
  const counts = countBySeverity(diagnostics)
  let chunk: Chunk
  if (settings.format === 'csv') {
    chunk = csvRow(flattenReport(report), { file: name, errors: counts.errors, warnings: counts.warnings })
  } else if (settings.format === 'text') {
    const shown = settings.verbose ? diagnostics : diagnostics.filter((item) => item.severity !== 'info')
    chunk = textBlock(
      shown.map((item) => textLine(name, item)),
      settings.color,
    )
  } else if (settings.command === 'parse') {
    // By hand around the report, the text JSON.stringify would give (see formats/json.ts).
    chunk = reportRecord(`{"file":${JSON.stringify(name)},"encoding":${JSON.stringify(readable.encoding)},"entry":${JSON.stringify(readable.entry)},"report":`, report, '}')
  } else {
    const { format, title, organ, year } = report
    chunk = JSON.stringify({ file: name, encoding: readable.encoding, entry: readable.entry, format, title, organ, year, errors: counts.errors, warnings: counts.warnings, diagnostics })
  }
  return { chunk, unreadable: false, ...counts, organ: report.organ, year: report.year }
}

/** One input into its {@link FileResult}. Never throws. */
export function processInput(input: Input, settings: Settings): FileResult {
  try {
    const read = readInput(input)
    return read.ok ? readableResult(input.name, read, settings) : failedResult(input.name, read.failure, settings)
  } catch (error) {
    return failedResult(input.name, { code: 'crash', detail: error instanceof Error ? error.message : String(error) }, settings)
  }
}
