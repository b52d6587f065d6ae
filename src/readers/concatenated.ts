/**
 * The `concatenated` layout: a scraper's `textContent`, cells run together with no
 * separator at all (LAYOUTS.md §5).
 *
 * ```
 * 一、本年新收政府信息公开申请数量21710000218二、上年结转政府信息公开申请数量0000000
 * ```
 *
 * The reader cuts the text into labels and `digits` runs; which digits make which cell is
 * for the solver to decide under the balance rules (`src/solve/`). Two things it settles
 * itself, because they are about the text, not the template:
 *
 * - a following label's numbering glued to the digits (`…2200003252.没有现成…`): a digit
 *   right before `.` or `、` and a non-digit opens the next label;
 * - digits that belong to the prose (`2024年`, `62%`) are left in the label.
 */
import { isDigit, isSpace, trimBounds, type Token } from '../tokens.js'
import { forEachLine } from './lines.js'
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

function pushToken(tokens: Token[], text: string, kind: 'label' | 'digits' | 'blank', start: number, end: number, row: number): void {
  const [from, to] = trimBounds(text, start, end)
  if (to > from) tokens.push({ kind, text: text.slice(from, to), start: from, end: to, row })
}

/** Reader for cells run together. */
export const concatenatedReader: Reader = {
  name: 'concatenated',
  detect: detectByShare('runTogether'),
  read(text, start, end) {
    const tokens: Token[] = []
    forEachLine(text, start, end, (lineStart, lineEnd) => {
      let labelStart = lineStart
      let index = lineStart
      while (index < lineEnd) {
        const code = text.charCodeAt(index)
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
        pushToken(tokens, text, 'label', labelStart, index, lineStart)
        let runStop = stop
        for (const unit of UNIT_SUFFIXES) {
          if (text.startsWith(unit, stop)) {
            runStop = stop + unit.length
            break
          }
        }
        pushToken(tokens, text, 'digits', index, runStop, lineStart)
        // A not-applicable mark right after the digits (`02420/0044`, `5-14—`) is a cell of
        // its own: dropping it would shift the cells after it.
        while (isMark(text, runStop, lineEnd)) {
          pushToken(tokens, text, 'blank', runStop, runStop + 1, lineStart)
          runStop++
        }
        labelStart = runStop
        index = runStop
      }
      pushToken(tokens, text, 'label', labelStart, lineEnd, lineStart)
    })
    return tokens
  },
}

/** Is the character at `at` a not-applicable mark: `/`, or a dash that is not a minus sign. */
function isMark(text: string, at: number, end: number): boolean {
  if (at >= end) return false
  const code = text.charCodeAt(at)
  return code === 0x2f /* / */ || (code === 0x2d /* - */ && !isDigit(text.charCodeAt(at + 1)))
}

/** Does a unit at `at` end the cell: followed by a label, a space or the end. */
function isCellEnd(text: string, at: number, end: number): boolean {
  return at >= end || !isDigit(text.charCodeAt(at))
}
