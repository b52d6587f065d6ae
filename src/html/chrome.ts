/**
 * Site chrome: what a government web page wraps around a report — navigation, headers and
 * footers, share buttons, related links, scripts — and must not be read as the report.
 *
 * Two rules, both safe by construction:
 *
 * 1. **Elements that are never content** are blanked: `nav`, `footer`, `aside`, form
 *    controls, `template`, `svg`, elements marked `hidden`, `style="display:none"`, or
 *    `role="navigation" | "search" | "contentinfo"` (`script`, `style`, `title` … are
 *    skipped by the scanner itself). Such an element is kept after all when it is never
 *    closed (malformed markup would otherwise blank the rest of the page) or when it holds
 *    a table of report size.
 * 2. **The article**: once the report's sections are found, the smallest container element
 *    holding the title line and every section heading is the article; the page outside it
 *    is blanked. Without sections nothing is trimmed.
 */
import type { Token as Html } from 'parse5'
import type { Region } from '../template/sections.js'
import type { SectionId } from '../template/types.js'
import type { Span } from './spaces.js'

const NEVER_CONTENT = new Set(['aside', 'button', 'footer', 'nav', 'object', 'select', 'svg', 'template'])
const CHROME_ROLES = new Set(['contentinfo', 'navigation', 'search'])
const HIDDEN_STYLE = /display\s*:\s*none/i
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr'])
/** A chrome element holding this many table cells holds the report: keep it. */
const REPORT_CELLS = 20

/** Is the element opened by `tag` one whose content is never the report. */
export function isChrome(tag: Html.TagToken): boolean {
  if (VOID.has(tag.tagName)) return false
  if (NEVER_CONTENT.has(tag.tagName)) return true
  for (const { name, value } of tag.attrs) {
    if (name === 'hidden') return true
    if (name === 'role' && CHROME_ROLES.has(value.trim().toLowerCase())) return true
    if (name === 'style' && HIDDEN_STYLE.test(value)) return true
  }
  return false
}

/** Follows chrome elements through the page. */
export interface ChromeTracker {
  start(tag: Html.TagToken, at: number): void
  end(name: string, after: number): void
  /** A table cell starts. */
  cell(): void
  /** The spans of the chrome elements that were closed, in document order. */
  readonly spans: Span[]
}

/** Create a {@link ChromeTracker}. */
export function createChromeTracker(): ChromeTracker {
  const spans: Span[] = []
  // The outermost open chrome element: nested elements of the same name are counted so
  // that its own end tag is the one that closes it.
  let open: { name: string; start: number; depth: number; cells: number } | null = null
  return {
    spans,
    start(tag, at) {
      if (open !== null) {
        if (tag.tagName === open.name) open.depth++
      } else if (isChrome(tag)) {
        open = { name: tag.tagName, start: at, depth: 1, cells: 0 }
      }
    },
    end(name, after) {
      if (open === null || name !== open.name || --open.depth > 0) return
      if (open.cells < REPORT_CELLS) spans.push({ start: open.start, end: after })
      open = null
    },
    cell() {
      if (open !== null) open.cells++
    },
  }
}

/** Longest line taken for the title line (compacted). */
const TITLE_MAX = 100

/** The line's text without whitespace. */
function compactLine(text: string, start: number, end: number): string {
  let result = ''
  for (let index = start; index < end; index++) if (text.charCodeAt(index) > 0x20) result += text[index] as string
  return result
}

/** Start of the last short line naming the report (`…年度报告`) before `before`, or -1. */
export function titleLine(view: string, before: number): number {
  let end = before
  while (end > 0) {
    const start = view.lastIndexOf('\n', end - 1) + 1
    const line = compactLine(view, start, end)
    if (line.length <= TITLE_MAX && line.includes('年度报告') && !line.includes('。')) return start
    end = start - 1
  }
  return -1
}

/**
 * The article: the smallest container span holding every section heading and the title
 * line above them (`title`, -1 when none). `null` when no section was found or no
 * container holds them all.
 */
export function articleSpan(sections: Partial<Record<SectionId, Region>>, title: number, containers: readonly Span[]): Span | null {
  const headings = Object.values(sections).map((region) => region.heading)
  if (headings.length === 0) return null
  const first = Math.min(...headings)
  const last = Math.max(...headings)
  const from = title === -1 ? first : title
  let best: Span | null = null
  for (const span of containers) {
    if (span.start > from || span.end <= last) continue
    if (best === null || span.end - span.start < best.end - best.start) best = span
  }
  return best
}
