/**
 * A digit run and its cells: the solver's input, built from the value tokens of one
 * matcher segment.
 *
 * ```
 * 21710000218        →  chars "21710000218", 7 cells of table 三's row
 * 20 0 00 0 121      →  chars "200000121", cuts required after "20", "0", "00", "0"
 * 2648-18538         →  chars "2648-18538" (the sign opens a cell)
 * 02420 / 0044        →  chars "02420/0044", the `/` a blank cell on its own
 * ```
 */
import type { Token } from '../tokens.js'
import { isDigit } from '../tokens.js'

/** What a cell of the run may hold. */
export interface CellSpec {
  key: string
  /** May be negative (本年增/减). */
  signed: boolean
  /** May have a decimal part (amounts). */
  decimal: boolean
}

/** The run, ready to split. */
export interface Run {
  /** Digits, `.` and `-`, spaces and units removed. */
  chars: string
  /** Offset in the text of each char. */
  offsets: number[]
  /** `hard[p]`: a cell must end at position `p` (a space or a token boundary was there). */
  hard: boolean[]
  /** The cells, in the template's order. */
  cells: CellSpec[]
  /** The tokens the run came from. */
  tokens: Token[]
  /** Unit written after the run (`元`), if any. */
  unit: string | null
  /**
   * Set instead of the rest for a run too long for its cells to hold (see `isOverlong` in
   * `split.ts`): its text and span, for the finding that it cannot be split.
   */
  overlong?: { text: string; start: number; end: number }
}

/** How many chars `buildRun` makes of a token's text (`kind`: its token's kind). */
export function runChars(kind: 'digits' | 'number' | 'blank', text: string): number {
  if (kind === 'blank') return isMarkRun(text) ? text.length : 1
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (isDigit(code) || code === 0x2e /* . */ || code === 0x2d /* - */) count++
  }
  return count
}

const UNITS = ['万元', '元']

/** How a blank cell (a not-applicable mark) stands in `chars`. */
export const BLANK = '/'

/** Build a run from value tokens (`digits` or `number`) and the cells they must fill. */
export function buildRun(tokens: readonly Token[], cells: CellSpec[]): Run {
  let chars = ''
  const offsets: number[] = []
  const hard: boolean[] = [false]
  let unit: string | null = null
  let previous: Token | undefined
  for (const token of tokens) {
    const before = previous
    previous = token
    if (token.kind === 'blank') {
      // A blank cell, cut on both sides (`cellValue` reads it as NaN). A run of one mark
      // (`——`, `//`) is one blank cell or several, one mark each: a slot per mark, and the
      // solver tries both.
      if (chars.length > 0) hard[chars.length] = true
      const slots = isMarkRun(token.text) ? token.text.length : 1
      for (let slot = 0; slot < slots; slot++) {
        chars += BLANK
        offsets.push(token.start + slot)
        hard[chars.length] = false
      }
      hard[chars.length] = true
      continue
    }
    let text = token.text
    // Every unit ends with 元: other tokens are not compared with each.
    const written = text.charCodeAt(text.length - 1) === 0x5143 /* 元 */ ? UNITS.find((candidate) => text.endsWith(candidate)) : undefined
    if (written !== undefined) {
      unit = written
      text = text.slice(0, -written.length)
    }
    // `——10`: the dash before the digits may be a minus sign or the end of the blank mark
    // (one cell `——`), so no cut is required between them.
    const afterDashes = before?.kind === 'blank' && before.end === token.start && before.text.charCodeAt(0) === 0x2d
    if (chars.length > 0) hard[chars.length] = !(afterDashes && text.charCodeAt(0) === 0x2d)
    for (let index = 0; index < text.length; index++) {
      const char = text[index] as string
      const code = char.charCodeAt(0)
      if (code <= 0x20) {
        if (chars.length > 0) hard[chars.length] = true
        continue
      }
      if (!isDigit(code) && char !== '.' && char !== '-') continue
      chars += char
      offsets.push(token.start + index)
      hard[chars.length] = false
    }
  }
  hard[chars.length] = true
  return { chars, offsets, hard, cells, tokens: [...tokens], unit }
}

/** Is `text` a run of one repeated dash or slash (`--`, `///`). */
function isMarkRun(text: string): boolean {
  const first = text.charCodeAt(0)
  if (first !== 0x2d && first !== 0x2f) return false
  for (let index = 1; index < text.length; index++) if (text.charCodeAt(index) !== first) return false
  return true
}
