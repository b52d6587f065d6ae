/**
 * Site chrome: what a government web page wraps around a report — navigation, headers and
 * footers, share buttons, related links, scripts — and must not be read as the report.
 *
 * Two rules, both safe by construction:
 *
 * 1. **Elements that are never content** are left out of the view: `nav`, `footer`, `aside`, form
 *    controls, `template`, `svg`, elements marked `hidden`, `style="display:none"`, or
 *    `role="navigation" | "search" | "contentinfo"` (`script`, `style`, `title` … are
 *    skipped by the scanner itself). Such an element is kept after all when it is never
 *    closed (malformed markup would otherwise leave out the rest of the page) or when it holds
 *    a table of report size.
 * 2. **The article**: once the report's sections are found, the smallest container element
 *    holding the title line and every section heading is the article; the page outside it
 *    is left out. Without sections nothing is trimmed.
 */
import type { Token as Html } from 'parse5'
import type { Region } from '../template/sections.js'
import type { SectionId } from '../template/types.js'
import type { Span } from './containers.js'
import { NEVER_CONTENT, tagFlags, VOID } from './tags.js'

const CHROME_ROLES = new Set(['contentinfo', 'navigation', 'search'])
/**
 * A style that hides its element. Pages put a long style on every element (Word's exports);
 * the regex finds its literal in them faster than a prefilter looking for `:`s.
 */
const HIDDEN_STYLE = /display\s*:\s*none/i
/** A chrome element holding this many table cells holds the report: keep it. */
const REPORT_CELLS = 20

/** The attributes {@link isChrome} reads. */
export const CHROME_ATTRIBUTES: readonly string[] = ['hidden', 'role', 'style']

/** Is the element opened by `tag` one whose content is never the report. */
export function isChrome(tag: Html.TagToken): boolean {
  const flags = tagFlags(tag.tagID)
  if ((flags & VOID) !== 0) return false
  if ((flags & NEVER_CONTENT) !== 0) return true
  for (const { name, value } of tag.attrs) {
    if (name === 'hidden') return true
    if (name === 'role' && CHROME_ROLES.has(value.trim().toLowerCase())) return true
    if (name === 'style' && HIDDEN_STYLE.test(value)) return true
  }
  return false
}

/** The outermost open chrome element, and what it holds so far. */
interface OpenChrome {
  name: string
  /** Open elements of its name, itself included: its own end tag is the one that closes it. */
  depth: number
  cells: number
}

/**
 * Follows chrome elements through the page. A class, not closures made per page (see
 * `SplitWalk` in `solve/split.ts` for why).
 */
export class ChromeTracker {
  /** The outermost open chrome element (only it is followed), or `null`. */
  private open: OpenChrome | null = null

  /** A start tag: `true` when it opens a chrome element (only the outermost is followed). */
  start(tag: Html.TagToken): boolean {
    const open = this.open
    if (open !== null) {
      if (tag.tagName === open.name) open.depth++
      return false
    }
    if (!isChrome(tag)) return false
    this.open = { name: tag.tagName, depth: 1, cells: 0 }
    return true
  }

  /**
   * An end tag: `true` when it closes the chrome element followed, and that element is to
   * be left out (it holds fewer than a report's cells).
   */
  end(tag: Html.TagToken): boolean {
    const open = this.open
    if (open === null || tag.tagName !== open.name || --open.depth > 0) return false
    this.open = null
    return open.cells < REPORT_CELLS
  }

  /** A table cell starts. */
  cell(): void {
    if (this.open !== null) this.open.cells++
  }
}

/** Longest line taken for the title line (compacted). */
const TITLE_MAX = 100

/** The line's text without whitespace; `null` when that is longer than {@link TITLE_MAX}. */
function compactLine(text: string, start: number, end: number): string | null {
  let count = 0
  for (let index = start; index < end; index++) if (text.charCodeAt(index) > 0x20 && ++count > TITLE_MAX) return null
  if (count === end - start) return text.slice(start, end)
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
    if (line !== null && line.includes('年度报告') && !line.includes('。')) return start
    end = start - 1
  }
  return -1
}

/**
 * Start of the nearest line with text above the line starting at `line`, not before
 * `floor`; `line` itself when there is none. A title may need the body's name above it.
 */
export function lineAbove(view: string, line: number, floor: number): number {
  let end = line - 1
  while (end > floor) {
    const start = Math.max(floor, view.lastIndexOf('\n', end - 1) + 1)
    for (let index = start; index < end; index++) if (view.charCodeAt(index) > 0x20) return start
    end = start - 1
  }
  return line
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
