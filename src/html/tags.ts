/**
 * What the reader needs to know of each element, by parse5's tag id (`tag.tagID`, which
 * parse5 sets on every tag it emits): a lookup in a small array instead of hashing the
 * tag's name, which parse5 builds afresh for every tag. Every element named here has an
 * id; other elements (`o:p`, custom elements) share `UNKNOWN` and are none of these.
 */
import { html, TokenizerMode } from 'parse5'

/** Its start and end break lines. */
export const BLOCK = 1
/** It may hold the article (`containers.ts`). */
export const CONTAINER = 2
/** As a start tag, it ends the open cell of its table (`</tr>` … as end tags too). */
export const ENDS_CELL = 4
/** A row group: `thead`, `tbody`, `tfoot`. */
export const ROW_GROUP = 8
/** A void element: it has no content and no end tag. */
export const VOID = 16
/** Its content is never the report (`chrome.ts`). */
export const NEVER_CONTENT = 32
/** Its whitespace is the text's own. */
export const PRE = 64

const { TAG_ID, getTagID } = html

/** Flags of each tag id. */
const FLAGS = new Uint8Array(256)

function mark(flag: number, names: readonly string[]): void {
  for (const name of names) FLAGS[getTagID(name)] = (FLAGS[getTagID(name)] as number) | flag
}

mark(BLOCK, [
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr',
  'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'title', 'tr', 'ul',
])
mark(CONTAINER, ['article', 'blockquote', 'body', 'center', 'div', 'main', 'section', 'table', 'td', 'th'])
mark(ENDS_CELL, ['td', 'th', 'tr', 'tbody', 'thead', 'tfoot'])
mark(ROW_GROUP, ['tbody', 'thead', 'tfoot'])
mark(VOID, ['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr'])
mark(NEVER_CONTENT, ['aside', 'button', 'footer', 'nav', 'object', 'select', 'svg', 'template'])
mark(PRE, ['pre', 'listing'])
// Unknown elements are none of these.
FLAGS[TAG_ID.UNKNOWN] = 0

/** The flags of tag id `id`. */
export function tagFlags(id: number): number {
  return FLAGS[id] ?? 0
}

/** Ids the scanner tests one by one. */
export const TD = TAG_ID.TD
export const TH = TAG_ID.TH
export const TR = TAG_ID.TR
export const TABLE = TAG_ID.TABLE
export const IMG = TAG_ID.IMG

/** An element whose content the tokenizer reads as text, and whether that text is shown. */
export interface TextElement {
  mode: (typeof TokenizerMode)[keyof typeof TokenizerMode]
  shown: boolean
}

const TEXT_ELEMENTS: (TextElement | undefined)[] = []
for (const [name, mode, shown] of [
  ['script', TokenizerMode.SCRIPT_DATA, false],
  ['style', TokenizerMode.RAWTEXT, false],
  ['noscript', TokenizerMode.RAWTEXT, false],
  ['iframe', TokenizerMode.RAWTEXT, false],
  ['noembed', TokenizerMode.RAWTEXT, false],
  ['noframes', TokenizerMode.RAWTEXT, false],
  ['xmp', TokenizerMode.RAWTEXT, true],
  ['title', TokenizerMode.RCDATA, false],
  ['textarea', TokenizerMode.RCDATA, false],
  ['plaintext', TokenizerMode.PLAINTEXT, true],
] as const) {
  TEXT_ELEMENTS[getTagID(name)] = { mode, shown }
}

/** The text element of tag id `id`, if it is one. */
export function textElement(id: number): TextElement | undefined {
  return id === TAG_ID.UNKNOWN ? undefined : TEXT_ELEMENTS[id]
}
