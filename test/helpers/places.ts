/**
 * Where a report says its values and findings are, and whether that is inside the text.
 */
import type { Diagnostic, Position, Report } from '../../src/index.js'

/** Every position in the report: its sources and its diagnostics' places. */
export function positions(report: Report): Position[] {
  return [...Object.values(report.sources), ...places(report.diagnostics)]
}

/** The places of `diagnostics` that are set. */
export function places(diagnostics: readonly Diagnostic[]): Position[] {
  return diagnostics.flatMap((item) => (item.place === null ? [] : [item.place]))
}

/** Offsets where the lines of `text` start (a line ends at `\n`). */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  return starts
}

/** Does `point` name its offset by the right line and column (1-based, UTF-16 code units)? */
function agrees(starts: readonly number[], point: Position['start']): boolean {
  const lineStart = starts[point.line - 1]
  const next = starts[point.line] ?? Infinity
  return lineStart !== undefined && point.offset >= lineStart && point.offset < next && point.column === point.offset - lineStart + 1
}

/**
 * The positions among `list` that are not spans of `text`: offsets out of order or out of
 * it, or a line and column that do not name the offset. Empty when all are good.
 */
export function outside(text: string, list: readonly Position[]): Position[] {
  const starts = lineStarts(text)
  return list.filter(({ start, end }) => !(start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length && agrees(starts, start) && agrees(starts, end)))
}
