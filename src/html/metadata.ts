/**
 * The metadata of a page, read from its article.
 *
 * The core looks for the title in the first few thousand characters and for a signature
 * date in the last few hundred; on a web page those are offsets into the HTML, and a
 * site's header markup alone can be longer than that. So the metadata is read again (the
 * same `readMetadata`) from the part of the page that holds the report — from the line
 * above the title line (a title may need the body's name above it) to the end of the
 * article — with places moved back onto the page; and the places are cut to the text,
 * since a line of the view starts and ends in the markup around it (`<h1>…</h1>`).
 */
import { readMetadata } from '../metadata.js'
import type { Report } from '../model.js'
import type { Locator } from '../position.js'
import type { Region } from '../template/sections.js'
import type { SectionId } from '../template/types.js'
import type { Span } from './spaces.js'

const KEYS = ['title', 'year', 'publishedAt'] as const

/** Read the metadata of the `article` span (the part holding the report) again, into `report`. */
function fromArticle(report: Report, view: string, normalized: string, sections: Partial<Record<SectionId, Region>>, article: Span, locator: Locator): void {
  const shift = article.start
  const moved: Locator = {
    point: (offset) => locator.point(offset + shift),
    position: (start, end) => locator.position(start + shift, end + shift),
  }
  const regions: Partial<Record<SectionId, Region>> = {}
  for (const [id, region] of Object.entries(sections) as [SectionId, Region][]) {
    regions[id] = { ...region, heading: region.heading - shift, start: region.start - shift, end: Math.min(region.end, article.end) - shift }
  }
  const metadata = readMetadata(view.slice(article.start, article.end), normalized.slice(article.start, article.end), regions, moved)
  report.title = metadata.title
  report.organ = metadata.organ
  report.year = metadata.year
  report.publishedAt = metadata.publishedAt
  for (const key of KEYS) {
    const source = metadata.sources[key]
    if (source === undefined) Reflect.deleteProperty(report.sources, key)
    else report.sources[key] = source
  }
}

/** Cut the metadata's places to the text they hold. */
function tighten(report: Report, view: string, locator: Locator): void {
  for (const key of KEYS) {
    const source = report.sources[key]
    if (source === undefined) continue
    let start = source.start.offset
    let end = source.end.offset
    while (start < end && view.charCodeAt(start) <= 0x20) start++
    while (end > start && view.charCodeAt(end - 1) <= 0x20) end--
    if (start !== source.start.offset || end !== source.end.offset) report.sources[key] = locator.position(start, end)
  }
}

/** Start of the nearest line above `line` with text, or `line` itself. */
function lineAbove(view: string, line: number): number {
  let end = line - 1
  while (end > 0) {
    const start = view.lastIndexOf('\n', end - 1) + 1
    for (let index = start; index < end; index++) if (view.charCodeAt(index) > 0x20) return start
    end = start - 1
  }
  return line
}

/**
 * Read the page's metadata from the part holding the report, and place it on its text.
 * `title` is the start of the title line (-1 when none was seen), `article` the article's
 * span (`null` when none).
 */
export function pageMetadata(
  report: Report,
  view: string,
  normalized: string,
  sections: Partial<Record<SectionId, Region>>,
  title: number,
  article: Span | null,
  locator: Locator,
): void {
  const start = title !== -1 ? lineAbove(view, title) : (article?.start ?? 0)
  const end = article?.end ?? view.length
  if (start > 0 || end < view.length) fromArticle(report, view, normalized, sections, { start, end }, locator)
  tighten(report, view, locator)
}
