/**
 * What goes around and between the files' pieces of output, per format:
 *
 * - `jsonl`: one record a line;
 * - `json`: the records as one array, one record a line (valid JSON, yet streamable);
 * - `csv`: the header row (after a BOM with `--bom`), then one row a file;
 * - `text`: each file's block followed by a blank line, then the summary line.
 *
 * The separators depend on nothing but the piece itself (and, for JSON, whether it opens
 * the output), so that the workers can frame and encode their batches themselves; the
 * main thread only writes the start and the end.
 */
import type { Locale } from '../diagnostics.js'
import { csvHeader } from './formats/csv.js'
import type { Chunk } from './formats/json.js'
import { summaryLine, type Totals } from './messages.js'
import type { OutputFormat } from './types.js'

/** What goes before and after a file's piece (`chunk`); `first` when it opens the output. */
function separators(format: OutputFormat, chunk: Chunk, first: boolean): [before: string, after: string] {
  switch (format) {
    case 'jsonl':
      return ['', '\n']
    case 'json':
      return [first ? '\n' : ',\n', '']
    case 'csv':
      return ['', '']
    case 'text':
      return ['', chunk === '' ? '' : '\n']
  }
}

/** One piece (a file's, or a series') with its separators; `first` when it opens the output. */
export function frameItem(format: OutputFormat, chunk: string, first: boolean): string
export function frameItem(format: OutputFormat, chunk: Chunk, first: boolean): Chunk
export function frameItem(format: OutputFormat, chunk: Chunk, first: boolean): Chunk {
  const [before, after] = separators(format, chunk, first)
  if (typeof chunk === 'string') return `${before}${chunk}${after}`
  // A JSON record keeps its places apart: the separators go around its text.
  return { before: `${before}${chunk.before}`, sources: chunk.sources, after: `${chunk.after}${after}` }
}

/** What opens the output. */
export function frameStart(format: OutputFormat, bom: boolean): string {
  if (format === 'json') return '['
  return format === 'csv' ? csvHeader(bom) : ''
}

/** What closes the output; `empty` when no piece was written. */
export function frameEnd(format: OutputFormat, totals: Totals, empty: boolean, locale: Locale): string {
  if (format === 'json') return empty ? ']\n' : '\n]\n'
  return format === 'text' ? `${summaryLine(totals, locale)}\n` : ''
}
