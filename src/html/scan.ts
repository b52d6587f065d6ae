/**
 * One pass of parse5's tokenizer over a page, building no tree.
 *
 * It yields the *view* of the page — its text as a browser shows it, markup left out, block
 * boundaries as line breaks, references decoded, whitespace collapsed, site chrome left out
 * (`view.ts`, `chrome.ts`) — with the span of the HTML each of its characters stands for:
 *
 * ```
 * html  <div><p>规章</p><br>年度<b>报告</b><nav>首页</nav></div>
 * view  规章\n年度报告
 * ```
 *
 * Alongside come the table cells as tokens over the view (`tables.ts`), the spans of the
 * container elements in the view (`containers.ts`), and where the `<table>` and `<img>`
 * tags stand in it.
 *
 * The tokenizer runs without location info and says where each tag starts and ends
 * (`tokenizer.ts`); the text between two tags is read from the HTML itself. It is driven
 * as parse5's own parser drives it: after `<script>`, `<style>`, `<title>`, `<textarea>` …
 * it is switched to the text state that element needs, so that `"<p>"` inside a script is
 * not a tag.
 */
import type { Token as Html, TokenHandler } from 'parse5'
import type { Token } from '../tokens.js'
import { CHROME_ATTRIBUTES, createChromeTracker } from './chrome.js'
import { createContainerTracker, type Span } from './containers.js'
import { parseSpan } from './grid.js'
import { createTableCollector } from './tables.js'
import { BLOCK, IMG, PRE, ROW_GROUP, TABLE, TD, TH, TR, tagFlags, textElement as textElementOf, type TextElement } from './tags.js'
import { MarkupTokenizer } from './tokenizer.js'
import type { ViewMap } from './view-locator.js'
import { ViewBuilder, type Flow, type ViewMark } from './view.js'

/** What one pass over a page yields. */
export interface Scan {
  /** The view of the page, and its normalization (`normalize`, same length). */
  view: string
  normalized: string
  /** Where each character of the view stands in the HTML. */
  map: ViewMap
  /** Every table cell outside chrome, sorted by start, with offsets in the view (see `tables.ts`). */
  cells: Token[]
  /** Spans of the container elements in the view. */
  containers: Span[]
  /** Offsets in the view of the `<table>` and `<img>` start tags outside chrome. */
  tables: number[]
  images: number[]
  /** Let the next scan reuse the map's arrays: call once nothing reads it any more. */
  release(): void
}

/** The attributes the scan reads: the chrome's, and the spans of a cell. The others are not kept. */
const READ_ATTRIBUTES = [...CHROME_ATTRIBUTES, 'rowspan', 'colspan']

/** Where everything stood when a chrome element opened, to leave it out when it closes. */
interface ChromeMark {
  view: ViewMark
  containers: number
  cells: number
  tables: number
  images: number
}

/** Scan `html` in one pass. */
export function scanHtml(html: string): Scan {
  const view = new ViewBuilder(html)
  const tables = createTableCollector(view)
  const containers = createContainerTracker()
  const chrome = createChromeTracker()
  const tableOffsets: number[] = []
  const images: number[] = []
  /** Offset in the HTML up to which the page is read. */
  let cursor = 0
  /** The open element whose content is text, if any (`script` …), and its id. */
  let textElement: TextElement | null = null
  let textId = 0
  /** Open `<pre>` elements: their whitespace is the text's own. */
  let pre = 0
  let chromeMark: ChromeMark | null = null

  /** The text between the last markup and `to`. */
  function text(to: number): void {
    if (to <= cursor) return
    if (textElement === null || textElement.shown) {
      const flow: Flow = textElement !== null ? 'raw' : pre > 0 ? 'pre' : 'normal'
      view.text(cursor, to, flow)
    }
    cursor = to
  }

  /** The span of the markup being emitted, set by `markup`. */
  let start = 0
  let end = 0

  /** Read up to the markup being emitted, and set its span. */
  function markup(): void {
    end = Math.min(tokenizer.markupEnd, html.length)
    start = tokenizer.markupStart
    // parse5 always says; should it not, the markup is taken from where the text ends.
    if (start < cursor || start >= end) start = cursor
    text(start)
    cursor = end
  }

  function startTag(tag: Html.TagToken): void {
    markup()
    if (textElement !== null) return
    const id = tag.tagID
    const flags = tagFlags(id)
    if (chrome.start(tag)) {
      chromeMark = { view: view.mark(), containers: containers.closed, cells: tables.opened, tables: tableOffsets.length, images: images.length }
    }
    containers.start(id, view.length)
    if (id === TD || id === TH) {
      chrome.cell()
      let rowspan: string | null = null
      let colspan: string | null = null
      for (const attr of tag.attrs) {
        if (attr.name === 'rowspan') rowspan = attr.value
        else if (attr.name === 'colspan') colspan = attr.value
      }
      if (!tables.startCell(start, end, parseSpan(rowspan, 'rowspan'), parseSpan(colspan, 'colspan'))) view.lineBreak(start, end)
    } else {
      if ((flags & BLOCK) !== 0) view.lineBreak(start, end)
      if (id === TR) tables.startRow(start)
      else if (id === TABLE) {
        tableOffsets.push(view.length)
        tables.startTable()
      } else if ((flags & ROW_GROUP) !== 0) tables.rowGroup()
      else if (id === IMG) images.push(view.length)
    }
    if ((flags & PRE) !== 0) pre++
    const text = textElementOf(id)
    if (text !== undefined) {
      tokenizer.state = text.mode
      textElement = text
      textId = id
    }
  }

  function endTag(tag: Html.TagToken): void {
    markup()
    const id = tag.tagID
    if (textElement !== null) {
      if (id !== textId) return
      textElement = null
    }
    const flags = tagFlags(id)
    if (chrome.end(tag) && chromeMark !== null) leaveOut(chromeMark)
    containers.end(id, view.length)
    if (id === TD || id === TH) tables.endCell()
    else if (id === TR) tables.endRow()
    else if (id === TABLE) tables.endTable()
    else if ((flags & ROW_GROUP) !== 0) tables.rowGroup()
    if ((flags & BLOCK) !== 0) view.lineBreak(start, end)
    if ((flags & PRE) !== 0 && pre > 0) pre--
  }

  /** Leave out a chrome element that closed: its text, cells, containers, tables and images. */
  function leaveOut(mark: ChromeMark): void {
    view.restore(mark.view)
    containers.truncate(mark.containers, mark.view.length)
    tables.drop(mark.cells)
    tableOffsets.length = mark.tables
    images.length = mark.images
    chromeMark = null
  }

  const ignore = (): void => undefined
  const handler: TokenHandler = {
    // No parse errors are wanted: `null` (not absent) lets parse5 skip checking each character.
    onParseError: null,
    onStartTag: startTag,
    onEndTag: endTag,
    onComment: markup,
    onDoctype: markup,
    onEof: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
  }
  const tokenizer = new MarkupTokenizer(handler, READ_ATTRIBUTES)
  tokenizer.write(html, true)
  // A tag still open at the end of the page is dropped, as parse5 drops it: the text ends
  // where it starts.
  text(textElement === null && tokenizer.markupStart >= cursor ? tokenizer.markupStart : html.length)

  tables.close()
  const spans = containers.finish(view.length)
  const display = view.finish()
  const normalized = view.normalized()
  return {
    view: display,
    normalized,
    map: { starts: view.starts, ends: view.ends, length: view.length },
    cells: tables.tokens(display, normalized),
    containers: spans,
    tables: tableOffsets,
    images,
    release: () => view.release(),
  }
}
