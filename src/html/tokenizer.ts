/**
 * parse5's tokenizer, saying where each piece of markup is — without its location info.
 * It reads the pages `direct-tokenizer.ts` leaves to parse5 (those with `<plaintext>`), and
 * is held to parse5's location info by the same property test.
 *
 * With `sourceCodeLocationInfo`, parse5 builds a location object for every token and every
 * attribute, which costs a quarter of its time. A page is read here for the spans of its
 * markup only, and both ends of each are known without them:
 *
 * - the **end**: parse5 emits a tag, comment or doctype with its input stream on the `>`
 *   that closes it (or at the end of the input), so the token ends one unit later;
 * - the **start**: when parse5 begins a token it asks for the current location `offset` code
 *   points back (`1` for `<p`, `2` for `</p`, `3` for `<!--`, `8` for `<!DOCTYPE`: always
 *   the `<`). Without location info that request returns nothing; here it also records
 *   the offset. Only token starts pass a positive `offset` (attributes and text pass `0`,
 *   the end of a token `-1`), so the last one recorded before an emission is that token's.
 *
 * Both are parse5's own positions, so they agree with its location info exactly (a property
 * test compares them), through CRLF, surrogate pairs and the buffer parse5 drops on long
 * pages (`offset` counts what was dropped).
 *
 * The text between tags is read from the page itself (`view.ts`), so parse5 is spared
 * building character tokens for it: a character of text changes no state of the tokenizer
 * but the token it would be added to. Tags, attributes, comments and their places are built
 * as parse5 builds them.
 *
 * Characters that change nothing but the position are passed over in one native search
 * instead of one turn of parse5's loop each: most of a page is text and attributes, and a
 * turn per character costs several times what the search does. None of them is a line
 * break (the preprocessor counts lines and folds CRLF) or a surrogate (it pairs them), so
 * the preprocessor stands after them as it would have after reading them:
 *
 * - text (data, RCDATA, RAWTEXT, script data; not the obsolete PLAINTEXT), from any character
 *   but `<` and a line break up to the next `<`: text yields nothing but character tokens, which nothing
 *   reads here (references in it are decoded by `view.ts`);
 * - a whole attribute `name=value` (a name from a small letter, without capitals or what is
 *   an error in it, and a value, quoted or not, without `&` or NUL): its name is sliced at
 *   once, its value is the run of input parse5 slices it from, and parse5's own steps are
 *   taken for the `=` and the quotes, so that the duplicate check and the state after it
 *   are parse5's. An attribute whose name nothing reads (the constructor is told which
 *   are read) is not kept at all: no object, name or value is made for it, and it is not
 *   added to the tag;
 * - the rest of a quoted value parse5 is reading (one with a line break or a reference),
 *   after a character that only extended its run of input, up to the quote, `&` or NUL.
 *
 * Text's parse errors (a NUL, a malformed reference) go unreported: the scanner asks for none.
 */
import { type Token as Html, Tokenizer, type TokenHandler } from 'parse5'

const LINE_FEED = 0x0a
const DOUBLE_QUOTE = 0x22
const AMPERSAND = 0x26
const SINGLE_QUOTE = 0x27
const LESS_THAN = 0x3c
const EQUALS = 0x3d

/** Text up to the next `<`, line break or surrogate. */
const TEXT_RUN = /[^<\n\r\ud800-\udfff]*/y
/** A whole attribute, as above: a name, `=`, and a value in double, single or no quotes. */
const ATTRIBUTE = /[a-z][^\t\n\f\r />=\0"'<A-Z\ud800-\udfff]*=(?:"[^"&\0\n\r\ud800-\udfff]*"|'[^'&\0\n\r\ud800-\udfff]*'|[^\t\n\f\r >"'<=`&\0\ud800-\udfff]+)/y
/** The rest of a quoted value, by its quote. */
const DOUBLE_QUOTED_RUN = /[^"&\0\n\r\ud800-\udfff]*/y
const SINGLE_QUOTED_RUN = /[^'&\0\n\r\ud800-\udfff]*/y

/** May a run of text start at `cp`: not at `<`, nor at the end, a line break or a control code below it. */
function isPlainText(cp: number): boolean {
  return cp > LINE_FEED && cp !== LESS_THAN
}

/**
 * May the rest of a value follow `cp`: parse5 only added `cp` to the value's run of input (it
 * is not the quote or `&`, nor the end, a line break or a control code below it).
 */
function isPlainValue(cp: number, quote: number): boolean {
  return cp > LINE_FEED && cp !== quote && cp !== AMPERSAND
}

/** parse5's `Tokenizer` that records where the last token it began starts. */
export class MarkupTokenizer extends Tokenizer {
  /** Offset of the `<` of the last tag, comment or doctype begun; -1 before any. */
  markupStart = -1
  /** The attribute names anything reads: the others are not kept (see {@link takeAttribute}). */
  private readonly read: readonly string[]
  /** Where an attribute that is not kept goes instead of the tag's list. */
  private readonly unread: Html.Attribute = { name: '', value: '' }

  /** A tokenizer for `handler`, keeping the attributes named in `read` (small letters). */
  constructor(handler: TokenHandler, read: readonly string[]) {
    super({ sourceCodeLocationInfo: false }, handler)
    this.read = read
  }

  /** Offset right after the current code point: inside a token callback, the token's end. */
  get markupEnd(): number {
    return this.preprocessor.offset + 1
  }

  /** A character of text: not added to any token (see above). */
  protected override _emitCodePoint(): void {
    // Text is read from the page itself.
  }

  /** Past the run of `run` that starts after the current character (if any): where it ends. */
  private skip(run: RegExp): number {
    const { preprocessor } = this
    run.lastIndex = preprocessor.pos + 1
    run.test(preprocessor.html)
    preprocessor.pos = run.lastIndex - 1
    return run.lastIndex
  }

  /** Text, shown or not, from `cp` on: past the run, if one starts at `cp`; `false` if not. */
  private skipText(cp: number): boolean {
    if (!isPlainText(cp)) return false
    this.skip(TEXT_RUN)
    return true
  }

  /** A quoted value: past its rest after `cp`, if that may follow it, extending its run of input. */
  private skipValue(cp: number, quote: number, run: RegExp): void {
    if (isPlainValue(cp, quote)) this.runEnd = this.skip(run)
  }

  protected override _stateBeforeAttributeName(cp: number): void {
    if (!this.takeAttribute(cp)) super._stateBeforeAttributeName(cp)
  }

  /** A whole attribute from `cp` on (see above), read at once; `false` when there is none. */
  private takeAttribute(cp: number): boolean {
    if (cp < 0x61 || cp > 0x7a) return false
    const { preprocessor } = this
    const { pos, html } = preprocessor
    ATTRIBUTE.lastIndex = pos
    if (!ATTRIBUTE.test(html)) return false
    const end = ATTRIBUTE.lastIndex
    const equals = html.indexOf('=', pos)
    const first = html.charCodeAt(equals + 1)
    // parse5's steps: the name read, then left at the `=`; the value entered (an unquoted one
    // with its first character); each with the preprocessor where parse5's loop puts it.
    const kept = this.isRead(html, pos, equals)
    if (kept) this._createAttr(html.slice(pos, equals))
    else this.skipAttribute()
    preprocessor.pos = equals
    super._stateAttributeName(EQUALS)
    preprocessor.pos = equals + 1
    this._stateBeforeAttributeValue(first)
    const quoted = first === DOUBLE_QUOTE || first === SINGLE_QUOTE
    if (quoted) this.runStart = equals + 2
    this.runEnd = quoted ? end - 1 : end
    // An attribute not kept gets no value: its run is left empty.
    if (!kept) this.runStart = this.runEnd
    preprocessor.pos = end - 1
    // The closing quote, in the value's state.
    if (quoted) this._callState(first)
    return true
  }

  /** Is the name from `start` to `end` in `html` one that is read. */
  private isRead(html: string, start: number, end: number): boolean {
    for (const name of this.read) if (name.length === end - start && html.startsWith(name, start)) return true
    return false
  }

  /**
   * Begin an attribute that nothing reads: the value before it is finished, as
   * `_createAttr` finishes it, and the new one goes where {@link _leaveAttrName} does not
   * add it to the tag. Most attributes of a page are such (`class`, `width`, `lang` …):
   * each kept would cost an object and two strings.
   */
  private skipAttribute(): void {
    this._flushRun('')
    this.unread.value = ''
    this.currentAttr = this.unread
  }

  protected override _leaveAttrName(): void {
    if (this.currentAttr !== this.unread) super._leaveAttrName()
  }

  protected override _stateData(cp: number): void {
    if (!this.skipText(cp)) super._stateData(cp)
  }

  protected override _stateRcdata(cp: number): void {
    if (!this.skipText(cp)) super._stateRcdata(cp)
  }

  protected override _stateRawtext(cp: number): void {
    if (!this.skipText(cp)) super._stateRawtext(cp)
  }

  protected override _stateScriptData(cp: number): void {
    if (!this.skipText(cp)) super._stateScriptData(cp)
  }

  protected override _stateAttributeValueDoubleQuoted(cp: number): void {
    super._stateAttributeValueDoubleQuoted(cp)
    this.skipValue(cp, DOUBLE_QUOTE, DOUBLE_QUOTED_RUN)
  }

  protected override _stateAttributeValueSingleQuoted(cp: number): void {
    super._stateAttributeValueSingleQuoted(cp)
    this.skipValue(cp, SINGLE_QUOTE, SINGLE_QUOTED_RUN)
  }

  /** parse5 asks where the token it begins starts: note it, and build no location. */
  protected override getCurrentLocation(offset: number): null {
    if (offset > 0) this.markupStart = this.preprocessor.offset - offset
    return null
  }
}
