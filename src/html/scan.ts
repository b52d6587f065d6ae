/**
 * One pass of parse5's tokenizer over a page, building no tree.
 *
 * It yields the *view* of the page — a string of exactly the HTML's length in which every
 * tag, comment and doctype, and the content of `script`, `style`, `title` …, is spaces,
 * and every character reference is its character followed by spaces — so that an offset
 * in the view is an offset in the HTML, and everything that reads text (sections,
 * metadata, prose, the text readers) reads the page unchanged:
 *
 * ```
 * html  <p>规章</p><td>&nbsp;</td><br>2019年
 * view  \n  规章\n   \n    ␠     \n   \n   2019年
 * ```
 *
 * Block boundaries (`<p>`, `</p>`, `<br>`, `<tr>`, `</td>`, `<div>`, headings, `<li>` …)
 * put a `\n` as the first character of their replacement, so that lines appear where a
 * browser breaks them. One exception to "every character where it stands": short text is
 * written whole at the start of its span, as it reads — a table cell's text as the `html`
 * reader reads it (joined across `<p>`/`<span>`/`<br>`, whitespace collapsed), and a short
 * line's text without its inline markup (`lines.ts`) — so that a header split over `<p>`s
 * (`本年新<br>制作数量`, the format is detected from those) or a heading split over
 * `<span>`s reads whole in the view too. Such characters stay inside their cell's or
 * line's span; the cells' tokens have their exact spans.
 *
 * Alongside come the table cells (`tables.ts`), the container spans (`containers.ts`) and
 * the chrome elements (`chrome.ts`).
 *
 * The tokenizer is driven as parse5's own parser drives it: after `<script>`, `<style>`,
 * `<title>`, `<textarea>` … it is switched to the text state that element needs, so that
 * `"<p>"` inside a script is not a tag.
 */
import { Tokenizer, TokenizerMode, type Token as Html, type TokenHandler } from 'parse5'
import type { Token } from '../tokens.js'
import { createChromeTracker, type ChromeTracker } from './chrome.js'
import { createContainerTracker } from './containers.js'
import { createRunDecoder } from './decode.js'
import { parseSpan } from './grid.js'
import { createLineTracker } from './lines.js'
import { lineBreak, overwrite, spaces, type Patch, type Span } from './spaces.js'
import { createTableCollector } from './tables.js'

/** What one pass over a page yields. */
export interface Scan {
  /** The same-length view of the page. */
  view: string
  /** Every table cell, in document order (see `tables.ts`). */
  cells: Token[]
  /** Spans of the container elements. */
  containers: Span[]
  /** Spans of the chrome elements, in document order. */
  chrome: Span[]
  /** Offsets of the `<table>` and `<img>` start tags. */
  tables: number[]
  images: number[]
  /** The spaces after each decoded reference in the view (outside what was written whole), in order: not the page's text. */
  padding: Span[]
}

/** Elements whose start and end break lines. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr',
  'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'title', 'tr', 'ul',
])

/** Elements whose content the tokenizer reads as text, and whether that text is shown. */
const TEXT_ELEMENTS: ReadonlyMap<string, { mode: (typeof TokenizerMode)[keyof typeof TokenizerMode]; shown: boolean }> = new Map([
  ['script', { mode: TokenizerMode.SCRIPT_DATA, shown: false }],
  ['style', { mode: TokenizerMode.RAWTEXT, shown: false }],
  ['noscript', { mode: TokenizerMode.RAWTEXT, shown: false }],
  ['iframe', { mode: TokenizerMode.RAWTEXT, shown: false }],
  ['noembed', { mode: TokenizerMode.RAWTEXT, shown: false }],
  ['noframes', { mode: TokenizerMode.RAWTEXT, shown: false }],
  ['xmp', { mode: TokenizerMode.RAWTEXT, shown: true }],
  ['title', { mode: TokenizerMode.RCDATA, shown: false }],
  ['textarea', { mode: TokenizerMode.RCDATA, shown: false }],
  ['plaintext', { mode: TokenizerMode.PLAINTEXT, shown: true }],
])

const ROW_GROUPS = new Set(['tbody', 'thead', 'tfoot'])

function attribute(tag: Html.TagToken, name: string): string | null {
  for (const attr of tag.attrs) if (attr.name === name) return attr.value
  return null
}

/**
 * The cells' patches, and the lines' that no cell's covers (a line inside a report table's
 * cell is part of the cell's text; a line inside a layout cell holding an article is not).
 */
function mergePatches(cells: readonly Patch[], lines: readonly Patch[]): Patch[] {
  const merged: Patch[] = [...cells]
  let index = 0
  for (const line of lines) {
    while (index < cells.length && (cells[index] as Patch).end <= line.start) index++
    const cell = cells[index]
    if (cell === undefined || cell.start >= line.end) merged.push(line)
  }
  return merged.sort((a, b) => a.start - b.start)
}

/** The spans of `spans` outside every patch (both sorted by start): a patch has no padding. */
function outside(spans: readonly Span[], patches: readonly Patch[]): Span[] {
  const result: Span[] = []
  let index = 0
  for (const span of spans) {
    while (index < patches.length && (patches[index] as Patch).end <= span.start) index++
    const patch = patches[index]
    if (patch === undefined || patch.start >= span.end) result.push(span)
  }
  return result
}

/** Scan `html` in one pass. */
export function scanHtml(html: string): Scan {
  const decoder = createRunDecoder(html)
  const tables = createTableCollector(html)
  const containers = createContainerTracker()
  const chrome: ChromeTracker = createChromeTracker()
  const parts: string[] = []
  const tableOffsets: number[] = []
  const images: number[] = []
  /** Offset up to which the view is built. */
  let cursor = 0
  /** The open element whose content is text, if any (`script` …). */
  let textElement: { name: string; shown: boolean } | null = null
  const lines = createLineTracker(html)
  /** Open `<pre>` elements: their whitespace is the text's own. */
  let pre = 0

  /** The text between the last markup and `to`. */
  function text(to: number): void {
    const from = cursor
    if (to <= from) return
    cursor = to
    if (textElement !== null) {
      parts.push(textElement.shown ? html.slice(from, to) : spaces(to - from))
      return
    }
    const inCell = tables.inCell
    const tracked = pre === 0
    parts.push(decoder.view(from, to, inCell || tracked))
    if (inCell) tables.text(decoder.text, from, to)
    if (tracked) lines.text(decoder.text, from, to, decoder.text.length !== to - from)
  }

  /** Markup at `[start, end)`: spaces, a line break first for block boundaries. */
  function markup(start: number, end: number, block: boolean): void {
    text(start)
    if (block) lines.end()
    else lines.markup()
    const from = Math.max(start, cursor)
    if (end <= from) return
    parts.push(block ? lineBreak(end - from) : spaces(end - from))
    cursor = end
  }

  function startTag(tag: Html.TagToken): void {
    const location = tag.location as Html.Location
    const name = tag.tagName
    const block = BLOCKS.has(name)
    markup(location.startOffset, location.endOffset, block)
    if (textElement !== null) return
    chrome.start(tag, location.startOffset)
    containers.start(name, location.startOffset)
    if (name === 'td' || name === 'th') {
      chrome.cell()
      tables.startCell(location.startOffset, location.endOffset, parseSpan(attribute(tag, 'rowspan'), 'rowspan'), parseSpan(attribute(tag, 'colspan'), 'colspan'))
    } else if (name === 'tr') tables.startRow(location.startOffset)
    else if (name === 'table') {
      tableOffsets.push(location.startOffset)
      tables.startTable()
    } else if (ROW_GROUPS.has(name)) tables.rowGroup()
    else if (name === 'img') images.push(location.startOffset)
    else if (block) tables.lineBreak()
    if (name === 'pre' || name === 'listing') pre++
    const textMode = TEXT_ELEMENTS.get(name)
    if (textMode !== undefined) {
      tokenizer.state = textMode.mode
      textElement = { name, shown: textMode.shown }
    }
  }

  function endTag(tag: Html.TagToken): void {
    const location = tag.location as Html.Location
    const name = tag.tagName
    const block = BLOCKS.has(name)
    markup(location.startOffset, location.endOffset, block)
    if (textElement !== null) {
      if (name !== textElement.name) return
      textElement = null
    }
    chrome.end(name, location.endOffset)
    containers.end(name, location.startOffset, location.endOffset)
    if (name === 'td' || name === 'th') tables.endCell()
    else if (name === 'tr') tables.endRow()
    else if (name === 'table') tables.endTable()
    else if (ROW_GROUPS.has(name)) tables.rowGroup()
    else if (block) tables.lineBreak()
    if ((name === 'pre' || name === 'listing') && pre > 0) pre--
  }

  function other(token: Html.CommentToken | Html.DoctypeToken): void {
    const location = token.location as Html.Location
    markup(location.startOffset, location.endOffset, false)
  }

  const ignore = (): void => undefined
  const handler: TokenHandler = {
    onStartTag: startTag,
    onEndTag: endTag,
    onComment: other,
    onDoctype: other,
    onEof: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
  }
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler)
  tokenizer.write(html, true)
  text(html.length)
  lines.end()

  let view = parts.join('')
  // The view's length is the page's by construction; never let a surprise move offsets.
  if (view.length !== html.length) view = view.length > html.length ? view.slice(0, html.length) : view + spaces(html.length - view.length)
  const { cells, texts } = tables.finish()
  const patches = mergePatches(texts, lines.patches)
  return {
    view: overwrite(view, patches),
    cells,
    containers: containers.finish(html.length),
    chrome: chrome.spans,
    tables: tableOffsets,
    images,
    padding: outside(decoder.padding, patches),
  }
}
