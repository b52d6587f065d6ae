/**
 * The characters of markup, as the HTML standard's tokenizer tells them apart inside a tag:
 * one typed-array read per character for the ASCII ones, which are all that end or change
 * anything there.
 */

const TAB = 0x09
const LINE_FEED = 0x0a
const FORM_FEED = 0x0c
const CARRIAGE_RETURN = 0x0d
const SPACE = 0x20
/** `!` */
export const EXCLAMATION = 0x21
/** `"` */
export const DOUBLE_QUOTE = 0x22
/** `'` */
export const SINGLE_QUOTE = 0x27
/** `-` */
export const DASH = 0x2d
/** `/` */
export const SLASH = 0x2f
/** `<` */
export const LESS_THAN = 0x3c
/** `=` */
export const EQUALS = 0x3d
/** `>` */
export const GREATER_THAN = 0x3e
/** `?` */
export const QUESTION = 0x3f

/** What a character is inside a tag, for the ASCII ones: a bit set of the classes below. */
export const CLASS = new Uint8Array(128)
/** Whitespace (CR too: the standard's preprocessor makes it LF). */
export const SPACE_CLASS = 1
/** Ends a tag's name: whitespace, `/`, `>`. */
export const NAME_END = 2
/** Ends an attribute's name: as a tag's, and `=`. */
export const ATTRIBUTE_NAME_END = 4
/** Ends an unquoted value: whitespace, `>`. */
export const VALUE_END = 8
/** An ASCII capital, or NUL: the name must be rewritten. */
export const REWRITTEN = 16
for (const code of [SPACE, LINE_FEED, TAB, CARRIAGE_RETURN, FORM_FEED]) CLASS[code] = SPACE_CLASS | NAME_END | ATTRIBUTE_NAME_END | VALUE_END
CLASS[SLASH] = NAME_END | ATTRIBUTE_NAME_END
CLASS[GREATER_THAN] = NAME_END | ATTRIBUTE_NAME_END | VALUE_END
CLASS[EQUALS] = ATTRIBUTE_NAME_END
for (let code = 0x41; code <= 0x5a; code++) CLASS[code] = REWRITTEN
CLASS[0] = REWRITTEN

/** Is `code` (a UTF-16 unit, or NaN past the end) of class `flag`. */
export function is(code: number, flag: number): boolean {
  return code < 128 && ((CLASS[code] as number) & flag) !== 0
}

/** Is `code` an ASCII letter, either case. */
export function isAsciiLetter(code: number): boolean {
  return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a
}

/** Does `html` have `word` (small letters) at `at`, in any case (as parse5 compares: each unit with 0x20 set). */
export function startsWithIgnoringCase(html: string, word: string, at: number): boolean {
  if (at + word.length > html.length) return false
  for (let index = 0; index < word.length; index++) if ((html.charCodeAt(at + index) | 0x20) !== word.charCodeAt(index)) return false
  return true
}
