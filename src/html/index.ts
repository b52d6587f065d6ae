/**
 * `zfxxgk/html`: read a report from its original web page, with parse5.
 *
 * ```
 * html ──scan (parse5 tokenizer, one pass, no tree)──▶ view + table cells   scan.ts
 *      ──chrome──▶ view without navigation, footers, scripts …             chrome.ts
 *      ──readReport (the core pipeline, the same matcher)──▶ report         ../parse.ts
 *      ──prose as shown, metadata from the article──▶ report                prose.ts, metadata.ts
 * ```
 *
 * The view has the HTML's length (tags blanked, references decoded in place), so the
 * core finds sections, metadata and prose in it unchanged, and every offset it reports is
 * an offset in the HTML. The tables are read by the `html` reader from the cells of the
 * markup, one token per cell.
 */
import { diagnostic, type Diagnostic, type Locale } from '../diagnostics.js'
import type { Report } from '../model.js'
import { normalize } from '../normalize.js'
import { checkOptions, describe, readReport, type ParseOptions } from '../parse.js'
import { createLocator, type Locator } from '../position.js'
import type { Token } from '../tokens.js'
import { findSections, type Region } from '../template/sections.js'
import type { SectionId } from '../template/types.js'
import { countTokens, createTokenReader, outsideTables } from '../markup/reader.js'
import { articleSpan, titleLine } from './chrome.js'
import { noReportTables } from './messages.js'
import { pageMetadata } from './metadata.js'
import { showProse } from './prose.js'
import { scanHtml } from './scan.js'
import { blank, type Span } from './spaces.js'

/** The sections holding tables. */
const TABLE_SECTIONS = ['active', 'applications', 'appeals'] as const

/**
 * The items of `items` (sorted by `at`) whose offset is in none of `spans` (sorted, not
 * overlapping) and inside `within` when given: one pass over both.
 */
function keep<Item>(items: readonly Item[], at: (item: Item) => number, spans: readonly Span[], within: Span | null): Item[] {
  const result: Item[] = []
  let index = 0
  for (const item of items) {
    const offset = at(item)
    if (within !== null && (offset < within.start || offset >= within.end)) continue
    while (index < spans.length && (spans[index] as Span).end <= offset) index++
    const span = spans[index]
    if (span === undefined || offset < span.start) result.push(item)
  }
  return result
}

/** Outermost spans only, sorted: nested chrome is already blanked by its parent. */
function outermost(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  const result: Span[] = []
  for (const span of sorted) {
    const last = result[result.length - 1]
    if (last !== undefined && span.start < last.end) continue
    result.push(span)
  }
  return result
}

/**
 * Read a 政府信息公开工作年度报告 from its web page (a whole page or the article's markup).
 *
 * Returns the same model as `parseReport`, read by the same template matcher; `sources`
 * and every diagnostic's `place` are lines, columns and offsets in the HTML. Tables are read
 * from the markup (`rowspan`/`colspan`, cells split over `<p>`/`<span>`/`<br>`, `&nbsp;`
 * blanks); site chrome is ignored. `report.prose` has its whitespace collapsed as a browser
 * shows it (none between Chinese characters, paragraphs on lines of their own), so indexes
 * into a prose string do not map one to one onto the HTML: `sources['prose.overview']` is
 * the span of the section's text in the page.
 *
 * Never throws on a string; a page without the report's tables gets an `html-no-tables`
 * error. Throws a `TypeError` when `html` is not a string or the options are malformed.
 *
 * @example
 * ```js
 * import { parseHtmlReport } from 'zfxxgk/html'
 * const report = parseHtmlReport(html)
 * report.applications.newRequests.total // 218
 * report.sources['applications.newRequests.total'].start // { line, column, offset } in the HTML
 * ```
 */
export function parseHtmlReport(html: string, options?: ParseOptions): Report {
  if (typeof html !== 'string') throw new TypeError(`parseHtmlReport expects the page's HTML as a string, got ${describe(html)}`)
  const { readers, locale } = checkOptions(options, 'parseHtmlReport')
  const scan = scanHtml(html)

  // Chrome elements first, then everything outside the article.
  const chrome = outermost(scan.chrome)
  let view = blank(scan.view, chrome)
  let normalized = normalize(view)
  const sections = findSections(normalized)
  const headings = Object.values(sections).map((region) => region.heading)
  const title = headings.length === 0 ? -1 : titleLine(view, Math.min(...headings))
  const article = articleSpan(sections, title, scan.containers)
  if (article !== null) {
    const outside = [
      { start: 0, end: article.start },
      { start: article.end, end: html.length },
    ]
    // The article holds every heading: the sections stay where they were.
    view = blank(view, outside)
    normalized = blank(normalized, outside)
  }
  const cells = keep(scan.cells, (cell) => cell.start, chrome, article)

  const report = readReport({ original: html, normalized, display: view }, [createTokenReader('html', cells), ...readers.map((reader) => outsideTables(reader, cells))], locale)
  showProse(report, view, scan.padding)
  const locator = createLocator(html)
  pageMetadata(report, view, normalized, sections, title, article, locator)
  const offset = (at: number): number => at
  const counts = { tables: keep(scan.tables, offset, chrome, article).length, images: keep(scan.images, offset, chrome, article).length }
  const missing = missingTables(cells, sections, counts, view, locator, locale)
  if (missing !== null) report.diagnostics.push(missing)
  return report
}

/** The `html-no-tables` error when no table section holds a cell, else `null`. */
function missingTables(
  cells: readonly Token[],
  sections: Partial<Record<SectionId, Region>>,
  counts: { tables: number; images: number },
  view: string,
  locator: Locator,
  locale: Locale,
): Diagnostic | null {
  const regions = TABLE_SECTIONS.map((id) => sections[id]).filter((region) => region !== undefined)
  const found = regions.length === 0 ? cells.length : regions.reduce((sum, region) => sum + countTokens(cells, region.start, region.end), 0)
  if (found > 0) return null
  const where = sections.applications ?? regions[0]
  let place = null
  if (where !== undefined) {
    // The heading's start may take in the markup before it on its line: start at its text.
    let start = where.heading
    while (start < where.end && view.charCodeAt(start) <= 0x20) start++
    place = locator.position(start, where.end)
  }
  return diagnostic('html-no-tables', 'error', noReportTables, counts, locale, { place, path: [...TABLE_SECTIONS] })
}
