/**
 * Where the text of a `<title>`, `<style>`, `<script>` … ends: at the `</` of its end tag,
 * by the HTML standard's text states (RCDATA, RAWTEXT, script data), as parse5 reads them.
 *
 * The end tag is `</`, the element's name in any case, and whitespace, `/` or `>`. Only a
 * script can hide one: after `<!--` its text is *escaped*, and after `<!--<script …` *double
 * escaped*, where `</script>` only leaves the inner `<script` (`-->` ends either). Such a
 * script is followed character by character through the standard's states; any other text
 * is searched for its end tag at once.
 */
import { DASH, EXCLAMATION, GREATER_THAN, is, isAsciiLetter, LESS_THAN, NAME_END, SLASH, startsWithIgnoringCase } from './markup-chars.js'

/** Is the end tag of `name` at `at`, after `</`. */
function isEndTag(html: string, name: string, at: number): boolean {
  return startsWithIgnoringCase(html, name, at) && is(html.charCodeAt(at + name.length), NAME_END)
}

/** The offset of the `</` that ends the text of element `name` from `from` on, or -1 when the page ends first. */
export function textEnd(html: string, from: number, name: string, script: boolean): number {
  for (let at = from; ; ) {
    const lt = html.indexOf('</', at)
    if (lt < 0) return -1
    if (isEndTag(html, name, lt + 2)) {
      if (!script) return lt
      const escape = html.indexOf('<!--', from)
      return escape < 0 || escape > lt ? lt : escapedScriptEnd(html, from)
    }
    at = lt + 2
  }
}

// The standard's script data states (13.2.5.4 and 13.2.5.15–32), by the order they come in;
// the escaped and the double escaped ones in the same order (see `escapedNext`).
const DATA = 0
const LESS_THAN_SIGN = 1
const ESCAPE_START = 2
const ESCAPE_START_DASH = 3
const ESCAPED = 4
const ESCAPED_DASH = 5
const ESCAPED_DASH_DASH = 6
const ESCAPED_LESS_THAN_SIGN = 7
const DOUBLE_ESCAPED = 8
const DOUBLE_ESCAPED_DASH = 9
const DOUBLE_ESCAPED_DASH_DASH = 10
const DOUBLE_ESCAPED_LESS_THAN_SIGN = 11

/**
 * The state after `code` in an escaped or a double escaped state (`base`, the first of
 * four: the text, after `-`, after `--`, after `<`): each `-` goes one further, `<` to the
 * last, `-->` back to the script's data, anything else to the text.
 */
function escapedNext(state: number, code: number, base: number): number {
  if (code === DASH) return state === base ? base + 1 : base + 2
  if (code === LESS_THAN) return base + 3
  return state === base + 2 && code === GREATER_THAN ? DATA : base
}

/** Past the run of ASCII letters from `at`. */
function lettersEnd(html: string, at: number): number {
  while (at < html.length && isAsciiLetter(html.charCodeAt(at))) at++
  return at
}

/**
 * The state after the word of letters at `at` that may start or end a double escape, and
 * where reading goes on: past the whitespace, `/` or `>` after it (switching to `matched` when
 * the word is `script`), or at what else follows it, in `otherwise`.
 */
function afterWord(html: string, at: number, matched: number, otherwise: number): [number, number] {
  const end = lettersEnd(html, at)
  if (!is(html.charCodeAt(end), NAME_END)) return [otherwise, end]
  return [end - at === 6 && startsWithIgnoringCase(html, 'script', at) ? matched : otherwise, end + 1]
}

/** {@link textEnd} for a script whose text holds `<!--`: the states one character at a time. */
function escapedScriptEnd(html: string, from: number): number {
  let state = DATA
  // Each turn reads the character at `at`, or leaves it to be read again in the new state.
  for (let at = from; at < html.length; ) {
    const code = html.charCodeAt(at)
    switch (state) {
      case DATA:
        if (code === LESS_THAN) state = LESS_THAN_SIGN
        at++
        break
      case LESS_THAN_SIGN:
        if (code === SLASH) {
          if (isEndTag(html, 'script', at + 1)) return at - 1
          state = DATA
          at++
        } else if (code === EXCLAMATION) {
          state = ESCAPE_START
          at++
        } else state = DATA
        break
      case ESCAPE_START:
      case ESCAPE_START_DASH:
        if (code === DASH) {
          state = state === ESCAPE_START ? ESCAPE_START_DASH : ESCAPED_DASH_DASH
          at++
        } else state = DATA
        break
      case ESCAPED:
      case ESCAPED_DASH:
      case ESCAPED_DASH_DASH:
        state = escapedNext(state, code, ESCAPED)
        at++
        break
      case ESCAPED_LESS_THAN_SIGN:
        if (code === SLASH) {
          if (isEndTag(html, 'script', at + 1)) return at - 1
          state = ESCAPED
          at++
        } else if (isAsciiLetter(code)) [state, at] = afterWord(html, at, DOUBLE_ESCAPED, ESCAPED)
        else state = ESCAPED
        break
      case DOUBLE_ESCAPED:
      case DOUBLE_ESCAPED_DASH:
      case DOUBLE_ESCAPED_DASH_DASH:
        state = escapedNext(state, code, DOUBLE_ESCAPED)
        at++
        break
      case DOUBLE_ESCAPED_LESS_THAN_SIGN:
        // `</script` and a delimiter goes back to escaped.
        if (code === SLASH) [state, at] = afterWord(html, at + 1, ESCAPED, DOUBLE_ESCAPED)
        else state = DOUBLE_ESCAPED
    }
  }
  return -1
}
