/**
 * The markup of a page read straight from its string, as parse5's tokenizer reads it.
 *
 * parse5 reads a page one code point at a time: each goes through its preprocessor and a
 * turn of its state machine, and each character of a tag's name is added to a string of
 * its own. Even with the shortcuts of `tokenizer.ts`, that was half the time of reading a
 * report's page, for markup of which the scan keeps little: where each tag, comment and
 * doctype stands, a tag's name and a few of its attributes. This tokenizer finds the same things with native searches (`indexOf`)
 * and one loop over the characters of a tag, and calls the same handler methods with
 * the same tokens and the same spans (`markupStart`, `markupEnd`).
 *
 * It follows the HTML standard's tokenizer (as parse5 does) for everything a page outside
 * foreign content holds:
 *
 * - **text** runs to the next `<`; a `<` not followed by a letter, `/`, `!` or `?` is text;
 * - **tags** (`<name …>`, `</name …>`): the name runs to whitespace, `/` or `>`, with capitals
 *   in small letters; attributes are read by the standard's states, quoted, unquoted or
 *   without a value, `/>` marks a self-closing tag, and a tag the page ends in is dropped;
 * - **comments** (`<!--` … `-->` or `--!>`, and the short `<!-->`, `<!--->`) and **bogus
 *   comments** (`<?…>`, `<!…>`, `</ …>`, up to the next `>`), emitted at the page's end too;
 *   `<![CDATA[…]]>` outside foreign content is a bogus comment;
 * - **doctypes** (`<!DOCTYPE …>`, up to the next `>`);
 * - **the text of `<title>`, `<style>`, `<script>` …** (the state `state` is set to after their
 *   start tag), up to `</` and the same name followed by whitespace, `/` or `>`, through a
 *   script's escaped text (`text-end.ts`).
 *
 * Only the attributes named in `read` are kept, and only the first of a name, as parse5
 * keeps it. Their values are preprocessed as parse5 does (CR and CRLF become LF) and their
 * character references decoded with the decoder parse5 uses, in its mode for attributes.
 *
 * A NUL in a name or a kept value becomes U+FFFD, as the standard has it; elsewhere it changes
 * nothing the scan reads. The obsolete `<plaintext>` is left to parse5 itself: on it {@link
 * DirectTokenizer.run} stops and says so, and the page is read again with `tokenizer.ts`.
 * A property test holds both tokenizers to parse5's own location info.
 */
import { decodeHTMLAttribute } from 'entities/decode'
import { html as elements, Token as Html, TokenizerMode } from 'parse5'
import {
  ATTRIBUTE_NAME_END, CLASS, DOUBLE_QUOTE, EQUALS, EXCLAMATION, GREATER_THAN, is, isAsciiLetter, NAME_END, QUESTION, REWRITTEN, SINGLE_QUOTE, SLASH,
  SPACE_CLASS, startsWithIgnoringCase, VALUE_END,
} from './markup-chars.js'
import { textEnd } from './text-end.js'

/** A tokenizer state the scan sets: parse5's values. */
export type TextMode = (typeof TokenizerMode)[keyof typeof TokenizerMode]

/** What the tokenizer calls as markup goes by. The token is reused: keep none of it. */
export interface MarkupHandler {
  onStartTag(tag: Html.TagToken): void
  onEndTag(tag: Html.TagToken): void
  onComment(): void
  onDoctype(): void
}

/** `name` as the standard's tokenizer writes it: ASCII capitals small, NUL as U+FFFD. */
function rewrite(name: string): string {
  return name.replace(/[A-Z]+/g, (capitals) => capitals.toLowerCase()).replaceAll('\0', '\ufffd')
}

/** A tag name and parse5's id for it. */
interface KnownName {
  name: string
  id: number
}

const NAME_SLOTS = 64

/** The slot of {@link DirectTokenizer} names for the name from `start` to `end`: by its first and last unit and length. */
function nameSlot(html: string, start: number, end: number): number {
  return (html.charCodeAt(start) + html.charCodeAt(end - 1) * 3 + (end - start) * 7) & (NAME_SLOTS - 1)
}

function emptyTag(type: Html.TokenType.START_TAG | Html.TokenType.END_TAG): Html.TagToken {
  return { type, tagName: '', tagID: elements.TAG_ID.UNKNOWN, selfClosing: false, ackSelfClosing: false, attrs: [], location: null }
}

/** A tokenizer over one page, for one {@link MarkupHandler}. */
export class DirectTokenizer {
  /** Offset of the `<` of the last tag, comment or doctype begun; -1 before any. */
  markupStart = -1
  /** Offset right after the markup last emitted (inside a handler call: the token's end). */
  markupEnd = 0
  /** The state to read in: `DATA`, or the text state an element's start tag calls for. */
  state: TextMode = TokenizerMode.DATA
  private readonly html: string
  private readonly handler: MarkupHandler
  private readonly read: readonly string[]
  private pos = 0
  /** The name of the last start tag emitted: the end tag a text state waits for. */
  private lastStartTag = ''
  private lastStartTagId: number = elements.TAG_ID.UNKNOWN
  /** Tag names seen, with their ids (see {@link knownName}). */
  private readonly names: (KnownName | undefined)[] = new Array<KnownName | undefined>(NAME_SLOTS).fill(undefined)
  private readonly startTag = emptyTag(Html.TokenType.START_TAG)
  private readonly endTag = emptyTag(Html.TokenType.END_TAG)

  /** A tokenizer for `html` calling `handler`, keeping the attributes named in `read` (small letters). */
  constructor(html: string, handler: MarkupHandler, read: readonly string[]) {
    this.html = html
    this.handler = handler
    this.read = read
  }

  /**
   * Read the whole page. `false` when it holds `<plaintext>`, left to parse5: the handler has
   * then been called for part of the page, and the page must be read again.
   */
  run(): boolean {
    const { html } = this
    while (this.pos < html.length) {
      const state = this.state
      if (state === TokenizerMode.DATA) this.data()
      else if (state === TokenizerMode.PLAINTEXT) return false
      else this.text(state === TokenizerMode.SCRIPT_DATA)
    }
    return true
  }

  /** From text in the data state to past the next markup, or to the end. */
  private data(): void {
    const { html } = this
    const lt = html.indexOf('<', this.pos)
    if (lt < 0) {
      this.pos = html.length
      return
    }
    const next = html.charCodeAt(lt + 1)
    if (isAsciiLetter(next)) this.tag(lt, lt + 1, this.startTag)
    else if (next === SLASH) {
      const third = html.charCodeAt(lt + 2)
      if (isAsciiLetter(third)) this.tag(lt, lt + 2, this.endTag)
      // `</>` is nothing, `</` at the end text.
      else if (third === GREATER_THAN || lt + 2 >= html.length) this.pos = Math.min(lt + 3, html.length)
      else this.bogusComment(lt, lt + 2)
    } else if (next === EXCLAMATION) this.declaration(lt)
    else if (next === QUESTION) this.bogusComment(lt, lt + 1)
    // Any other `<`, or one at the end, is text.
    else this.pos = lt + 1
  }

  /** `<!`: a comment, a doctype, or a bogus comment. */
  private declaration(lt: number): void {
    const { html } = this
    if (html.startsWith('--', lt + 2)) this.emitMarkup(lt, this.commentEnd(lt), false)
    else if (startsWithIgnoringCase(html, 'doctype', lt + 2)) {
      const gt = html.indexOf('>', lt + 2)
      this.emitMarkup(lt, gt < 0 ? html.length : gt + 1, true)
    } else this.bogusComment(lt, lt + 2)
  }

  /**
   * The end of the comment `<!--` at `lt` opens: after the first `-->`, from `<!-->` on, or
   * `--!>` once its `--` is the comment's own (`<!--!>` goes on); the page's end without one.
   */
  private commentEnd(lt: number): number {
    const { html } = this
    for (let from = lt + 2; ; ) {
      const dashes = html.indexOf('--', from)
      if (dashes < 0) return html.length
      const next = html.charCodeAt(dashes + 2)
      if (next === GREATER_THAN) return dashes + 3
      if (next === EXCLAMATION && dashes >= lt + 4 && html.charCodeAt(dashes + 3) === GREATER_THAN) return dashes + 4
      from = dashes + 1
    }
  }

  /** A bogus comment from `lt`, read from `from` to the next `>` (or the end). */
  private bogusComment(lt: number, from: number): void {
    const gt = this.html.indexOf('>', from)
    this.emitMarkup(lt, gt < 0 ? this.html.length : gt + 1, false)
  }

  private emitMarkup(start: number, end: number, doctype: boolean): void {
    this.markupStart = start
    this.markupEnd = end
    this.pos = end
    if (doctype) this.handler.onDoctype()
    else this.handler.onComment()
  }

  /** A tag from `lt`, its name from `nameStart`. */
  private tag(lt: number, nameStart: number, token: Html.TagToken): void {
    const { html } = this
    this.markupStart = lt
    let index = nameStart
    let rewritten = false
    for (; index < html.length; index++) {
      const code = html.charCodeAt(index)
      if (code < 128) {
        const flags = CLASS[code] as number
        if ((flags & NAME_END) !== 0) break
        if ((flags & REWRITTEN) !== 0) rewritten = true
      }
    }
    const known = rewritten ? null : this.knownName(nameStart, index)
    if (known !== null) this.emitTag(token, known.name, known.id, index)
    else {
      const name = rewritten ? rewrite(html.slice(nameStart, index)) : html.slice(nameStart, index)
      const id = elements.getTagID(name)
      if (!rewritten) this.names[nameSlot(html, nameStart, index)] = { name, id }
      this.emitTag(token, name, id, index)
    }
  }

  /**
   * The name from `start` to `end`, with its id, when it is the one last seen in its slot
   * of {@link names}: a page has few names, so most tags are found there without slicing
   * and hashing a new string.
   */
  private knownName(start: number, end: number): KnownName | null {
    const known = this.names[nameSlot(this.html, start, end)]
    return known !== undefined && known.name.length === end - start && this.html.startsWith(known.name, start) ? known : null
  }

  /** Read the attributes of a tag named `name` from `from`, and emit it; drop it if the page ends first. */
  private emitTag(token: Html.TagToken, name: string, id: number, from: number): void {
    token.tagName = name
    token.tagID = id
    token.selfClosing = false
    if (token.attrs.length > 0) token.attrs = []
    const end = this.attributes(from, token)
    if (end < 0) {
      this.pos = this.html.length
      return
    }
    this.markupEnd = end
    this.pos = end
    this.state = TokenizerMode.DATA
    if (token === this.startTag) {
      this.lastStartTag = name
      this.lastStartTagId = id
      this.handler.onStartTag(token)
    } else this.handler.onEndTag(token)
  }

  /** Past the whitespace from `index`. */
  private skipSpace(index: number): number {
    const { html } = this
    while (index < html.length && is(html.charCodeAt(index), SPACE_CLASS)) index++
    return index
  }

  /**
   * The attributes of a tag from `index` (after its name) to its `>`, by the standard's
   * attribute states: the offset after the `>`, or -1 when the page ends inside the tag.
   */
  private attributes(index: number, token: Html.TagToken): number {
    const { html } = this
    const length = html.length
    for (;;) {
      index = this.skipSpace(index)
      if (index >= length) return -1
      let code = html.charCodeAt(index)
      if (code === GREATER_THAN) return index + 1
      if (code === SLASH) {
        if (index + 1 >= length) return -1
        if (html.charCodeAt(index + 1) === GREATER_THAN) {
          token.selfClosing = true
          return index + 2
        }
        // A `/` not before `>` is passed over.
        index++
        continue
      }
      // A name: its first character whatever it is (`=` too), then up to whitespace, `/`, `>` or `=`.
      const nameStart = index
      let rewritten = is(code, REWRITTEN)
      for (index++; index < length; index++) {
        code = html.charCodeAt(index)
        if (code < 128) {
          const flags = CLASS[code] as number
          if ((flags & ATTRIBUTE_NAME_END) !== 0) break
          if ((flags & REWRITTEN) !== 0) rewritten = true
        }
      }
      const nameEnd = index
      index = this.skipSpace(index)
      let valueStart = index
      let valueEnd = index
      if (index < length && html.charCodeAt(index) === EQUALS) {
        index = this.skipSpace(index + 1)
        if (index >= length) return -1
        code = html.charCodeAt(index)
        if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
          const close = html.indexOf(code === DOUBLE_QUOTE ? '"' : "'", index + 1)
          if (close < 0) return -1
          valueStart = index + 1
          valueEnd = close
          index = close + 1
        } else if (code !== GREATER_THAN) {
          // Unquoted: up to whitespace or `>`. (`>` right after `=` ends the tag, the value empty.)
          valueStart = index
          while (index < length && !is(html.charCodeAt(index), VALUE_END)) index++
          if (index >= length) return -1
          valueEnd = index
        }
      }
      this.keep(token, nameStart, nameEnd, rewritten, valueStart, valueEnd)
    }
  }

  /** Add the attribute to the tag if its name is read and not already there. */
  private keep(token: Html.TagToken, nameStart: number, nameEnd: number, rewritten: boolean, valueStart: number, valueEnd: number): void {
    const { html } = this
    const name = this.readName(nameStart, nameEnd, rewritten)
    if (name === undefined) return
    for (const attr of token.attrs) if (attr.name === name) return
    let value = html.slice(valueStart, valueEnd)
    if (value.includes('\r')) value = value.replace(/\r\n?/g, '\n')
    if (value.includes('\0')) value = value.replaceAll('\0', '\ufffd')
    if (value.includes('&')) value = decodeHTMLAttribute(value)
    token.attrs.push({ name, value })
  }

  /** The read name the attribute name from `start` to `end` is, if it is one. */
  private readName(start: number, end: number, rewritten: boolean): string | undefined {
    const { html } = this
    const length = end - start
    for (const name of this.read) {
      if (name.length !== length) continue
      if (rewritten ? rewrite(html.slice(start, end)) === name : html.startsWith(name, start)) return name
    }
    return undefined
  }

  /** The text of the element last opened, up to its end tag (emitted) or the end of the page. */
  private text(script: boolean): void {
    const { html, lastStartTag: name } = this
    const lt = textEnd(html, this.pos, name, script)
    if (lt < 0) {
      this.pos = html.length
      return
    }
    this.markupStart = lt
    this.emitTag(this.endTag, name, this.lastStartTagId, lt + 2 + name.length)
  }
}
