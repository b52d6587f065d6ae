/**
 * parse5's tokenizer, saying where each piece of markup is — without its location info.
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
 * Runs of characters that change nothing but the position are passed over in one native
 * search instead of one state call each: most of a page is text and long `style="…"`
 * values, and a state call per character costs several times what the search does. A run
 * stops at line breaks (the preprocessor counts lines and folds CRLF) and surrogates (it
 * pairs them), so the preprocessor stands after it as it would have after reading it:
 *
 * - in text (data, RCDATA, RAWTEXT, script data, PLAINTEXT), a run starts at any character
 *   but `<` and a line break, and goes up to the next `<`: text yields nothing but character
 *   tokens, which nothing reads here (references in it are decoded by `view.ts`);
 * - in a quoted attribute value, a run starts after a character that only extended the run
 *   of input parse5 slices the value from, and goes up to the quote, `&` or NUL: each
 *   character in it would only have extended that run, so the value is the same string;
 * - in a tag's or an attribute's name, a run starts after a character parse5 appended to
 *   the name, and holds the characters it appends as they are (no ASCII capital, nothing
 *   that ends the name or is a parse error in it): the run is appended at once.
 *
 * Text's parse errors (a NUL, a malformed reference) go unreported: the scanner asks for none.
 */
import { Tokenizer, type Token as Html, type TokenHandler } from 'parse5'

const TAB = 0x09
const LINE_FEED = 0x0a
const FORM_FEED = 0x0c
const SPACE = 0x20
const AMPERSAND = 0x26
const SOLIDUS = 0x2f
const LESS_THAN = 0x3c
const EQUALS = 0x3d
const GREATER_THAN = 0x3e
const EOF = -1

/** The plain characters of text: up to the next `<`, line break or surrogate. */
const TEXT_RUN = /[^<\n\r\ud800-\udfff]*/y
/** The plain characters of a quoted attribute value, by its quote. */
const DOUBLE_QUOTED_RUN = /[^"&\0\n\r\ud800-\udfff]*/y
const SINGLE_QUOTED_RUN = /[^'&\0\n\r\ud800-\udfff]*/y
/** The characters a tag's or an attribute's name takes as they are. */
const TAG_NAME_RUN = /[^\t\n\f\r />\0A-Z\ud800-\udfff]*/y
const ATTRIBUTE_NAME_RUN = /[^\t\n\f\r />=\0"'<A-Z\ud800-\udfff]*/y

/** May a run of text start at `cp`: it is neither markup, a line break nor the end. */
function isPlainText(cp: number): boolean {
  return cp !== LESS_THAN && cp !== LINE_FEED && cp !== EOF
}

/** May a run of a value follow `cp`: parse5 only extended the value's run of input by it. */
function isPlainValue(cp: number, quote: number): boolean {
  return cp !== quote && cp !== AMPERSAND && cp !== 0 && cp !== LINE_FEED && cp !== EOF
}

/** Did parse5 append `cp` to the name it is reading (a tag's, or an attribute's but for `=`). */
function isNamePart(cp: number): boolean {
  return cp !== SPACE && cp !== LINE_FEED && cp !== TAB && cp !== FORM_FEED && cp !== SOLIDUS && cp !== GREATER_THAN && cp !== 0 && cp !== EOF
}

/** parse5's `Tokenizer` that records where the last token it began starts. */
export class MarkupTokenizer extends Tokenizer {
  /** Offset of the `<` of the last tag, comment or doctype begun; -1 before any. */
  markupStart = -1

  constructor(handler: TokenHandler) {
    super({ sourceCodeLocationInfo: false }, handler)
  }

  /** Offset right after the current code point: inside a token callback, the token's end. */
  get markupEnd(): number {
    return this.preprocessor.offset + 1
  }

  /** A character of text: not added to any token (see above). */
  protected override _emitCodePoint(): void {
    // Text is read from the page itself.
  }

  /** The end of the run of `run` that starts after the current character (its start when none). */
  private runAfter(run: RegExp): number {
    const { preprocessor } = this
    run.lastIndex = preprocessor.pos + 1
    run.test(preprocessor.html)
    return run.lastIndex
  }

  /** Text, shown or not, from `cp` on: past the run, if one starts at `cp`; `false` if not. */
  private skipText(cp: number): boolean {
    if (!isPlainText(cp)) return false
    this.preprocessor.pos = this.runAfter(TEXT_RUN) - 1
    return true
  }

  /** A quoted value: past the run after `cp`, if one may follow it, extending the value's run of input. */
  private skipValue(cp: number, quote: number, run: RegExp): void {
    if (!isPlainValue(cp, quote)) return
    const end = this.runAfter(run)
    this.runEnd = end
    this.preprocessor.pos = end - 1
  }

  /** The run of `run` after the current character, passed over. */
  private takeRun(run: RegExp): string {
    const { preprocessor } = this
    const from = preprocessor.pos + 1
    const end = this.runAfter(run)
    preprocessor.pos = end - 1
    return end === from ? '' : preprocessor.html.slice(from, end)
  }

  protected override _stateTagName(cp: number): void {
    super._stateTagName(cp)
    if (isNamePart(cp)) (this.currentToken as Html.TagToken).tagName += this.takeRun(TAG_NAME_RUN)
  }

  protected override _stateAttributeName(cp: number): void {
    super._stateAttributeName(cp)
    if (isNamePart(cp) && cp !== EQUALS) this.currentAttr.name += this.takeRun(ATTRIBUTE_NAME_RUN)
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

  protected override _statePlaintext(cp: number): void {
    if (!this.skipText(cp)) super._statePlaintext(cp)
  }

  protected override _stateAttributeValueDoubleQuoted(cp: number): void {
    super._stateAttributeValueDoubleQuoted(cp)
    this.skipValue(cp, 0x22, DOUBLE_QUOTED_RUN)
  }

  protected override _stateAttributeValueSingleQuoted(cp: number): void {
    super._stateAttributeValueSingleQuoted(cp)
    this.skipValue(cp, 0x27, SINGLE_QUOTED_RUN)
  }

  /** parse5 asks where the token it begins starts: note it, and build no location. */
  protected override getCurrentLocation(offset: number): null {
    if (offset > 0) this.markupStart = this.preprocessor.offset - offset
    return null
  }
}
