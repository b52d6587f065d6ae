/**
 * The prose of a page's sections as a browser shows it.
 *
 * The pipeline cuts each section's prose out of the view, where tags are runs of spaces
 * and references are padded with spaces. Here the padding is dropped and the whitespace
 * collapsed (`collapse.ts`: none between Chinese characters, one `\n` between paragraphs).
 * So indexes into a prose string do not map one to one onto the HTML;
 * `sources['prose.overview']` … stay the span of the section's text in the page.
 */
import type { Report } from '../model.js'
import { collapse } from '../markup/collapse.js'
import type { Span } from './spaces.js'

/** `view[start, end)` without the padding of references (padding sorted, not overlapping). */
function withoutPadding(view: string, start: number, end: number, padding: readonly Span[]): string {
  let low = 0
  let high = padding.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((padding[middle] as Span).end <= start) low = middle + 1
    else high = middle
  }
  let result = ''
  let at = start
  for (let index = low; index < padding.length; index++) {
    const span = padding[index] as Span
    if (span.start >= end) break
    if (span.start > at) result += view.slice(at, span.start)
    at = Math.max(at, span.end)
  }
  return at < end ? result + view.slice(at, end) : result
}

/** Replace each prose string of `report` by its text as shown, from `view`. */
export function showProse(report: Report, view: string, padding: readonly Span[]): void {
  for (const id of ['overview', 'problems', 'otherMatters'] as const) {
    const source = report.sources[`prose.${id}`]
    if (report.prose[id] === null || source === undefined) continue
    report.prose[id] = collapse(withoutPadding(view, source.start.offset, source.end.offset, padding), true)
  }
}
