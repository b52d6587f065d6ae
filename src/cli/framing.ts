/**
 * What goes around and between the files' pieces of output, per format. The pieces are
 * made by the workers; this is the only part of the output the main thread writes itself.
 *
 * - `jsonl`: one record a line;
 * - `json`: the records as one array, one record a line (valid JSON, yet streamable);
 * - `csv`: the header row (after a BOM with `--bom`), then one row a file;
 * - `text`: the files' blocks separated by a blank line, then the summary line.
 */
import type { Locale } from '../diagnostics.js'
import { csvHeader } from './formats/csv.js'
import { summaryLine, type Totals } from './messages.js'
import type { OutputFormat } from './types.js'

/** Framing of one output. Stateful: it knows whether anything was written yet. */
export interface Framing {
  /** Before everything. */
  start(): string
  /** One piece (a file's, or a series'), with what separates it from the previous one. */
  item(chunk: string): string
  /** After everything. */
  end(totals: Totals): string
}

/** The framing of a format. */
export function createFraming(format: OutputFormat, options: { bom: boolean; locale: Locale }): Framing {
  let written = false
  switch (format) {
    case 'jsonl':
      return { start: () => '', item: (chunk) => `${chunk}\n`, end: () => '' }
    case 'json':
      return {
        start: () => '[',
        item(chunk) {
          const separator = written ? ',\n' : '\n'
          written = true
          return separator + chunk
        },
        end: () => (written ? '\n]\n' : ']\n'),
      }
    case 'csv':
      return { start: () => csvHeader(options.bom), item: (chunk) => chunk, end: () => '' }
    case 'text':
      return {
        start: () => '',
        item(chunk) {
          if (chunk === '') return ''
          const separator = written ? '\n' : ''
          written = true
          return separator + chunk
        },
        end: (totals) => `${written ? '\n' : ''}${summaryLine(totals, options.locale)}\n`,
      }
  }
}
