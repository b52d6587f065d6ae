/**
 * The `concatenated` layout: a scraper's `textContent`, cells run together with no
 * separator at all (LAYOUTS.md §5).
 *
 * ```
 * 一、本年新收政府信息公开申请数量21710000218二、上年结转政府信息公开申请数量0000000
 * ```
 *
 * The reader cuts the text into labels and `digits` runs; which digits make which cell is
 * for the solver to decide under the balance rules (`src/solve/`). Three things it settles
 * itself, because they are about the text, not the template:
 *
 * - a following label's numbering glued to the digits (`…2200003252.没有现成…`): a digit
 *   right before `.` or `、` and a non-digit opens the next label;
 * - digits that belong to the prose (`2024年`, `62%`) are left in the label;
 * - not-applicable marks (`/`, `—`, `无`) next to digits, or dashes between labels, are
 *   `blank` tokens: whether `——` is one blank cell or two, and a dash before digits a
 *   blank or a minus sign, is again for the solver.
 */
import { isDigit, isSpace, trimBounds } from '../tokens.js'
import type { TokenSink } from '../token-list.js'
import { defineReader } from './define.js'
import { lineSpans } from './lines.js'
import { detectByShare } from './stats.js'
import type { Reader } from './types.js'

/** Characters after digits that make them part of running text, not a cell. */
const TEXT_SUFFIXES = new Set(['年', '月', '日', '%', '号', '个', '期', '条', '件', '名', '次', '人', '余', '万', '亿', '元'])

/** Units that may end an amount cell. */
const UNIT_SUFFIXES = ['万元', '元']

/** Where the digit run starting at `start` ends: digits, with `.`/`-`/spaces between digits. */
function runEnd(text: string, start: number, end: number): number {
  let index = start
  let last = start // after the last digit
  while (index < end) {
    const code = text.charCodeAt(index)
    if (isDigit(code)) {
      index++
      last = index
    } else if ((code === 0x2e /* . */ || code === 0x2d /* - */ || code === 0x20) && index + 1 < end) {
      // Separators count only between digits (spaces may repeat).
      let next = index + 1
      while (code === 0x20 && next < end && text.charCodeAt(next) === 0x20) next++
      if (next < end && (isDigit(text.charCodeAt(next)) || (code === 0x20 && text.charCodeAt(next) === 0x2d))) index = next
      else break
    } else break
  }
  return last
}

function pushToken(sink: TokenSink, text: string, kind: 'label' | 'digits' | 'blank', start: number, end: number, row: number): void {
  const [from, to] = trimBounds(text, start, end)
  if (to > from) sink.add(kind, from, to, row)
}

/** Reader for cells run together. */
export const concatenatedReader: Reader = defineReader('concatenated', detectByShare('runTogether'), (sink, text, start, end) => {
  const lines = lineSpans(text, start, end)
  for (let line = 0; line < lines.length; line += 2) {
    const lineStart = lines[line] as number
    const lineEnd = lines[line + 1] as number
    let labelStart = lineStart
    let index = lineStart
    while (index < lineEnd) {
      const code = text.charCodeAt(index)
      // A dash before digits may be a minus sign, even after another dash (`—-1`: a blank
      // cell, then -1); the solver also tries it as a blank cell of its own.
      const signed = code === 0x2d && index + 1 < lineEnd && isDigit(text.charCodeAt(index + 1))
      if (!isDigit(code) && !signed) {
        index++
        continue
      }
      let stop = runEnd(text, signed ? index + 1 : index, lineEnd)
      const following = text[stop] ?? ''
      if (TEXT_SUFFIXES.has(following) && !UNIT_SUFFIXES.some((unit) => text.startsWith(unit, stop) && isCellEnd(text, stop + unit.length, lineEnd))) {
        index = stop // part of the text: `2024年`
        continue
      }
      // `…0000003.危及…`: the last digit numbers the next label.
      const afterRun = text.charCodeAt(stop + 1)
      if ((following === '.' || following === '、') && !isDigit(afterRun) && !isSpace(afterRun)) stop--
      if (stop <= index || (signed && stop <= index + 1)) {
        index = stop + 1 // only numbering: it stays in the label
        continue
      }
      pushLabel(sink, text, labelStart, index, lineStart, true)
      let runStop = stop
      for (const unit of UNIT_SUFFIXES) {
        if (text.startsWith(unit, stop)) {
          runStop = stop + unit.length
          break
        }
      }
      pushToken(sink, text, 'digits', index, runStop, lineStart)
      // A not-applicable mark right after the digits (`02420/0044`, `5-14—`, `20无01`) is a
      // cell of its own: dropping it would shift the cells after it.
      for (let markEnd = markAfter(text, runStop, lineEnd); markEnd > runStop; markEnd = markAfter(text, runStop, lineEnd)) {
        pushToken(sink, text, 'blank', runStop, markEnd, lineStart)
        runStop = markEnd
      }
      labelStart = runStop
      index = runStop
    }
    pushLabel(sink, text, labelStart, lineEnd, lineStart, false)
  }
})

const SLASH = 0x2f
const DASH = 0x2d
const WU = 0x65e0 // 无

/** The end of the run of `code` starting at `at`. */
function repeatEnd(text: string, at: number, end: number, code: number): number {
  let index = at
  while (index < end && text.charCodeAt(index) === code) index++
  return index
}

/**
 * The end of a not-applicable mark right after digits, at `at`; `at` when there is none.
 * A run of `/` or of dashes is one token (`——` is one dash in Chinese, or two blank cells:
 * the solver weighs both), but the dash right before digits is left to them as a possible
 * minus sign (the solver weighs that too: `35-15`). 无 is a mark unless it opens a label
 * of the template (`0无法提供`, `0无正当理由…`).
 */
function markAfter(text: string, at: number, end: number): number {
  if (at >= end) return at
  const code = text.charCodeAt(at)
  if (code === SLASH) return repeatEnd(text, at, end, SLASH)
  if (code === DASH) {
    const stop = repeatEnd(text, at, end, DASH)
    // The last dash before digits stays with them, as a possible minus sign (`5——1`),
    // unless the digit only numbers the next label (`17——5.属于`).
    return isDigit(text.charCodeAt(stop)) && !isNumbering(text, stop) ? stop - 1 : stop
  }
  if (code === WU && !text.startsWith('无法', at) && !text.startsWith('无正当', at)) return at + 1
  return at
}

/** Is the digit at `at` a label's numbering (`5.属于`, `2、重复申请`): one digit, then `.` or `、` and text. */
function isNumbering(text: string, at: number): boolean {
  const mark = text.charCodeAt(at + 1)
  const next = text.charCodeAt(at + 2)
  return (mark === 0x2e || mark === 0x3001) && !isDigit(text.charCodeAt(at - 1)) && !isDigit(next) && !isSpace(next)
}

/**
 * Push the label `text[from, to)`, with the not-applicable marks it holds as cells of their
 * own: a run of dashes anywhere (`行政处罚——行政强制`: the row between has one blank cell;
 * labels of the template hold no dash), and, right before digits, trailing marks
 * (`予以公开/1230`, `国家秘密 无无80`): inside a label `/` and 无 may be words
 * (`本年增/减`, `无法提供`), but no label of the template ends with them.
 */
function pushLabel(sink: TokenSink, text: string, from: number, to: number, row: number, beforeDigits: boolean): void {
  let labelEnd = to
  if (beforeDigits) while (labelEnd > from && isTrailingMark(text.charCodeAt(labelEnd - 1))) labelEnd--
  let pieceStart = from
  for (let dash = from; dash < labelEnd; dash++) {
    if (text.charCodeAt(dash) !== DASH) continue
    const stop = repeatEnd(text, dash, labelEnd, DASH)
    pushToken(sink, text, 'label', pieceStart, dash, row)
    pushToken(sink, text, 'blank', dash, stop, row)
    pieceStart = stop
    dash = stop - 1
  }
  pushToken(sink, text, 'label', pieceStart, labelEnd, row)
  for (let at = labelEnd; at < to; ) {
    const code = text.charCodeAt(at)
    const stop = code === WU || isSpace(code) ? at + 1 : repeatEnd(text, at, to, code)
    if (!isSpace(code)) pushToken(sink, text, 'blank', at, stop, row)
    at = stop
  }
}

/** Can `code` end a label right before digits as (part of) a blank cell: a mark or a space. */
function isTrailingMark(code: number): boolean {
  return code === WU || code === SLASH || code === DASH || isSpace(code)
}

/** Does a unit at `at` end the cell: followed by a label, a space or the end. */
function isCellEnd(text: string, at: number, end: number): boolean {
  return at >= end || !isDigit(text.charCodeAt(at))
}
