/**
 * `--series`: one organ's reports, year after year, through `validateSeries`.
 *
 * The first pass streams every file and keeps only its organ and year (and index), so that
 * memory stays flat however many files there are. Organs with two reports or more are then
 * sent to the workers as series tasks: a worker reads those files again and checks them
 * together. Re-reading costs a second parse of those files only; keeping every report of
 * the run in memory until the end would cost far more.
 *
 * Reports are grouped by their `organ` exactly as read from the title; reports without an
 * organ are not grouped.
 */
import type { Diagnostic } from '../diagnostics.js'
import type { Report } from '../model.js'
import { validateSeries } from '../series.js'
import { textBlock, textLine } from './formats/text.js'
import { readReportOf } from './process.js'
import { readInput } from './read.js'
import { countBySeverity, validateOptions, wanted, type Counts } from './select.js'
import type { Input, Settings } from './types.js'

/** Run `validateSeries` over one organ's files and format its findings. Runs in a worker. */
export function processSeries(organ: string, inputs: readonly Input[], settings: Settings): Counts & { chunk: string } {
  const reports: Report[] = []
  const names: string[] = []
  for (const input of inputs) {
    const read = readInput(input)
    // A file that cannot be read now was reported in the first pass.
    if (!read.ok) continue
    reports.push(readReportOf(read, settings))
    names.push(input.name)
  }
  const options = validateOptions(settings)
  const diagnostics = validateSeries(reports, options).filter((item) => wanted(item.ruleId, settings))
  const counts = countBySeverity(diagnostics)
  return { chunk: formatSeries(organ, names, diagnostics, settings), ...counts }
}

/** The file a series finding is placed in: the later report (the last index). */
function placedIn(diagnostic: Diagnostic, names: readonly string[]): { file: string; others: string[] } {
  const indexes = diagnostic.reports ?? []
  const last = indexes.at(-1)
  const file = last === undefined ? (names.at(-1) ?? '') : (names[last] ?? '')
  return { file, others: indexes.slice(0, -1).map((index) => names[index] ?? '') }
}

function formatSeries(organ: string, names: readonly string[], diagnostics: readonly Diagnostic[], settings: Settings): string {
  if (settings.format === 'text') {
    const shown = settings.verbose ? diagnostics : diagnostics.filter((item) => item.severity !== 'info')
    const lines = shown.map((item) => {
      const { file, others } = placedIn(item, names)
      return textLine(file, item, others.length === 0 ? '' : ` ← ${others.join(', ')}`)
    })
    return textBlock(lines, settings.color, false)
  }
  // JSON Lines and JSON (`--series` with CSV is a usage error: a CSV row is one file).
  return JSON.stringify({ series: organ, files: names, diagnostics })
}
