/**
 * One pass of a tokenizer over a page, building no tree.
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
 * The tokenizer reads the markup straight from the string (`direct-tokenizer.ts`); a page
 * with `<plaintext>`, which that one leaves to parse5, is read by parse5's tokenizer without
 * location info (`tokenizer.ts`). Either says where each tag starts and ends; the text
 * between two tags is read from the HTML itself. It is driven
 * as parse5's own parser drives it: after `<script>`, `<style>`, `<title>`, `<textarea>` …
 * it is switched to the text state that element needs, so that `"<p>"` inside a script is
 * not a tag.
 */
import type { Token as Html, TokenHandler } from 'parse5'
import type { Token } from '../tokens.js'
import { CHROME_ATTRIBUTES, ChromeTracker } from './chrome.js'
import { ContainerTracker, type Span } from './containers.js'
import { parseSpan } from './grid.js'
import { TableCollector } from './tables.js'
import { BLOCK, IMG, PRE, ROW_GROUP, TABLE, TD, TH, TR, tagFlags, textElement as textElementOf, type TextElement } from './tags.js'
import { DirectTokenizer, type MarkupHandler } from './direct-tokenizer.js'
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

/** How a page's markup is read: straight from the string, or by parse5's tokenizer. */
export type MarkupReader = 'direct' | 'parse5'

/**
 * Scan `html` in one pass: read straight from the string (`direct-tokenizer.ts`), or, for a
 * page with `<plaintext>`, which that tokenizer leaves to parse5, again by parse5's.
 */
export function scanHtml(html: string): Scan {
  return scanWith(html, 'direct') ?? (scanWith(html, 'parse5') as Scan)
}

/** Scan `html` with the markup read by `reader`; `null` when the direct reader leaves the page to parse5. */
export function scanWith(html: string, reader: MarkupReader): Scan | null {
  return new PageScanner(html, reader).scan()
}

/**
 * One scan of a page: the tokenizer calls its `on…` methods as it emits tokens. A
 * class, not closures made per page (see `SplitWalk` in `solve/split.ts` for why).
 */
class PageScanner implements TokenHandler, MarkupHandler {
  // No parse errors are wanted: `null` (not absent, nor a method) lets parse5 skip checking
  // each character. Set before the tokenizer is made: it looks once, when it is made.
  readonly onParseError = null
  private readonly html: string
  private readonly view: ViewBuilder
  private readonly tables: TableCollector
  private readonly containers = new ContainerTracker()
  private readonly chrome = new ChromeTracker()
  private readonly tableOffsets: number[] = []
  private readonly images: number[] = []
  /** Offset in the HTML up to which the page is read. */
  private cursor = 0
  /** The open element whose content is text, if any (`script` …), and its id. */
  private textElement: TextElement | null = null
  private textId = 0
  /** Open `<pre>` elements: their whitespace is the text's own. */
  private pre = 0
  private chromeMark: ChromeMark | null = null
  /** The span of the markup being emitted, set by `markup`. */
  private start = 0
  private end = 0
  private readonly tokenizer: DirectTokenizer | MarkupTokenizer

  constructor(html: string, reader: MarkupReader) {
    this.html = html
    this.view = new ViewBuilder(html)
    this.tables = new TableCollector(this.view)
    this.tokenizer = reader === 'direct' ? new DirectTokenizer(html, this, READ_ATTRIBUTES) : new MarkupTokenizer(this, READ_ATTRIBUTES)
  }

  /** Read the whole page, and what it yields; `null` when the direct reader leaves it to parse5. */
  scan(): Scan | null {
    const { html, view, tables, tokenizer } = this
    if (tokenizer instanceof MarkupTokenizer) tokenizer.write(html, true)
    else if (!tokenizer.run()) {
      view.release()
      return null
    }
    // A tag still open at the end of the page is dropped, as parse5 drops it: the text ends
    // where it starts.
    this.text(this.textElement === null && tokenizer.markupStart >= this.cursor ? tokenizer.markupStart : html.length)

    tables.close()
    const spans = this.containers.finish(view.length)
    const display = view.finish()
    const normalized = view.normalized()
    return {
      view: display,
      normalized,
      map: { starts: view.starts, ends: view.ends, length: view.length },
      cells: tables.tokens(display, normalized),
      containers: spans,
      tables: this.tableOffsets,
      images: this.images,
      release: view.release.bind(view),
    }
  }

  /** A start tag: a line break, a cell, a table, an image, chrome … as the tag says. */
  onStartTag(tag: Html.TagToken): void {
    this.markup()
    if (this.textElement !== null) return
    const { view, tables, containers, chrome, start, end } = this
    const id = tag.tagID
    const flags = tagFlags(id)
    if (chrome.start(tag)) {
      this.chromeMark = { view: view.mark(), containers: containers.closed, cells: tables.opened, tables: this.tableOffsets.length, images: this.images.length }
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
        this.tableOffsets.push(view.length)
        tables.startTable()
      } else if ((flags & ROW_GROUP) !== 0) tables.rowGroup()
      else if (id === IMG) this.images.push(view.length)
    }
    if ((flags & PRE) !== 0) this.pre++
    const text = textElementOf(id)
    if (text !== undefined) {
      this.tokenizer.state = text.mode
      this.textElement = text
      this.textId = id
    }
  }

  /** An end tag: closes what it ends; a chrome element closing is left out. */
  onEndTag(tag: Html.TagToken): void {
    this.markup()
    const id = tag.tagID
    if (this.textElement !== null) {
      if (id !== this.textId) return
      this.textElement = null
    }
    const { tables } = this
    const flags = tagFlags(id)
    if (this.chrome.end(tag) && this.chromeMark !== null) this.leaveOut(this.chromeMark)
    this.containers.end(id, this.view.length)
    if (id === TD || id === TH) tables.endCell()
    else if (id === TR) tables.endRow()
    else if (id === TABLE) tables.endTable()
    else if ((flags & ROW_GROUP) !== 0) tables.rowGroup()
    if ((flags & BLOCK) !== 0) this.view.lineBreak(this.start, this.end)
    if ((flags & PRE) !== 0 && this.pre > 0) this.pre--
  }

  /** A comment: markup, left out of the view. */
  onComment(): void {
    this.markup()
  }

  /** A doctype: markup, left out of the view. */
  onDoctype(): void {
    this.markup()
  }

  /** The end of the page: {@link scan} reads what is left. */
  onEof(): void {
    // Nothing to do until `write` returns.
  }

  /** Text is read from the page itself, not from parse5's character tokens (see `tokenizer.ts`). */
  onCharacter(): void {
    // Nothing to do.
  }

  /** As {@link onCharacter}. */
  onNullCharacter(): void {
    // Nothing to do.
  }

  /** As {@link onCharacter}. */
  onWhitespaceCharacter(): void {
    // Nothing to do.
  }

  /** The text between the last markup and `to`. */
  private text(to: number): void {
    if (to <= this.cursor) return
    const textElement = this.textElement
    if (textElement === null || textElement.shown) {
      const flow: Flow = textElement !== null ? 'raw' : this.pre > 0 ? 'pre' : 'normal'
      this.view.text(this.cursor, to, flow)
    }
    this.cursor = to
  }

  /** Read up to the markup being emitted, and set its span. */
  private markup(): void {
    const tokenizer = this.tokenizer
    const end = Math.min(tokenizer.markupEnd, this.html.length)
    let start = tokenizer.markupStart
    // parse5 always says; should it not, the markup is taken from where the text ends.
    if (start < this.cursor || start >= end) start = this.cursor
    this.start = start
    this.end = end
    this.text(start)
    this.cursor = end
  }

  /** Leave out a chrome element that closed: its text, cells, containers, tables and images. */
  private leaveOut(mark: ChromeMark): void {
    this.view.restore(mark.view)
    this.containers.truncate(mark.containers, mark.view.length)
    this.tables.drop(mark.cells)
    this.tableOffsets.length = mark.tables
    this.images.length = mark.images
    this.chromeMark = null
  }
}
