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
 * browser breaks them. One exception to "every character where it stands": a short table
 * cell's text is written at the start of the cell's span as the `html` reader reads it
 * (joined across `<p>`/`<span>`/`<br>`, whitespace collapsed), so that a header the page
 * splits over several `<p>`s (`本年新<br>制作数量`) reads whole in the view too — the
 * template's format is detected from those headers. The characters of such a cell stay
 * inside the cell's span; the cell's token has its exact span.
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
import { createTextDecoder } from './decode.js'
import { parseSpan } from './grid.js'
import { overwrite, spaces, type Span } from './spaces.js'
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
  /** The spaces after each decoded reference in the view, in order: not the page's text. */
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

/** Scan `html` in one pass. */
export function scanHtml(html: string): Scan {
  const decoder = createTextDecoder(html)
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
    parts.push(decoder.view(from, to, inCell))
    if (inCell) tables.text(decoder.text, from, to)
  }

  /** Markup at `[start, end)`: spaces, a line break first for block boundaries. */
  function markup(start: number, end: number, block: boolean): void {
    text(start)
    const from = Math.max(start, cursor)
    if (end <= from) return
    parts.push(block ? `\n${spaces(end - from - 1)}` : spaces(end - from))
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

  let view = parts.join('')
  // The view's length is the page's by construction; never let a surprise move offsets.
  if (view.length !== html.length) view = view.length > html.length ? view.slice(0, html.length) : view + spaces(html.length - view.length)
  const { cells, texts } = tables.finish()
  return {
    view: overwrite(view, texts),
    cells,
    containers: containers.finish(html.length),
    chrome: chrome.spans,
    tables: tableOffsets,
    images,
    padding: decoder.padding,
  }
}
