/**
 * `zfxxgk/html`: read a report from its original web page, with parse5.
 *
 * ```
 * html ──scan (a tokenizer, one pass, no tree)──▶ view + table cells         scan.ts
 *      ──article──▶ the view from the title to the end of the article       chrome.ts
 *      ──readReport (the core pipeline, the same matcher)──▶ report         ../parse.ts
 * ```
 *
 * The view is the page's text as a browser shows it (markup and site chrome left out,
 * whitespace collapsed), short, so that the core reads a few kilobytes rather than the
 * page's markup; each of its characters knows the span of the HTML it stands for, so every
 * position the core reports is placed in the HTML (`view.ts`). The tables are read by the
 * `html` reader from the cells of the markup, one token per cell.
 */
import { diagnostic, type Diagnostic, type Locale } from '../diagnostics.js'
import type { Report } from '../model.js'
import { checkOptions, describe, readReport, type ParseOptions } from '../parse.js'
import type { Locator } from '../position.js'
import type { Token } from '../tokens.js'
import { collapse } from '../markup/collapse.js'
import { createTokenReader, hasTokens, outsideTables } from '../markup/reader.js'
import { findSections, type Region } from '../template/sections.js'
import type { SectionId } from '../template/types.js'
import { articleSpan, lineAbove, titleLine } from './chrome.js'
import { noReportTables } from './messages.js'
import { scanHtml } from './scan.js'
import { createViewLocator } from './view-locator.js'

/** The sections holding tables. */
const TABLE_SECTIONS = ['active', 'applications', 'appeals'] as const

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
  const { view, normalized } = scan

  // The article, and the part of it the report is read from: from the line above the title
  // (a title may need the body's name above it) to the article's end.
  const sections = findSections(normalized)
  const headings = Object.values(sections).map((region) => region.heading)
  const title = headings.length === 0 ? -1 : titleLine(view, Math.min(...headings))
  const article = articleSpan(sections, title, scan.containers)
  const from = title === -1 ? (article?.start ?? 0) : lineAbove(view, title, article?.start ?? 0)
  const to = Math.min(article?.end ?? view.length, view.length)

  const cells = within(scan.cells, from, to)
  const display = view.slice(from, to)
  const locator = createViewLocator(html, display, scan.map, from, to)
  const report = readReport(
    { original: html, normalized: normalized.slice(from, to), display, locator },
    [createTokenReader('html', cells), ...readers.map((reader) => outsideTables(reader, cells))],
    locale,
  )
  for (const id of ['overview', 'problems', 'otherMatters'] as const) {
    const prose = report.prose[id]
    if (prose !== null) report.prose[id] = collapse(prose, true)
  }
  const inArticle = (at: number): boolean => article === null || (at >= article.start && at < article.end)
  const counts = { tables: scan.tables.filter(inArticle).length, images: scan.images.filter(inArticle).length }
  const missing = missingTables(cells, shift(sections, from, to), counts, display, locator, locale)
  if (missing !== null) report.diagnostics.push(missing)
  scan.release()
  return report
}

/** The tokens inside `[from, to)`, moved to offsets in `view.slice(from, to)`. */
function within(tokens: readonly Token[], from: number, to: number): Token[] {
  const result: Token[] = []
  for (const token of tokens) {
    if (token.start < from || token.end > to) continue
    token.start -= from
    token.end -= from
    result.push(token)
  }
  return result
}

/** The sections moved to offsets in `view.slice(from, to)`. */
function shift(sections: Partial<Record<SectionId, Region>>, from: number, to: number): Partial<Record<SectionId, Region>> {
  const moved: Partial<Record<SectionId, Region>> = {}
  for (const [id, region] of Object.entries(sections) as [SectionId, Region][]) {
    const at = (offset: number) => Math.min(Math.max(offset, from), to) - from
    moved[id] = { id, heading: at(region.heading), start: at(region.start), end: at(region.end) }
  }
  return moved
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
  const found = regions.length === 0 ? cells.length > 0 : regions.some((region) => hasTokens(cells, region.start, region.end))
  if (found) return null
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
