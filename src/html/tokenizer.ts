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
 */
import { Tokenizer, type TokenHandler } from 'parse5'

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

  /** parse5 asks where the token it begins starts: note it, and build no location. */
  protected override getCurrentLocation(offset: number): null {
    if (offset > 0) this.markupStart = this.preprocessor.offset - offset
    return null
  }
}
