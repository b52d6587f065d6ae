/**
 * Tokens: what a reader hands the template matcher.
 *
 * A reader turns one layout into a flat stream of cells in reading order. It knows nothing
 * of 申请 or 复议: it only says where a cell is and whether it holds a number, a label, a
 * not-applicable mark, nothing, or running prose.
 */
import type { TokenSink } from './token-list.js'

/**
 * - `label`: text that may name a row, a column or a section;
 * - `number`: a cell holding one number (see {@link readNumber});
 * - `blank`: a cell that holds no number on purpose (`/`, `—`, `无`), or an empty cell where
 *   the layout makes cells explicit (HTML): a value position whose value is `null`;
 * - `empty`: nothing written where the layout may or may not have a cell (runs of `|`,
 *   tabs that stand for merged cells): ignored unless it sits between values of one row;
 * - `prose`: running text;
 * - `digits`: a run of digits holding several cells with no separator (concatenated
 *   layout), split by the solver under the balance rules.
 */
export type TokenKind = 'label' | 'number' | 'blank' | 'empty' | 'prose' | 'digits'

/** One cell of the layout. */
export interface Token {
  kind: TokenKind
  /** The cell's text, trimmed, from the normalized text. */
  text: string
  /** Offset of the first code unit (inclusive). */
  start: number
  /** Offset after the last code unit (exclusive). */
  end: number
  /**
   * Tokens with the same `row` come from one table row or one line; readers that know
   * rows set it (tab, pipe, markdown, aligned, HTML). The built-in readers give every token
   * this key, `undefined` when the row is not known: tokens of one shape keep the matcher's
   * optimized code from being thrown away when a batch mixes layouts.
   */
  row?: number | undefined
}

/** A number as a cell writes it. */
export interface CellNumber {
  value: number
  /** Unit written after the number (`元`, `万元`, `件` …), or `null`. */
  unit: string | null
}

const UNITS = ['万元', '元', '件', '个', '项', '条', '次'] as const

/** Marks that say "not applicable" or "none" instead of a number. */
const NOT_APPLICABLE = new Set(['/', '//', '-', '--', '---', '无', '\\', 'N/A', 'n/a', '空'])

/** Is `code` whitespace for our purposes (ASCII controls and space; the rest is normalized). */
export function isSpace(code: number): boolean {
  return code <= 0x20
}

/** Is `code` an ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** The first offset in `text[start, end)` that is not whitespace, or `end`. */
export function skipSpaces(text: string, start: number, end: number): number {
  while (start < end && isSpace(text.charCodeAt(start))) start++
  return start
}

/** The offset after the last character of `text[start, end)` that is not whitespace, or `start`. */
export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--
  return end
}

/** Bounds of `text.slice(start, end)` without surrounding whitespace. */
export function trimBounds(text: string, start: number, end: number): [number, number] {
  const from = skipSpaces(text, start, end)
  return [from, trimEnd(text, from, end)]
}

/**
 * Read a cell holding one number: an optional sign (`-`, `+`, `减`, `增`), digits with
 * optional thousands separators, an optional decimal part, an optional unit. Returns
 * `null` for anything else, and for integers too long to be exact (over 15 digits).
 * A hand-written scanner: linear, no backtracking.
 */
export function readNumber(cell: string): CellNumber | null {
  const value = scanNumber(cell)
  return Number.isNaN(value) ? null : { value, unit: scannedUnit }
}

/** Does the cell hold one number, as {@link readNumber} reads it (without building the result). */
export function holdsNumber(cell: string): boolean {
  return !Number.isNaN(scanNumber(cell))
}

/**
 * The unit of the number `scanNumber` read last. Module state rather than a result object:
 * every cell of every table is scanned, and most only to be classified.
 */
let scannedUnit: string | null = null

/** The value of the number `cell` holds (see {@link readNumber}), `NaN` when it holds none; its unit in `scannedUnit`. */
function scanNumber(cell: string): number {
  let index = 0
  const length = cell.length
  let sign = 1
  const first = cell.charCodeAt(0)
  if (first === 0x2d /* - */ || cell.startsWith('减')) {
    sign = -1
    index = 1
  } else if (first === 0x2b /* + */ || cell.startsWith('增')) {
    index = 1
  }
  while (index < length && cell.charCodeAt(index) === 0x20) index++
  const digitsStart = index
  let integerDigits = 0
  let groupDigits = -1 // digits since the last thousands separator, -1 when none seen
  while (index < length) {
    const code = cell.charCodeAt(index)
    if (isDigit(code)) {
      integerDigits++
      if (groupDigits >= 0) groupDigits++
      index++
    } else if (code === 0x2c /* , */ && integerDigits > 0 && (groupDigits === -1 ? integerDigits <= 3 : groupDigits === 3)) {
      groupDigits = 0
      index++
    } else break
  }
  if (integerDigits === 0 || integerDigits > 15 || (groupDigits !== -1 && groupDigits !== 3)) return Number.NaN
  let numberEnd = index
  if (index < length && cell.charCodeAt(index) === 0x2e /* . */) {
    let fraction = 0
    index++
    while (index < length && isDigit(cell.charCodeAt(index))) {
      fraction++
      index++
    }
    if (fraction === 0) return Number.NaN
    numberEnd = index
  }
  let unit: string | null = null
  if (index < length) {
    const rest = cell.slice(index).trim()
    unit = UNITS.find((candidate) => candidate === rest) ?? null
    if (unit === null) return Number.NaN
  }
  // Plain integers (nearly every cell) are summed as they are scanned; the rest go through Number.
  let magnitude: number
  if (numberEnd === digitsStart + integerDigits) {
    magnitude = 0
    for (let at = digitsStart; at < numberEnd; at++) magnitude = magnitude * 10 + (cell.charCodeAt(at) - 0x30)
  } else {
    magnitude = Number(groupDigits === -1 ? cell.slice(digitsStart, numberEnd) : cell.slice(digitsStart, numberEnd).replaceAll(',', ''))
  }
  const value = sign * magnitude
  if (!Number.isFinite(value)) return Number.NaN
  scannedUnit = unit
  // -0 is 0: a cell never means negative zero.
  return value === 0 ? 0 : value
}

/** Longest not-applicable mark. */
const MARK_MAX = 3

/** Is the cell a not-applicable mark (`/`, `—`, `无` …). */
export function isNotApplicable(cell: string): boolean {
  // The length first: looking a label up would hash all of it; then the first unit, as no
  // mark opens with a digit: most short cells are numbers, and each lookup hashes the cell.
  return cell.length <= MARK_MAX && !isDigit(cell.charCodeAt(0)) && NOT_APPLICABLE.has(cell)
}

/** Can a number (see {@link readNumber}) start with the code unit `code`: a digit or a sign. */
function mayBeNumber(code: number): boolean {
  return isDigit(code) || code === 0x2d /* - */ || code === 0x2b /* + */ || code === 0x51cf /* 减 */ || code === 0x589e /* 增 */
}

/** Longest text still taken for a label rather than prose. */
const LABEL_MAX = 80

/** Decide what kind of cell `text` (already trimmed) is. */
export function classify(text: string): TokenKind {
  if (text.length === 0) return 'empty'
  if (isNotApplicable(text)) return 'blank'
  if (mayBeNumber(text.charCodeAt(0)) && holdsNumber(text)) return 'number'
  if (text.length > LABEL_MAX || text.includes('。')) return 'prose'
  return 'label'
}

/**
 * Push the cell `text[start, end)` onto `tokens`, trimmed and classified. Readers call this
 * for every cell they find.
 */
export function pushCell(tokens: Token[], text: string, start: number, end: number, row?: number): void {
  addCell(new ArraySink(tokens, text), text, start, end, row)
}

/**
 * A sink that pushes {@link Token} objects onto `tokens`, their text sliced from `text`. A
 * class, not a closure made per region: every cell of a report's tables goes through `add`
 * (see `SplitWalk` in `solve/split.ts` for why).
 */
export class ArraySink implements TokenSink {
  constructor(
    private readonly tokens: Token[],
    private readonly text: string,
  ) {}

  /** Push the cell `text[start, end)` (`sliced` when the caller has its text already). */
  add(kind: TokenKind, start: number, end: number, row?: number, sliced?: string): void {
    const cell = sliced ?? this.text.slice(start, end)
    this.tokens.push({ kind, text: cell, start, end, row })
  }
}

/** {@link pushCell} into any sink: the built-in readers write compact lists (`token-list.ts`). */
export function addCell(sink: TokenSink, text: string, start: number, end: number, row?: number): void {
  // Trimmed without a bounds pair to allocate: this runs for every cell of a table.
  start = skipSpaces(text, start, end)
  end = trimEnd(text, start, end)
  const cell = text.slice(start, end)
  sink.add(classify(cell), start, end, row, cell)
}

/** Is there a space in `text[from, to)` (looking no further: a search past `from` could cross the whole text). */
function hasSpace(text: string, from: number, to: number): boolean {
  for (let index = to - 1; index >= from; index--) if (text.charCodeAt(index) === 0x20) return true
  return false
}

/**
 * Push a cell of a line-based layout that may hold a row written with single spaces:
 * `一、本年新收政府信息公开申请数量 101 0 0 0 0 0 101` is a label and seven numbers,
 * `2 3 0 0 5` five numbers. The trailing numbers are split off only when every word after
 * the label is a number; anything else is one cell.
 */
export function pushSpacedCell(sink: TokenSink, text: string, start: number, end: number, row?: number): void {
  const from = skipSpaces(text, start, end)
  const to = trimEnd(text, from, end)
  // Cheap test first: a row written this way ends with a digit and holds a space.
  if (to === from || !isDigit(text.charCodeAt(to - 1)) || !hasSpace(text, from, to)) {
    addCell(sink, text, from, to, row)
    return
  }
  // Walk back over the trailing words while they are numbers.
  const numbers: [number, number][] = []
  let wordEnd = to
  while (wordEnd > from) {
    let wordStart = wordEnd
    while (wordStart > from && !isSpace(text.charCodeAt(wordStart - 1))) wordStart--
    if (readNumber(text.slice(wordStart, wordEnd)) === null) break
    numbers.push([wordStart, wordEnd])
    wordEnd = trimEnd(text, from, wordStart)
  }
  const labelEnd = wordEnd
  if (numbers.length === 0 || (labelEnd === from && numbers.length < 2)) {
    addCell(sink, text, from, to, row)
    return
  }
  if (labelEnd > from) {
    const label = text.slice(from, labelEnd)
    // Running text that ends with a number is not a row.
    if (classify(label) !== 'label') {
      addCell(sink, text, from, to, row)
      return
    }
    addCell(sink, text, from, labelEnd, row)
  }
  for (let index = numbers.length - 1; index >= 0; index--) {
    const [wordStart, wordEnd2] = numbers[index] as [number, number]
    addCell(sink, text, wordStart, wordEnd2, row)
  }
}
